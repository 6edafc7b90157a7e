package org.dlcourse.nn.train;

import java.util.Arrays;
import org.dlcourse.nn.layer.ShapeException;

/**
 * What the model is trained to output: integer class labels or rows of float targets.
 *
 * <p>Engine-internal: public because the model ({@code org.dlcourse.nn}) wraps what a notebook passes to
 * {@code fit} and {@code evaluate} in it and the graph ({@code org.dlcourse.nn.graph}) feeds its batches;
 * a notebook passes {@code int[]} labels or {@code float[][]} rows.
 */
public final class Targets {
    private final int[] labels;
    private final float[][] values;

    private Targets(int[] labels, float[][] values) {
        this.labels = labels;
        this.values = values;
    }

    /** Integer class labels, one per example. */
    public static Targets labels(int[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("Labels are null: pass an int[] with one class label per example");
        }
        return new Targets(labels, null);
    }

    /** Rows of float targets, one per example. */
    public static Targets values(float[][] values) {
        if (values == null) {
            throw new IllegalArgumentException("Targets are null: pass a float[][] with one row per example");
        }
        return new Targets(null, values);
    }

    /** Whether these are class labels (not rows of values). */
    public boolean isLabels() {
        return labels != null;
    }

    /** The number of examples. */
    public int size() {
        return labels != null ? labels.length : values.length;
    }

    /** The target of output {@code j} of example {@code r}; labels are one-hot unless width is 1. */
    public float value(int r, int j) {
        if (labels != null) {
            return width == 1 ? labels[r] : (labels[r] == j ? 1f : 0f);
        }
        return values[r][j];
    }

    /** The class of example r: its label, or the arg-max of its target row. */
    int classOf(int r) {
        if (labels != null) {
            return labels[r];
        }
        return Metric.argMax(values[r], 0, values[r].length);
    }

    private int width = -1;

    /**
     * Checks the targets against the model's output before TensorFlow sees them.
     *
     * @throws ShapeException if they do not match the output layer
     */
    public void check(int outputWidth, String outputLayer, int examples, Loss loss) {
        this.width = outputWidth;
        if (size() != examples) {
            throw new ShapeException("The data has " + examples + " examples but " + size()
                    + (labels != null ? " labels" : " target rows") + ": give one per example");
        }
        if (labels != null) {
            if (outputWidth > 1) {
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] < 0 || labels[i] >= outputWidth) {
                        throw new ShapeException("Label " + labels[i] + " at index " + i + " does not fit output layer '"
                                + outputLayer + "' with output shape " + ShapeException.format(new int[] {outputWidth})
                                + ": labels must be class numbers 0.." + (outputWidth - 1));
                    }
                }
            } else if (loss != null && loss.kind() == Loss.Kind.BINARY_CROSSENTROPY) {
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] != 0 && labels[i] != 1) {
                        throw new ShapeException("Label " + labels[i] + " at index " + i
                                + " is not 0 or 1, but binary cross-entropy needs 0/1 labels; for several classes use "
                                + "Dense(classes).activation(\"softmax\") with categorical cross-entropy");
                    }
                }
            }
            if (loss != null && loss.kind() == Loss.Kind.CATEGORICAL_CROSSENTROPY && outputWidth == 1) {
                throw new ShapeException("Categorical cross-entropy needs one output per class but output layer '"
                        + outputLayer + "' has output shape " + ShapeException.format(new int[] {1})
                        + ": use Dense(classes).activation(\"softmax\"), or binary cross-entropy for 2 classes");
            }
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != outputWidth) {
                throw new ShapeException("Target row " + i + " has shape "
                        + ShapeException.format(new int[] {values[i] == null ? 0 : values[i].length})
                        + " but output layer '" + outputLayer + "' has output shape "
                        + ShapeException.format(new int[] {outputWidth})
                        + ": give one target value per output, or int[] class labels");
            }
            for (int j = 0; j < outputWidth; j++) {
                if (!Float.isFinite(values[i][j])) {
                    throw new IllegalArgumentException("Target row " + i + " column " + j + " is " + values[i][j]
                            + ": targets must be finite numbers (fill or drop the examples with missing targets first)");
                }
            }
        }
    }

    /** Selects examples (for a validation split). */
    public Targets rows(int from, int to) {
        Targets t = labels != null ? labels(Arrays.copyOfRange(labels, from, to))
                : values(Arrays.copyOfRange(values, from, to));
        t.width = width;
        return t;
    }

    /** The labels of rows {@code order[from..from+n)} (or {@code from..from+n} without an order). */
    public int[] labelBatch(int[] order, int from, int n) {
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = labels[order == null ? from + i : order[from + i]];
        }
        return b;
    }

    /** The target rows {@code order[from..from+n)} (or {@code from..from+n}), flattened, {@code width} each. */
    public float[] valueBatch(int[] order, int from, int n, int width) {
        float[] b = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(values[order == null ? from + i : order[from + i]], 0, b, i * width, width);
        }
        return b;
    }
}
