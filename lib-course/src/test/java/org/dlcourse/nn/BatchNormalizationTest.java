package org.dlcourse.nn;

import org.dlcourse.interop.tribuo.TribuoBridge;
import org.dlcourse.nn.layer.BatchNormalization;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.dlcourse.nn.layer.Layers.batchNormalization;
import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BatchNormalization: batch statistics and moving-average updates in training, the moving
 * statistics in inference, per feature after Dense and per channel after Conv2D, as Keras 3.
 */
class BatchNormalizationTest {
    @TempDir
    Path dir;

    private static final float[][] X = {{1f, 2f}, {3f, -1f}, {-2f, 0.5f}, {4f, 1.5f}};

    /** Mean and biased variance of column {@code c}. */
    private static double[] moments(float[][] x, int c) {
        double m = 0;
        for (float[] r : x) {
            m += r[c];
        }
        m /= x.length;
        double v = 0;
        for (float[] r : x) {
            v += (r[c] - m) * (r[c] - m);
        }
        return new double[] {m, v / x.length};
    }

    /** x -> BN -> a 1-unit Dense that picks feature 0, MSE to 0. */
    private static Sequential picker(BatchNormalization bn) {
        Sequential m = Sequential.float64(input(2), bn, dense(1).useBias(false));
        m.compile(Optimizers.sgd(1e-9), Losses.mse());
        List<float[]> w = m.getWeights();
        w.set(4, new float[] {1f, 0f});
        m.setWeights(w);
        return m;
    }

    @Test
    void trainingUsesTheBatchStatisticsAndUpdatesTheMovingOnes() {
        float[][] zeros = new float[4][1];
        double[] f0 = moments(X, 0);
        double[] f1 = moments(X, 1);
        try (Sequential m = picker(batchNormalization())) {
            // before training the moving statistics are 0 and 1: inference divides by sqrt(1 + eps)
            double squares = 0;
            for (float[] r : X) {
                squares += r[0] * r[0];
            }
            assertEquals(squares / 4 / (1 + 1e-3), m.evaluate(X, zeros).get("loss"), 1e-12);
            History h = m.fit(X, zeros, FitOptions.epochs(1).batchSize(4).shuffle(false).verbose(0));
            // the training step normalised with the batch's mean and biased variance
            assertEquals(f0[1] / (f0[1] + 1e-3), h.last("loss"), 1e-9);
            double[][] w = m.weightsAsDoubles();
            assertArrayEquals(new double[] {0.01 * f0[0], 0.01 * f1[0]}, w[2], 1e-12);
            assertArrayEquals(new double[] {0.99 + 0.01 * f0[1], 0.99 + 0.01 * f1[1]}, w[3], 1e-12);
        }
    }

    @Test
    void inferenceUsesTheMovingStatisticsWhateverTheBatch() {
        try (Sequential m = Sequential.of(input(2), batchNormalization().epsilon(0.01))) {
            m.setWeights(List.of(new float[] {2f, 0.5f}, new float[] {1f, -1f}, new float[] {0.5f, 1f},
                    new float[] {4f, 0.25f}));
            float[][] y = m.predict(X);
            for (int i = 0; i < X.length; i++) {
                assertEquals(2 * (X[i][0] - 0.5) / Math.sqrt(4.01) + 1, y[i][0], 1e-5);
                assertEquals(0.5 * (X[i][1] - 1) / Math.sqrt(0.26) - 1, y[i][1], 1e-5);
                assertArrayEquals(y[i], m.predict(new float[][] {X[i]})[0], 0f);
            }
        }
    }

