package org.dlcourse.nn.train;

import java.util.Locale;

/** A metric reported per epoch next to the loss; create with {@link Metrics}. */
public final class Metric {
    /** The supported metrics. */
    public enum Kind {
        /**
         * Fraction of correct predictions: the arg-max class for several outputs, output >= 0.5
         * for a single (sigmoid) output.
         */
        ACCURACY,
        /** Mean absolute error. */
        MAE
    }

    private final Kind kind;

    Metric(Kind kind) {
        this.kind = kind;
    }

    /** The kind of metric. */
    public Kind kind() {
        return kind;
    }

    /** The name used in the history, e.g. {@code accuracy} and {@code val_accuracy}. */
    public String name() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The direction the metric improves in, declared by the metric (not guessed from its name):
     * true for accuracy, false for an error such as MAE. Callbacks that keep the best epoch read it
     * through {@link org.dlcourse.nn.Training#lowerIsBetter(String)}.
     */
    public boolean higherIsBetter() {
        return kind == Kind.ACCURACY;
    }

    /** Parses {@code accuracy} (or {@code acc}) or {@code mae}. */
    public static Metric parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "accuracy": case "acc": return new Metric(Kind.ACCURACY);
            case "mae": case "mean_absolute_error": return new Metric(Kind.MAE);
            default:
                throw new IllegalArgumentException("Unknown metric '" + name + "': use accuracy or mae");
        }
    }

    /**
     * The metric summed over the examples of a batch (divide by the number of examples). Engine-internal:
     * public for the fit loop and inference.
     *
     * @param out     outputs, {@code n x width}, row-major
     * @param width   outputs per example
     * @param targets the targets
     * @param rows    the target rows of the batch, in order
     */
    public double sum(float[] out, int width, Targets targets, int[] rows, int from, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            int r = rows == null ? from + i : rows[from + i];
            int o = i * width;
            if (kind == Kind.ACCURACY) {
                if (width == 1) {
                    boolean predicted = out[o] >= 0.5f;
                    boolean actual = targets.value(r, 0) >= 0.5f;
                    s += predicted == actual ? 1 : 0;
                } else {
                    s += argMax(out, o, width) == targets.classOf(r) ? 1 : 0;
                }
            } else {
                double e = 0;
                for (int j = 0; j < width; j++) {
                    e += Math.abs(out[o + j] - targets.value(r, j));
                }
                s += e / width;
            }
        }
        return s;
    }

    /** The index of the largest of {@code v[offset..offset+width)}, the first on ties. */
    public static int argMax(float[] v, int offset, int width) {
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (v[offset + j] > v[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return name();
    }
}
