package org.dlcourse.nn;

import org.dlcourse.nn.layer.Dense;
import org.dlcourse.nn.layer.Regularizer;
import org.dlcourse.nn.layer.Regularizers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The L2 kernel regulariser: loss += l2 * sum(W^2), as Keras, on Dense and Conv2D. */
class RegularizerTest {
    @TempDir
    Path dir;

    private static double sumOfSquares(float[] w) {
        double s = 0;
        for (float v : w) {
            s += (double) v * v;
        }
        return s;
    }

    private static Sequential cnn(Regularizer r) {
        return Sequential.float64(input(6, 6, 1), conv2d(3, 3).activation("relu").kernelRegularizer(r), flatten(),
                dense(4).activation("tanh").kernelRegularizer(r), dense(2).activation("softmax"));
    }

    @Test
    void lossGrowsByTheKernelsPenaltyNotTheBiases() {
        float[][] x = LeakyReluTest.rows(5, 36, 1);
        int[] y = LeakyReluTest.labels(5, 2, 2);
        try (Sequential plain = cnn(null); Sequential reg = cnn(Regularizers.l2(0.01))) {
            plain.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            reg.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            List<float[]> w = plain.getWeights();
            w.set(1, new float[] {5, 5, 5}); // a large bias is not penalised
            plain.setWeights(w);
            reg.setWeights(w);
            double expected = 0.01 * (sumOfSquares(w.get(0)) + sumOfSquares(w.get(2)));
            double difference = reg.evaluate(x, y).get("loss") - plain.evaluate(x, y).get("loss");
            assertEquals(expected, difference, 1e-9);
            assertTrue(expected > 1e-3);
        }
    }

    @Test
    void oneSgdStepAddsTwiceL2TimesTheWeight() {
        float[][] x = {{1f, 2f}, {-1f, 0.5f}, {0.5f, -1.5f}};
        float[][] y = {{1f}, {-2f}, {0.5f}};
        double[] w = {0.3, -0.2};
        double b = 0.1;
        double l2 = 0.05;
        double lr = 0.1;
        double[] g = new double[2];
        double gb = 0;
        for (int i = 0; i < x.length; i++) {
            double err = x[i][0] * w[0] + x[i][1] * w[1] + b - y[i][0];
            g[0] += 2 * err * x[i][0] / x.length;
            g[1] += 2 * err * x[i][1] / x.length;
            gb += 2 * err / x.length;
        }
        try (Sequential m = Sequential.float64(input(2), dense(1).kernelRegularizer(Regularizers.l2(l2)))) {
            m.compile(Optimizers.sgd(lr), Losses.mse());
            m.setWeights(List.of(new float[] {0.3f, -0.2f}, new float[] {0.1f}));
            double before = m.evaluate(x, y).get("loss");
            History h = m.fit(x, y, FitOptions.epochs(1).batchSize(3).shuffle(false).verbose(0));
            // the reported training loss includes the penalty, as Keras reports it
            assertEquals(before, h.last("loss"), 1e-12);
            double[][] after = m.weightsAsDoubles();
            assertEquals(0.3 - lr * (g[0] + 2 * l2 * 0.3), after[0][0], 1e-7);
            assertEquals(-0.2 - lr * (g[1] + 2 * l2 * -0.2), after[0][1], 1e-7);
            assertEquals(0.1 - lr * gb, after[1][0], 1e-7);
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        try (Sequential m = cnn(Regularizers.l2(0.1))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, LeakyReluTest.rows(3, 36, 3),
                    Targets.labels(LeakyReluTest.labels(3, 2, 4))) > 30);
        }
    }

    private static Sequential trained(double l2, long seed) {
        Sequential m = Sequential.of(input(6), dense(16).activation("relu").kernelRegularizer(Regularizers.l2(l2)),
                dense(3).activation("softmax").kernelRegularizer(Regularizers.l2(l2))).seed(seed);
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        m.fit(LeakyReluTest.rows(60, 6, 5), LeakyReluTest.labels(60, 3, 6), FitOptions.epochs(10).batchSize(10).verbose(0));
        return m;
    }

    @Test
    void aStrongPenaltyKeepsTheWeightsSmallAndTrainingIsReproducible() {
        try (Sequential free = trained(0, 1); Sequential decayed = trained(0.1, 1); Sequential again = trained(0.1, 1)) {
            assertTrue(sumOfSquares(decayed.getWeights().get(0)) < 0.5 * sumOfSquares(free.getWeights().get(0)));
            for (int i = 0; i < decayed.getWeights().size(); i++) {
                assertArrayEquals(decayed.getWeights().get(i), again.getWeights().get(i));
            }
        }
    }

    @Test
    void savedWithTheModelAndLoadedInAFreshJvm() throws Exception {
        Path file = dir.resolve("l2.dlmodel");
        float[][] x = LeakyReluTest.rows(4, 6, 7);
        float[][] expected;
        try (Sequential m = trained(1e-3, 2)) {
            m.save(file);
            expected = m.predict(x);
        }
        assertTrue(FreshJvm.header(file).contains("layer.0.kernel_regularizer=l2(0.001)"), FreshJvm.header(file));
        try (Sequential loaded = Sequential.load(file)) {
            assertEquals(Regularizers.l2(1e-3), ((Dense) loaded.layers().get(0)).kernelRegularizer());
        }
        try (Sequential plain = Sequential.of(input(2), dense(1))) {
            Path p = dir.resolve("plain.dlmodel");
            plain.save(p);
            assertTrue(!FreshJvm.header(p).contains("regularizer"));
            assertNull(((Dense) Sequential.load(p).layers().get(0)).kernelRegularizer());
        }
        FreshJvm.assertPredicts(file, x, expected);
        assertThrows(IllegalArgumentException.class, () -> Regularizers.l2(-1));
    }
}
