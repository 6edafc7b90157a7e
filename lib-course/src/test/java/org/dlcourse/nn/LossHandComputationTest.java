package org.dlcourse.nn;

import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every loss of {@link Losses} against a computation by hand (plain Java doubles) on batches of
 * several rows: through {@code evaluate} (one batch of 7 rows, and 300 rows spread over two
 * evaluation batches) and through {@code fit} (the loss of a training batch of 7 rows, computed
 * before that batch's update). A float64 model makes the graph's rounding negligible, so the
 * tolerance is 1e-9 relative; a wrong mean (over rows only, or a sum), a missing clip or a swapped
 * target would be off by far more.
 */
class LossHandComputationTest {
    private static final double TOL = 1e-9;

    /** A float64 model Dense(units, activation) on 3 inputs with fixed weights W (3 x units) and b. */
    private static Sequential model(int units, String activation, Loss loss, double scale) {
        Sequential m = Sequential.float64(input(3), dense(units).activation(activation));
        m.compile(Optimizers.sgd(1e-3), loss);
        SplittableRandom r = new SplittableRandom(units * 31L + activation.hashCode());
        float[] w = new float[3 * units];
        float[] b = new float[units];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((r.nextDouble() * 2 - 1) * scale);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) (r.nextDouble() - 0.5);
        }
        m.setWeights(List.of(w, b));
        return m;
    }

    private static float[][] rows(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][3];
        for (float[] row : x) {
            for (int j = 0; j < 3; j++) {
                row[j] = (float) (r.nextDouble() * 4 - 2);
            }
        }
        return x;
    }

    /** z = x W + b in doubles, from the model's own weights. */
    private static double[][] logits(Sequential m, float[][] x) {
        List<float[]> wb = m.getWeights();
        float[] w = wb.get(0);
        float[] b = wb.get(1);
        int units = b.length;
        double[][] z = new double[x.length][units];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < units; k++) {
                double s = b[k];
                for (int j = 0; j < 3; j++) {
                    s += (double) x[i][j] * w[j * units + k];
                }
                z[i][k] = s;
            }
        }
        return z;
    }

    private static double[] activate(String activation, double[] z) {
        double[] a = new double[z.length];
        switch (activation) {
            case "linear" -> System.arraycopy(z, 0, a, 0, z.length);
            case "sigmoid" -> {
                for (int k = 0; k < z.length; k++) {
                    a[k] = 1 / (1 + Math.exp(-z[k]));
                }
            }
            case "relu" -> {
                for (int k = 0; k < z.length; k++) {
                    a[k] = Math.max(0, z[k]);
                }
            }
            case "softmax" -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int k = 0; k < z.length; k++) {
                    a[k] = Math.exp(z[k] - max);
                    sum += a[k];
                }
                for (int k = 0; k < z.length; k++) {
                    a[k] /= sum;
                }
            }
            default -> throw new IllegalArgumentException(activation);
        }
        return a;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, 1e-7), 1 - 1e-7);
    }

    /** The mean loss over rows (and over outputs for MSE, MAE and binary cross-entropy), by hand. */
    private static double byHand(Loss.Kind kind, String activation, double[][] z, float[][] y) {
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            double[] p = activate(activation, z[i]);
            double row = 0;
            for (int k = 0; k < p.length; k++) {
                double t = y[i][k];
                switch (kind) {
                    case MSE -> row += (p[k] - t) * (p[k] - t) / p.length;
                    case MAE -> row += Math.abs(p[k] - t) / p.length;
                    case BINARY_CROSSENTROPY -> {
                        if (activation.equals("sigmoid")) {
                            // from the logits, unclipped (as Keras does for a sigmoid output): log(1-p) = -z + log p
                            double logP = -Math.log1p(Math.exp(-z[i][k]));
                            double log1mP = -z[i][k] + logP;
                            row += -(t * logP + (1 - t) * log1mP) / p.length;
                        } else {
                            double q = clip(p[k]);
                            row += -(t * Math.log(q) + (1 - t) * Math.log(1 - q)) / p.length;
                        }
                    }
                    case CATEGORICAL_CROSSENTROPY -> row += -t * Math.log(activation.equals("softmax") ? p[k] : clip(p[k]));
                }
            }
            total += row;
        }
        return total / z.length;
    }

    private static float[][] oneHot(int[] labels, int width) {
        float[][] y = new float[labels.length][width];
        for (int i = 0; i < labels.length; i++) {
            if (width == 1) {
                y[i][0] = labels[i];
            } else {
                y[i][labels[i]] = 1;
            }
        }
        return y;
    }

    /** The loss by evaluate and by one training batch (fit) against the hand value. */
    private static void check(Loss loss, int units, String activation, double scale, float[][] x, float[][] y,
                              int[] labels) {
        String what = loss.kerasName() + " after " + activation + " on " + x.length + " rows";
        double expected;
        try (Sequential m = model(units, activation, loss, scale)) {
            expected = byHand(loss.kind(), activation, logits(m, x), y);
            double got = labels != null ? m.evaluate(x, labels).get("loss") : m.evaluate(x, y).get("loss");
            assertEquals(expected, got, TOL * Math.max(1, Math.abs(expected)), what + " (evaluate)");
        }
        if (x.length <= 64) {
            // one batch holding every row, no shuffle: the epoch's loss is this batch's, before its update
            try (Sequential m = model(units, activation, loss, scale)) {
                FitOptions one = FitOptions.epochs(1).batchSize(x.length).shuffle(false).verbose(0);
                double got = (labels != null ? m.fit(x, labels, one) : m.fit(x, y, one)).last("loss");
                assertEquals(expected, got, TOL * Math.max(1, Math.abs(expected)), what + " (fit)");
            }
        }
    }

    private static float[][] regressionTargets(int n, int width, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] y = new float[n][width];
        for (float[] row : y) {
            for (int k = 0; k < width; k++) {
                row[k] = (float) (r.nextDouble() * 6 - 3);
            }
        }
        return y;
    }

    @Test
    void meanSquaredAndAbsoluteErrorAverageOverRowsAndOutputs() {
        for (int n : new int[] {7, 300}) {
            float[][] x = rows(n, 1);
            float[][] y = regressionTargets(n, 3, 2);
            check(Losses.mse(), 3, "linear", 1, x, y, null);
            check(Losses.mae(), 3, "linear", 1, x, y, null);
            check(Losses.mse(), 1, "relu", 1, x, regressionTargets(n, 1, 3), null);
            check(Losses.mae(), 2, "sigmoid", 1, x, regressionTargets(n, 2, 4), null);
        }
    }

    @Test
    void binaryCrossentropyFromLogitsAndFromClippedProbabilities() {
        for (int n : new int[] {7, 300}) {
            float[][] x = rows(n, 5);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = (i * 7 + 3) % 5 < 2 ? 1 : 0;
            }
            // sigmoid output: the stable logits form, not clipped; scale 12 puts some |z| above 20, where a
            // clipped probability would cap the loss at -log(1e-7) = 16.1
            check(Losses.binaryCrossentropy(), 1, "sigmoid", 12, x, oneHot(labels, 1), labels);
            check(Losses.binaryCrossentropy(), 1, "sigmoid", 1, x, oneHot(labels, 1), null);
            // soft targets in [0, 1] as float rows
            SplittableRandom r = new SplittableRandom(6);
            float[][] soft = new float[n][1];
            for (float[] row : soft) {
                row[0] = (float) r.nextDouble();
            }
            check(Losses.binaryCrossentropy(), 1, "sigmoid", 1, x, soft, null);
            // another activation: probabilities clipped to [1e-7, 1 - 1e-7] (relu gives 0 and values above 1)
            check(Losses.binaryCrossentropy(), 1, "relu", 1, x, oneHot(labels, 1), labels);
            // several sigmoid outputs (multi-label): mean over rows and outputs
            check(Losses.binaryCrossentropy(), 3, "sigmoid", 2, x, regressionTargets(n, 3, 7), null);
        }
    }

    @Test
    void categoricalCrossentropyFromLabelsOneHotAndSoftTargets() {
        for (int n : new int[] {7, 300}) {
            float[][] x = rows(n, 8);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = (i * 5 + 1) % 4;
            }
            check(Losses.categoricalCrossentropy(), 4, "softmax", 1, x, oneHot(labels, 4), labels);
            check(Losses.sparseCategoricalCrossentropy(), 4, "softmax", 6, x, oneHot(labels, 4), labels);
            check(Losses.categoricalCrossentropy(), 4, "softmax", 1, x, oneHot(labels, 4), null);
            SplittableRandom r = new SplittableRandom(9);
            float[][] soft = new float[n][4];
            for (float[] row : soft) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    row[k] = (float) r.nextDouble();
                    s += row[k];
                }
                for (int k = 0; k < 4; k++) {
                    row[k] /= (float) s;
                }
            }
            check(Losses.categoricalCrossentropy(), 4, "softmax", 1, x, soft, null);
            // not a softmax: the clipped probability form
            check(Losses.categoricalCrossentropy(), 4, "sigmoid", 1, x, oneHot(labels, 4), labels);
        }
    }

    @Test
    void theHandComputationWouldCatchAWrongReduction() {
        // sanity of the test itself: summing instead of averaging over rows is far outside the tolerance
        float[][] x = rows(7, 1);
        float[][] y = regressionTargets(7, 3, 2);
        List<Double> values = new ArrayList<>();
        try (Sequential m = model(3, "linear", Losses.mse(), 1)) {
            double mean = byHand(Loss.Kind.MSE, "linear", logits(m, x), y);
            values.add(mean);
            values.add(m.evaluate(x, y).get("loss"));
        }
        assertEquals(values.get(0), values.get(1), TOL * values.get(0));
        double summed = values.get(0) * 7;
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(summed - values.get(1)) > 1e3 * TOL * summed);
    }
}
