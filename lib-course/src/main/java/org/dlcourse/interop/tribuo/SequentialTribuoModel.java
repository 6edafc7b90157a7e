package org.dlcourse.interop.tribuo;

import com.oracle.labs.mlrg.olcut.util.Pair;
import org.dlcourse.nn.Sequential;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.provenance.ModelProvenance;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A {@link Sequential} seen as a Tribuo {@link Model}, so that Tribuo's evaluators can score it.
 * Features are read by their id in the feature map (every input position must be present).
 * Not serialisable: save the {@code Sequential} itself.
 */
final class SequentialTribuoModel<T extends Output<T>> extends Model<T> {
    private static final long serialVersionUID = 1L;

    private final transient Sequential model;
    private final transient BiFunction<float[], Example<T>, Prediction<T>> converter;

    SequentialTribuoModel(Sequential model, ModelProvenance provenance, ImmutableFeatureMap features,
                          ImmutableOutputInfo<T> outputs, boolean probabilities,
                          BiFunction<float[], Example<T>, Prediction<T>> converter) {
        super("sequential", provenance, features, outputs, probabilities);
        this.model = model;
        this.converter = converter;
    }

    @Override
    public Prediction<T> predict(Example<T> example) {
        float[] row = new float[featureIDMap.size()];
        int used = 0;
        for (Feature f : example) {
            int id = featureIDMap.getID(f.getName());
            if (id >= 0) {
                row[id] = (float) f.getValue();
                used++;
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("The example has no feature the model knows: features must be named as in the training data");
        }
        return converter.apply(model.predict(new float[][] {row})[0], example);
    }

    @Override
    public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
        return Collections.emptyMap();
    }

    @Override
    public Optional<Excuse<T>> getExcuse(Example<T> example) {
        return Optional.empty();
    }

    @Override
    protected Model<T> copy(String newName, ModelProvenance newProvenance) {
        return new SequentialTribuoModel<>(model, newProvenance, featureIDMap, outputIDInfo, generatesProbabilities, converter);
    }
}
