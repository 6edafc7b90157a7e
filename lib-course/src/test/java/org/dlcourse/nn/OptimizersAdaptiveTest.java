package org.dlcourse.nn;

import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.tokenInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AdaGrad and AdaDelta: their steps against Keras 3's formulas computed by hand, their defaults,
 * determinism and save/load.
 */
class OptimizersAdaptiveTest {
    @TempDir
    Path dir;

    private static final float[][] X = {{1f, 2f}, {-1f, 0.5f}, {0.5f, -1.5f}, {2f, 1f}};
    private static final float[][] Y = {{1f}, {-2f}, {0.5f}, {3f}};

    /** w (2 kernel values, then the bias) after {@code steps} full-batch steps of MSE on X, Y, by hand. */
    private static double[] byHand(String optimizer, double lr, int steps) {
        double[] w = {0.3, -0.2, 0.1};
        double[] s = new double[3];
        double[] u = new double[3];
        java.util.Arrays.fill(s, optimizer.equals("adagrad") ? 0.1 : 0.0);
        double eps = 1e-7;
        double rho = 0.95;
        for (int t = 0; t < steps; t++) {
            double[] g = new double[3];
            for (int i = 0; i < X.length; i++) {
                double err = X[i][0] * w[0] + X[i][1] * w[1] + w[2] - Y[i][0];
                g[0] += 2 * err * X[i][0] / X.length;
                g[1] += 2 * err * X[i][1] / X.length;
                g[2] += 2 * err / X.length;
            }
            for (int k = 0; k < 3; k++) {
                if (optimizer.equals("adagrad")) {
                    s[k] += g[k] * g[k];
                    w[k] -= lr * g[k] / Math.sqrt(s[k] + eps);
                } else {
                    s[k] = rho * s[k] + (1 - rho) * g[k] * g[k];
                    double d = -Math.sqrt(u[k] + eps) / Math.sqrt(s[k] + eps) * g[k];
                    u[k] = rho * u[k] + (1 - rho) * d * d;
                    w[k] += lr * d;
                }
            }
        }
        return w;
    }

    private static double[] byEngine(Optimizer optimizer, int steps) {
        try (Sequential m = Sequential.float64(input(2), dense(1))) {
            m.compile(optimizer, Losses.mse());
            m.setWeights(List.of(new float[] {0.3f, -0.2f}, new float[] {0.1f}));
            m.fit(X, Y, FitOptions.epochs(steps).batchSize(4).shuffle(false).verbose(0));
            double[][] w = m.weightsAsDoubles();
            return new double[] {w[0][0], w[0][1], w[1][0]};
        }
    }

    @Test
    void adagradFollowsKerasFormula() {
        double[] expected = byHand("adagrad", 0.1, 5);
        assertArrayEquals(expected, byEngine(Optimizers.adagrad(0.1), 5), 1e-6);
        // the hand computation's weights moved, and differ from a run without the 0.1 start
        assertTrue(Math.abs(expected[0] - 0.3) > 0.05);
    }

    @Test
    void adadeltaFollowsKerasFormula() {
        double[] expected = byHand("adadelta", 1.0, 5);
        assertArrayEquals(expected, byEngine(Optimizers.adadelta(1.0), 5), 1e-6);
        assertTrue(Math.abs(expected[2] - 0.1) > 1e-3);
    }

    @Test
    void kerasDefaultsAndNames() {
        assertEquals("adagrad", Optimizers.parse("adagrad").name());
        assertEquals("adadelta", Optimizers.parse("AdaDelta").name());
        assertEquals(1e-3, Optimizers.parse("adagrad").learningRate());
        assertEquals(1e-3, Optimizers.adadelta().learningRate());
        assertEquals("AdaGrad(lr=0.001, initial_accumulator=0.1)", Optimizers.adagrad().toString());
        assertEquals("AdaDelta(lr=0.001, rho=0.95)", Optimizers.adadelta().toString());
    }

    private static Sequential trained(Optimizer optimizer, long seed) {
        Sequential m = Sequential.of(input(6), dense(8).activation("relu"), dense(3).activation("softmax")).seed(seed);
        m.compile(optimizer, Losses.categoricalCrossentropy(), Metrics.accuracy());
        m.fit(LeakyReluTest.rows(40, 6, 5), LeakyReluTest.labels(40, 3, 6), FitOptions.epochs(2).batchSize(8).verbose(0));
        return m;
    }

    @Test
    void sameSeedSameWeights() {
        for (Optimizer o : new Optimizer[] {Optimizers.adagrad(0.05), Optimizers.adadelta(1.0)}) {
            try (Sequential a = trained(o, 1); Sequential b = trained(o, 1); Sequential c = trained(o, 2)) {
                for (int i = 0; i < a.getWeights().size(); i++) {
                    assertArrayEquals(a.getWeights().get(i), b.getWeights().get(i), o.toString());
                }
                assertFalse(java.util.Arrays.equals(a.getWeights().get(0), c.getWeights().get(0)));
            }
        }
    }

    @Test
    void savedAndLoadedInAFreshJvm() throws Exception {
        float[][] x = LeakyReluTest.rows(5, 6, 7);
        for (Optimizer o : new Optimizer[] {Optimizers.adagrad(0.05), Optimizers.adadelta(1.0)}) {
            Path file = dir.resolve(o.name() + ".dlmodel");
            float[][] expected;
            try (Sequential m = trained(o, 3)) {
                m.save(file);
                expected = m.predict(x);
            }
            try (Sequential loaded = Sequential.load(file)) {
                assertEquals(o.toString(), loaded.optimizer().toString());
                // a loaded model continues training with its optimiser
                loaded.fit(LeakyReluTest.rows(16, 6, 8), LeakyReluTest.labels(16, 3, 9),
                        FitOptions.epochs(1).batchSize(8).verbose(0));
            }
            FreshJvm.assertPredicts(file, x, expected);
        }
    }

    @Test
    void embeddingTableTrainsWithBoth() {
        float[][] tokens = {{1, 2, 1}, {3, 1, 0}, {2, 2, 3}, {0, 1, 3}};
        int[] y = {0, 1, 0, 1};
        for (Optimizer o : new Optimizer[] {Optimizers.adagrad(0.1), Optimizers.adadelta(1.0)}) {
            try (Sequential m = Sequential.of(tokenInput(3), embedding(4, 2), flatten(), dense(2).activation("softmax"))) {
                m.compile(o, Losses.categoricalCrossentropy());
                float[] before = m.getWeights().get(0);
                History h = m.fit(tokens, y, FitOptions.epochs(5).batchSize(4).verbose(0));
                assertFalse(java.util.Arrays.equals(before, m.getWeights().get(0)), o.toString());
                assertTrue(h.last("loss") < h.get("loss")[0], o + ": " + h);
            }
        }
    }
}