    @Test
    void perChannelStatisticsOfImages() {
        float[][] x = LeakyReluTest.rows(5, 3 * 3 * 2, 1);
        try (Sequential m = Sequential.float64(input(3, 3, 2), batchNormalization().momentum(0), flatten(), dense(1))) {
            m.compile(Optimizers.sgd(1e-9), Losses.mse());
            m.fit(x, new float[5][1], FitOptions.epochs(1).batchSize(5).verbose(0));
            double[][] w = m.weightsAsDoubles();
            for (int c = 0; c < 2; c++) {
                double sum = 0;
                double sq = 0;
                for (float[] r : x) {
                    for (int p = 0; p < 9; p++) {
                        sum += r[p * 2 + c];
                        sq += (double) r[p * 2 + c] * r[p * 2 + c];
                    }
                }
                double mean = sum / 45;
                assertEquals(mean, w[2][c], 1e-12, "moving mean of channel " + c);
                assertEquals(sq / 45 - mean * mean, w[3][c], 1e-12, "moving variance of channel " + c);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        try (Sequential m = Sequential.float64(input(4), dense(5).activation("tanh"), batchNormalization(),
                dense(3).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            List<float[]> w = m.getWeights();
            w.set(2, new float[] {1.5f, 0.7f, 1.1f, 0.9f, 1.3f}); // gamma and beta away from 1 and 0
            w.set(3, new float[] {0.2f, -0.1f, 0.3f, 0f, -0.4f});
            m.setWeights(w);
            assertTrue(GradientCheckTest.check(m, LeakyReluTest.rows(6, 4, 2), Targets.labels(LeakyReluTest.labels(6, 3, 3))) > 40);
        }
        try (Sequential m = Sequential.float64(input(5, 5, 2), conv2d(3, 3).padding("same"), batchNormalization().center(false),
                maxPool2d(2), flatten(), dense(2).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, LeakyReluTest.rows(3, 50, 4), Targets.labels(LeakyReluTest.labels(3, 2, 5))) > 30);
        }
    }

    @Test
    void summaryCountsTheMovingStatisticsAsNonTrainable() {
        try (Sequential m = Sequential.of(input(8), dense(4), batchNormalization(), dense(2))) {
            String s = m.summary();
            assertTrue(s.contains("batch_normalization_1 (BatchNormalization)"), s);
            assertTrue(s.contains("Total params: 62") && s.contains("Trainable params: 54")
                    && s.contains("Non-trainable params: 8"), s);
            assertEquals(62, m.countParams());
        }
        assertThrows(IllegalArgumentException.class, () -> batchNormalization().momentum(1.5));
    }

    private static Sequential trainedCnn(long seed) {
        Sequential m = Sequential.of(input(6, 6, 1), conv2d(4, 3).activation("relu"), batchNormalization(),
                flatten(), dense(8), batchNormalization().momentum(0.9), dense(3).activation("softmax")).seed(seed);
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        float[][] x = LeakyReluTest.rows(30, 36, 6);
        int[] y = LeakyReluTest.labels(30, 3, 7);
        m.fit(x, y, FitOptions.epochs(2).batchSize(10).validationData(x, y).verbose(0));
        return m;
    }

    @Test
    void validationAndEvaluateUseInferenceAndTrainingIsReproducible() {
        float[][] x = LeakyReluTest.rows(30, 36, 6);
        int[] y = LeakyReluTest.labels(30, 3, 7);
        try (Sequential a = trainedCnn(1); Sequential b = trainedCnn(1)) {
            History h = a.history();
            assertEquals(h.last("val_loss"), a.evaluate(x, y).get("loss"), 1e-6);
            assertNotEquals(h.last("loss"), h.last("val_loss"));
            List<float[]> wa = a.getWeights();
            List<float[]> wb = b.getWeights();
            assertEquals(14, wa.size());
            for (int i = 0; i < wa.size(); i++) {
                assertArrayEquals(wa.get(i), wb.get(i), "weight " + i);
            }
            // the moving statistics moved away from their start (0 and 1)
            assertFalse(java.util.Arrays.equals(new float[4], wa.get(4)));
        }
    }

    @Test
    void savedWithItsMovingStatisticsAndLoadedInAFreshJvm() throws Exception {
        Path file = dir.resolve("bn.dlmodel");
        float[][] x = LeakyReluTest.rows(6, 36, 8);
        float[][] expected;
        List<float[]> weights;
        try (Sequential m = trainedCnn(2)) {
            m.save(file);
            expected = m.predict(x);
            weights = m.getWeights();
        }
        try (Sequential loaded = Sequential.load(file)) {
            BatchNormalization bn = (BatchNormalization) loaded.layers().get(4);
            assertEquals(0.9, bn.momentum());
            for (int i = 0; i < weights.size(); i++) {
                assertArrayEquals(weights.get(i), loaded.getWeights().get(i), "weight " + i);
            }
        }
        FreshJvm.assertPredicts(file, x, expected);
    }

    @Test
    void tribuoEvaluatesButDoesNotTrainIt() {
        float[][] x = LeakyReluTest.rows(30, 36, 6);
        int[] y = LeakyReluTest.labels(30, 3, 7);
        try (Sequential m = trainedCnn(3)) {
            double accuracy = m.evaluate(x, y).get("accuracy");
            assertEquals(accuracy, m.evaluateClassification(x, y).accuracy(), 1e-9);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TribuoBridge.classificationTrainer(m, 10, 1));
            assertTrue(e.getMessage().contains("BatchNormalization"), e.getMessage());
        }
    }
}
