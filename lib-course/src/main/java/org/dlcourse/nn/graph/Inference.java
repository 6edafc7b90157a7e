package org.dlcourse.nn.graph;

import org.dlcourse.nn.train.Metric;
import org.dlcourse.nn.train.RowOrder;
import org.dlcourse.nn.train.Targets;
import org.tensorflow.Tensor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluation and prediction batch by batch on the model's graph (the inference pass: dropout off,
 * a batch normalisation's moving statistics); an interrupt stops them between two batches.
 * <p>Engine-internal: public because {@code Sequential} and {@code Predictor} ({@code org.dlcourse.nn}) use it; a notebook never
 * names it.
 */
public final class Inference {
    private Inference() {
    }

    /** The loss and metrics on checked rows, their names prefixed (e.g. {@code val_}). */
    public static Map<String, Double> evaluate(TrainingGraph<?> g, float[][] x, Targets y, String prefix, int batchSize,
                                               List<Metric> metrics, int outputWidth, int rowLength) {
        int n = x.length;
        double lossSum = 0;
        double[] sums = new double[metrics.size()];
        for (int from = 0; from < n; from += batchSize) {
            stopIfInterrupted("Evaluation", from, n);
            int size = Math.min(batchSize, n - from);
            float[] rows = new float[size * rowLength];
            RowOrder.gather(x, null, from, size, rowLength, rows);
            try (Tensor xt = g.floats(g.inputShape(size), rows); Tensor yt = g.targetTensor(y, null, from, size)) {
                TrainingGraph.StepResult r = g.evaluate(xt, yt, y.isLabels());
                lossSum += r.loss() * size;
                for (int m = 0; m < metrics.size(); m++) {
                    sums[m] += metrics.get(m).sum(r.outputs(), outputWidth, y, null, from, size);
                }
            }
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put(prefix + "loss", lossSum / n);
        for (int i = 0; i < metrics.size(); i++) {
            logs.put(prefix + metrics.get(i).name(), sums[i] / n);
        }
        return logs;
    }

    /** The outputs on checked rows, {@code width} values per row. */
    public static float[][] predict(TrainingGraph<?> g, float[][] x, int batchSize, int width, int rowLength) {
        float[][] out = new float[x.length][];
        for (int from = 0; from < x.length; from += batchSize) {
            stopIfInterrupted("Prediction", from, x.length);
            int size = Math.min(batchSize, x.length - from);
            float[] rows = new float[size * rowLength];
            RowOrder.gather(x, null, from, size, rowLength, rows);
            float[] flat;
            try (Tensor xt = g.floats(g.inputShape(size), rows)) {
                flat = g.predict(xt);
            }
            for (int i = 0; i < size; i++) {
                out[from + i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
            }
        }
        return out;
    }

    /** The predicted class of each output row: the arg-max, or output >= 0.5 for one output. */
    public static int[] classes(float[][] p) {
        int[] classes = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            classes[i] = p[i].length == 1 ? (p[i][0] >= 0.5f ? 1 : 0) : Metric.argMax(p[i], 0, p[i].length);
        }
        return classes;
    }

    /** Throws unless an evaluation or prediction batch size is at least 1. */
    public static void checkBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, got " + batchSize + " (the default is 256)");
        }
    }

    /** Throws when the thread was interrupted between two batches of an evaluation or prediction. */
    private static void stopIfInterrupted(String what, int done, int n) {
        if (RunInterruptedException.requested()) {
            throw RunInterruptedException.rethrow(String.format(Locale.ROOT,
                    "%s interrupted after %d of %d rows; the model is unchanged.", what, done, n));
        }
    }
}
