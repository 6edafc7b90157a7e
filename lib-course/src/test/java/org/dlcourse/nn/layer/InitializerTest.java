package org.dlcourse.nn.layer;

import org.dlcourse.nn.FreshJvm;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The random normal initialiser with a chosen standard deviation (deck 003's tf.random_normal). */
class InitializerTest {
    @TempDir
    Path dir;

    private static double mean(float[] w) {
        double s = 0;
        for (float v : w) {
            s += v;
        }
        return s / w.length;
    }

    private static double std(float[] w) {
        double m = mean(w);
        double s = 0;
        for (float v : w) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / w.length);
    }

    @Test
    void randomNormalHasItsStandardDeviationAndIsNotTruncated() {
        double[] w = Initializer.randomNormal(0.1).sample(200_000, 10, 10, new SplittableRandom(5));
        double m = 0;
        double s = 0;
        int beyondTwo = 0;
        for (double v : w) {
            m += v;
            s += v * v;
            beyondTwo += Math.abs(v) > 0.2 ? 1 : 0;
        }
        m /= w.length;
        assertEquals(0.0, m, 0.001);
        assertEquals(0.1, Math.sqrt(s / w.length - m * m), 0.001);
        // a normal puts 4.55% of its draws beyond two standard deviations; a truncated one none
        assertEquals(0.0455, beyondTwo / (double) w.length, 0.003);
    }

    @Test
    void parsesAndNamesTheStandardDeviation() {
        assertEquals(0.05, Initializer.parse("random_normal").stddev());
        Initializer i = Initializer.randomNormal(0.01);
        assertEquals("random_normal(stddev=0.01)", i.configName());
        assertEquals("random_normal", i.kerasName());
        assertEquals(i, Initializer.parse(i.configName()));
        assertEquals(Initializer.GLOROT_UNIFORM, Initializer.parse("glorot_uniform"));
        assertThrows(IllegalArgumentException.class, () -> Initializer.randomNormal(0));
        assertThrows(IllegalArgumentException.class, () -> Initializer.randomNormal(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Initializer.parse("gaussian"));
        assertTrue(e.getMessage().contains("random_normal"), e.getMessage());
    }

    @Test
    void denseKernelAndBiasFromTheLecturesNormal() {
        try (Sequential m = Sequential.of(input(784), dense(256).kernelInitializer(Initializer.randomNormal(0.1))
                .biasInitializer(Initializer.randomNormal(0.1)).activation("relu"), dense(10))) {
            List<float[]> w = m.getWeights();
            assertEquals(0.1, std(w.get(0)), 0.001);
            assertEquals(0.0, mean(w.get(0)), 0.001);
            assertEquals(0.1, std(w.get(1)), 0.015); // 256 biases
            // the second layer keeps its defaults: Glorot kernel, zero bias
            assertEquals(Math.sqrt(6.0 / 266) / Math.sqrt(3), std(w.get(2)), 0.005);
            assertArrayEquals(new float[10], w.get(3));
        }
    }

    @Test
    void conv2dKernelFromTheLecturesNormal() {
        try (Sequential m = Sequential.of(input(28, 28, 1), conv2d(32, 3).padding("same")
                .kernelInitializer(Initializer.randomNormal(0.01)), flatten(), dense(2))) {
            List<float[]> w = m.getWeights();
            assertEquals(0.01, std(w.get(0)), 0.001);
            assertArrayEquals(new float[32], w.get(1));
        }
    }

    @Test
    void sameSeedSameWeightsOtherSeedOthers() {
        List<float[]> a = lecturesMlp(3).getWeights();
        List<float[]> b = lecturesMlp(3).getWeights();
        List<float[]> c = lecturesMlp(4).getWeights();
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
        assertFalse(java.util.Arrays.equals(a.get(0), c.get(0)));
        assertFalse(java.util.Arrays.equals(a.get(1), c.get(1)));
    }

    private static Sequential lecturesMlp(long seed) {
        return Sequential.of(input(20), dense(16).kernelInitializer(Initializer.randomNormal(0.1))
                .biasInitializer("random_normal"), dense(3).activation("softmax")).seed(seed);
    }

    @Test
    void savedWithTheModelAndLoadedInAFreshJvm() throws Exception {
        Path file = dir.resolve("normal.dlmodel");
        float[][] x = new float[4][20];
        for (int i = 0; i < x.length; i++) {
            x[i][i] = 1;
        }
        float[][] expected;
        try (Sequential m = lecturesMlp(9)) {
            m.compile(Optimizers.sgd(0.01), Losses.categoricalCrossentropy());
            m.save(file);
            expected = m.predict(x);
        }
        String header = FreshJvm.header(file);
        assertTrue(header.contains("random_normal(stddev\\=0.1)"), header);
        try (Sequential loaded = Sequential.load(file)) {
            Dense d = (Dense) loaded.layers().get(0);
            assertEquals(Initializer.randomNormal(0.1), d.kernelInitializer());
            assertEquals(Initializer.randomNormal(0.05), d.biasInitializer());
            assertEquals(Initializer.ZEROS, ((Dense) loaded.layers().get(1)).biasInitializer());
        }
        assertTrue(Files.size(file) > 0);
        FreshJvm.assertPredicts(file, x, expected);
    }
}
