package org.dlcourse.interop.onnx;

import org.dlcourse.data.TableArrays;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Exports Tribuo models to ONNX and lays out tables the way the exported graph expects. */
public final class TribuoOnnx {
    private TribuoOnnx() {
    }

    /**
     * Writes the model as an ONNX file.
     *
     * @throws IllegalArgumentException if this kind of Tribuo model cannot be exported
     */
    public static Path export(Model<?> model, Path file) {
        if (!(model instanceof ONNXExportable)) {
            throw new IllegalArgumentException(model.getClass().getSimpleName()
                    + " cannot be exported to ONNX; Tribuo exports linear models, factorization machines,"
                    + " LibLinear, LibSVM and ensembles of them");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ((ONNXExportable) model).saveONNXModel("org.dlcourse", 1, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write ONNX model to " + file.toAbsolutePath(), e);
        }
    }

    /**
     * The table's feature columns as float rows in the order of the model's feature ids, which
     * is the order the exported ONNX graph reads them in (not necessarily the table's order).
     *
     * @throws IllegalArgumentException if the table lacks one of the model's features
     */
    public static float[][] featureRows(Model<?> model, Table table) {
        ImmutableFeatureMap features = model.getFeatureIDMap();
        String[] ordered = new String[features.size()];
        for (VariableInfo info : features) {
            ordered[features.getID(info.getName())] = info.getName();
        }
        double[][] x = TableArrays.matrix(table, ordered);
        float[][] rows = new float[x.length][ordered.length];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < ordered.length; c++) {
                rows[r][c] = (float) x[r][c];
            }
        }
        return rows;
    }

    /**
     * The examples' features as float rows in the model's feature-id order (features the model
     * never saw are dropped, as Tribuo does; absent features are 0).
     */
    public static float[][] featureRows(Model<?> model, Dataset<?> data) {
        ImmutableFeatureMap features = model.getFeatureIDMap();
        float[][] rows = new float[data.size()][features.size()];
        int r = 0;
        for (Example<?> example : data) {
            for (Feature f : example) {
                int id = features.getID(f.getName());
                if (id >= 0) {
                    rows[r][id] = (float) f.getValue();
                }
            }
            r++;
        }
        return rows;
    }

    /**
     * Runs the exported model in ONNX Runtime and compares it with Tribuo's own predictions on
     * the same examples: do they pick the same class, and how far apart are the scores?
     */
    public static Agreement compare(Model<Label> model, Dataset<Label> data, OnnxInference onnx) {
        List<Prediction<Label>> tribuo = model.predict(data);
        float[][] scores = onnx.runFirst(featureRows(model, data));
        int same = 0;
        double maxDifference = 0;
        for (int i = 0; i < scores.length; i++) {
            Prediction<Label> p = tribuo.get(i);
            int best = 0;
            for (int c = 1; c < scores[i].length; c++) {
                if (scores[i][c] > scores[i][best]) {
                    best = c;
                }
            }
            if (model.getOutputIDInfo().getOutput(best).getLabel().equals(p.getOutput().getLabel())) {
                same++;
            }
            for (Label scored : p.getOutputScores().values()) {
                int id = model.getOutputIDInfo().getID(scored);
                maxDifference = Math.max(maxDifference, Math.abs(scored.getScore() - scores[i][id]));
            }
        }
        return new Agreement(scores.length, same, maxDifference);
    }

    /**
     * How well an ONNX Runtime run agrees with Tribuo.
     *
     * @param examples      rows compared
     * @param sameClass     rows where both pick the same class
     * @param maxScoreDifference largest absolute difference of any class score
     */
    public record Agreement(int examples, int sameClass, double maxScoreDifference) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d predictions agree; largest score difference %.1e",
                    sameClass, examples, maxScoreDifference);
        }
    }
}
