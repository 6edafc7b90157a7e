package org.dlcourse.nn;

import java.util.Arrays;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.layer.ShapeException;

/**
 * What any layer of a trained model outputs, e.g. the hidden state (은닉 상태) of a recurrent
 * layer after each prefix of a word. Runs the inputs through a copy of the model's layers up to
 * and including the named one, with the same weights (as in prediction); the model is unchanged.
 *
 * <pre>{@code
 * float[][] h = LayerOutputs.of(model, "simple_rnn_1", x);   // one row of units per input row
 * }</pre>
 */
public final class LayerOutputs {
    private LayerOutputs() {
    }

    /**
     * The named layer's outputs (after its activation), one flat row per input row.
     *
     * @throws IllegalArgumentException if the model has no layer of that name
     * @throws ShapeException           if a row does not fit the model's input
     */
    public static float[][] of(Sequential model, String layerName, float[][] rows) {
        int index = ConvFilters.LayerLookup.index(model, layerName);
        try (Sequential front = front(model, index)) {
            return front.predict(rows);
        }
    }

    /** As {@link #of(Sequential, String, float[][])} for a model on token ids. */
    public static float[][] of(Sequential model, String layerName, int[][] tokens) {
        float[][] x = new float[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            x[i] = new float[tokens[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = tokens[i][j];
            }
        }
        return of(model, layerName, x);
    }

    /**
     * The model up to and including layer {@code index}: copies of those layers with their current
     * weights, to look inside the model ({@link FeatureMaps} and this class). The caller
     * closes it.
     */
    static Sequential front(Sequential model, int index) {
        Layer[] prefix = new Layer[index + 1];
        for (int i = 0; i <= index; i++) {
            prefix[i] = ModelFile.copyOf(model.layers().get(i), i);
        }
        Input input = model.input();
        Input in = input.dtype() == Input.DType.INT ? Layers.tokenInput(input.shape()[0]) : Layers.input(input.shape());
        Sequential front = Sequential.of(in, prefix);
        BuiltLayer last = model.plan().layers().get(index);
        front.restoreWeights(Arrays.copyOf(model.weightsAsDoubles(), last.firstParam() + last.params().size()));
        return front;
    }
}
