package org.dlcourse.nn;

import org.dlcourse.nn.layer.Activation;
import org.dlcourse.nn.layer.LeakyReLU;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.leakyRelu;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LeakyReLU as an activation (slope 0.2) and as a layer (Keras' default 0.3). */
class LeakyReluTest {
    @TempDir
    Path dir;

    static float[][] rows(int n, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][size];
        for (float[] row : x) {
            for (int j = 0; j < size; j++) {
                row[j] = (float) (2 * r.nextDouble() - 1);
            }
        }
        return x;
    }

    static int[] labels(int n, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(classes);
        }
        return y;
    }

    @Test
    void valuesOfTheActivationAndTheLayer() {
        // an identity dense layer shows the function itself
        try (Sequential m = Sequential.of(input(2), dense(2).useBias(false).activation("leaky_relu"), leakyRelu())) {
            m.setWeights(List.of(new float[] {1, 0, 0, 1}));
            float[] y = m.predict(new float[][] {{-2f, 3f}})[0];
            assertEquals(-2 * 0.2 * 0.3, y[0], 1e-6); // 0.2 from the activation, then 0.3 from the layer
            assertEquals(3f, y[1], 0f);
        }
        assertEquals(Activation.LEAKY_RELU, Activation.parse("leaky_relu"));
        assertEquals(0.3, leakyRelu().negativeSlope());
        assertThrows(IllegalArgumentException.class, () -> leakyRelu(-0.1));
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        try (Sequential m = Sequential.float64(input(5), dense(6).activation("leaky_relu"), leakyRelu(0.1), dense(3)
                .activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, rows(7, 5, 1), Targets.labels(labels(7, 3, 2))) > 20);
        }
        try (Sequential m = Sequential.float64(input(5, 5, 1), conv2d(2, 3).activation("leaky_relu"), flatten(),
                dense(2).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, rows(4, 25, 3), Targets.labels(labels(4, 2, 4))) > 10);
        }
    }

    private static Sequential trained(long seed) {
        Sequential m = Sequential.of(input(6), dense(8).activation("leaky_relu"), leakyRelu(), dense(3)
                .activation("softmax")).seed(seed);
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        m.fit(rows(40, 6, 5), labels(40, 3, 6), FitOptions.epochs(2).batchSize(8).verbose(0));
        return m;
    }

    @Test
    void sameSeedSameWeights() {
        try (Sequential a = trained(1); Sequential b = trained(1)) {
            for (int i = 0; i < a.getWeights().size(); i++) {
                assertArrayEquals(a.getWeights().get(i), b.getWeights().get(i));
            }
        }
    }

    @Test
    void savedAndLoadedInAFreshJvm() throws Exception {
        Path file = dir.resolve("leaky.dlmodel");
        float[][] x = rows(5, 6, 7);
        float[][] expected;
        try (Sequential m = trained(2)) {
            m.save(file);
            expected = m.predict(x);
        }
        try (Sequential loaded = Sequential.load(file)) {
            assertEquals(Activation.LEAKY_RELU, loaded.layers().get(0).outputActivation());
            assertEquals(0.3, ((LeakyReLU) loaded.layers().get(1)).negativeSlope());
        }
        FreshJvm.assertPredicts(file, x, expected);
    }
}
