package org.dlcourse.nn.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Embedding;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Targets;

/**
 * The checks a model makes on its layers when built and on its data when it arrives.
 *
 * <p>Engine-internal: public because {@code Sequential} and {@code Predictor} ({@code org.dlcourse.nn}) use it; a notebook never
 * names it.
 */
public final class ModelInputs {
    private ModelInputs() {
    }

    /** Names the unnamed layers (dense_1, dense_2, ...) and refuses a layer added twice or a name used twice. */
    public static void nameLayers(List<Layer> layers) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> used = new ArrayList<>();
        for (Layer l : layers) {
            if (l.name() != null) {
                used.add(l.name());
            }
        }
        for (Layer l : layers) {
            if (l.name() == null) {
                String name;
                do {
                    int k = counts.merge(l.type(), 1, Integer::sum);
                    name = l.type() + "_" + k;
                } while (used.contains(name));
                l.name(name);
                used.add(name);
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                if (layers.get(i) == layers.get(j)) {
                    throw new IllegalArgumentException("Layer '" + layers.get(i).name()
                            + "' is added twice: create a new layer object for each position");
                }
                if (layers.get(i).name().equals(layers.get(j).name())) {
                    throw new IllegalArgumentException("Two layers are named '" + layers.get(i).name() + "': names must be unique");
                }
            }
        }
    }

    /** Token inputs and Embedding layers go together, the embedding first. */
    public static void checkTokenInput(Input input, List<Layer> layers) {
        boolean tokens = input.dtype() == Input.DType.INT;
        if (tokens && (layers.isEmpty() || !(layers.get(0) instanceof Embedding))) {
            throw new IllegalArgumentException("A token input needs an Embedding as its first layer:"
                    + " Sequential.of(Layers.tokenInput(length), Layers.embedding(vocabulary, dimension), ...)");
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Embedding && (i > 0 || !tokens)) {
                throw new IllegalArgumentException("Embedding '" + layers.get(i).name() + "' must be the first layer, after"
                        + " Layers.tokenInput(length)" + (tokens ? "" : " (the input is Layers.input(...), which holds floats, not token ids)"));
            }
        }
    }

    /** The token ids as float rows (exact up to 2^24), the form the graph is fed. */
    public static float[][] tokenRows(int[][] tokens, String what) {
        if (tokens == null) {
            throw new IllegalArgumentException("The " + what + " is null: pass an int[][] with one row of token ids per example");
        }
        float[][] x = new float[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == null) {
                throw new IllegalArgumentException("Row " + i + " of the " + what + " is null: every example needs its token ids");
            }
            x[i] = new float[tokens[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = tokens[i][j];
            }
        }
        return x;
    }

    /**
     * Checks rows for the model's input: present, the right length, finite, and whole token ids
     * within the embedding's vocabulary for a token input.
     */
    public static void checkRows(Input input, List<Layer> layers, float[][] x, String what) {
        if (x == null) {
            throw new IllegalArgumentException("The " + what + " is null: pass a float[][] with one row per example");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("The " + what + " is empty: pass at least one example");
        }
        int expected = input.size();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != expected) {
                throw new ShapeException("Row " + i + " of the " + what + " has " + (x[i] == null ? 0 : x[i].length)
                        + " values but the model's input " + ShapeException.format(input.shape()) + " takes " + expected
                        + " per example: check the data or Layers.input(...)");
            }
            for (int j = 0; j < expected; j++) {
                if (!Float.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("Row " + i + " column " + j + " of the " + what + " is " + x[i][j]
                            + ": inputs must be finite numbers (fill or drop missing values first)");
                }
            }
            if (input.dtype() == Input.DType.INT) {
                int vocabulary = ((Embedding) layers.get(0)).vocabularySize();
                for (int j = 0; j < expected; j++) {
                    float v = x[i][j];
                    if (v != Math.rint(v) || v < 0 || v >= vocabulary) {
                        throw new IllegalArgumentException("Row " + i + " position " + j + " of the " + what + " is token id " + v
                                + " but the embedding takes whole ids in [0, " + vocabulary + "): load the data with numWords <= "
                                + vocabulary + " or enlarge Layers.embedding(vocabulary, ...)");
                    }
                }
            }
        }
    }

    /** Checks data rows against the model's input and their targets against its output and loss. */
    public static void checkRows(Plan plan, float[][] x, Targets y, Loss loss, String what) {
        List<Layer> layers = new ArrayList<>();
        plan.layers().forEach(b -> layers.add(b.layer()));
        checkRows(plan.input(), layers, x, what);
        y.check(outputWidth(plan), lastName(plan), x.length, loss);
    }

    /**
     * Refuses a model whose output is not flat (compile: every loss compares rows of units).
     *
     * @throws ShapeException if it is not
     */
    public static void checkFlatOutput(Plan plan) {
        int[] out = plan.outputShape();
        if (out.length != 1) {
            throw new ShapeException("Output layer '" + lastName(plan) + "' has output shape " + ShapeException.format(out)
                    + " but losses need a flat output (None, units): end the model with Flatten and Dense");
        }
    }

    /** The width of a flat output, -1 if the output is not flat. */
    public static int outputWidth(Plan plan) {
        int[] out = plan.outputShape();
        return out.length == 1 ? out[0] : -1;
    }

    private static String lastName(Plan plan) {
        List<BuiltLayer> built = plan.layers();
        return built.isEmpty() ? "input" : built.get(built.size() - 1).name();
    }
}
