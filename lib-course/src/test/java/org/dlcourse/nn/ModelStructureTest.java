package org.dlcourse.nn;

import org.dlcourse.nn.layer.Initializer;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.averagePooling2d;
import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shapes, parameter counts, summary, initialisers and shape errors. */
class ModelStructureTest {

    /** Output size by the lecture's formula (W + 2P - F) / S + 1. */
    private static int conv(int w, int f, int p, int s) {
        return (w + 2 * p - f) / s + 1;
    }

    @Test
    void lectureCnnShapesAndParameterCounts() {
        Sequential m = Sequential.of(input(28, 28, 1), conv2d(32, 3).activation("relu"), maxPool2d(2),
                conv2d(64, 3).activation("relu"), maxPool2d(2), flatten(), dense(10).activation("softmax"));
        int a = conv(28, 3, 0, 1);
        int b = conv(a, 2, 0, 2);
        int c = conv(b, 3, 0, 1);
        int d = conv(c, 2, 0, 2);
        assertArrayEquals(new int[] {a, a, 32}, m.outputShape(0));
        assertArrayEquals(new int[] {b, b, 32}, m.outputShape(1));
        assertArrayEquals(new int[] {c, c, 64}, m.outputShape(2));
        assertArrayEquals(new int[] {d, d, 64}, m.outputShape(3));
        assertArrayEquals(new int[] {d * d * 64}, m.outputShape(4));
        long conv1 = 1 * 3 * 3 * 32 + 32;
        long conv2 = 32 * 3 * 3 * 64 + 64;
        long dense = (long) d * d * 64 * 10 + 10;
        assertEquals(conv1 + conv2 + dense, m.countParams());
        String s = m.summary();
        assertTrue(s.contains("conv2d_1 (Conv2D)"), s);
        assertTrue(s.contains("(None, " + a + ", " + a + ", 32)"), s);
        assertTrue(s.contains(String.format("%,d", conv2)), s);
        assertTrue(s.contains(String.format("Total params: %,d", conv1 + conv2 + dense)), s);
        assertTrue(s.contains("max_pooling2d_2 (MaxPooling2D)"), s);
    }

    @Test
    void summaryColumnsStayAlignedForLongLayerNames() {
        Sequential m = Sequential.of(Layers.tokenInput(100), Layers.embedding(1000, 8),
                Layers.globalAveragePooling1d(), dense(4));
        String[] lines = m.summary().split("\n");
        int countEnd = lines[1].indexOf("Param #") + "Param #".length();
        for (String line : lines) {
            if (line.contains("(") && line.matches(".*\\d$")) { // a layer row ends with its parameter count
                assertEquals(countEnd, line.length(), "right-aligned under 'Param #': " + line);
            }
        }
        String pooling = java.util.Arrays.stream(lines).filter(l -> l.contains("GlobalAveragePooling1D")).findFirst()
                .orElseThrow();
        assertTrue(pooling.matches("global_average_pooling1d_1 \\(GlobalAveragePooling1D\\)\\s{2,}\\(None, 8\\)\\s+0"),
                "the name and the shape keep a gap: " + pooling);
    }

    @Test
    void samePaddingAndStrides() {
        Sequential m = Sequential.of(input(28, 28, 3), conv2d(8, 3).strides(2).padding("same"),
                conv2d(4, 5).padding("same"), averagePooling2d(3), conv2d(2, 3).strides(2));
        assertArrayEquals(new int[] {14, 14, 8}, m.outputShape(0));
        assertArrayEquals(new int[] {14, 14, 4}, m.outputShape(1));
        assertArrayEquals(new int[] {4, 4, 4}, m.outputShape(2));
        assertArrayEquals(new int[] {conv(4, 3, 0, 2), conv(4, 3, 0, 2), 2}, m.outputShape(3));
    }

    @Test
    void denseAfterConvWithoutFlattenNamesLayerAndShapes() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> Sequential.of(input(8, 8, 1), conv2d(4, 3), dense(10)));
        assertTrue(e.getMessage().startsWith("Layer 'dense_1' (Dense) expects a flat input"), e.getMessage());
        assertTrue(e.getMessage().contains("(None, 6, 6, 4)"), e.getMessage());
        assertTrue(e.getMessage().contains("flatten"), e.getMessage());
    }

    @Test
    void convOnFlatInputAndTooSmallImage() {
        ShapeException flat = assertThrows(ShapeException.class, () -> Sequential.of(input(784), conv2d(4, 3)));
        assertTrue(flat.getMessage().contains("conv2d_1") && flat.getMessage().contains("(None, 784)"), flat.getMessage());
        ShapeException small = assertThrows(ShapeException.class, () -> Sequential.of(input(2, 2, 1), conv2d(4, 3)));
        assertTrue(small.getMessage().contains("(None, 2, 2, 1)"), small.getMessage());
    }

    @Test
    void wrongInputSizeAndMismatchedLabels() {
        try (Sequential m = Sequential.of(input(4), dense(3).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy(), Metrics.accuracy());
            ShapeException rows = assertThrows(ShapeException.class,
                    () -> m.fit(new float[][] {{1, 2, 3, 4}, {1, 2, 3, 4, 5}}, new int[] {0, 1}, FitOptions.epochs(1)));
            assertTrue(rows.getMessage().startsWith("Row 1 of the training data has 5 values"), rows.getMessage());
            assertTrue(rows.getMessage().contains("(None, 4)"), rows.getMessage());
            ShapeException label = assertThrows(ShapeException.class,
                    () -> m.fit(new float[][] {{1, 2, 3, 4}}, new int[] {5}, FitOptions.epochs(1)));
            assertTrue(label.getMessage().contains("dense_1") && label.getMessage().contains("(None, 3)"), label.getMessage());
            ShapeException targets = assertThrows(ShapeException.class,
                    () -> m.fit(new float[][] {{1, 2, 3, 4}}, new float[][] {{1, 0}}, FitOptions.epochs(1)));
            assertTrue(targets.getMessage().contains("(None, 2)") && targets.getMessage().contains("(None, 3)"),
                    targets.getMessage());
            ShapeException count = assertThrows(ShapeException.class,
                    () -> m.fit(new float[][] {{1, 2, 3, 4}}, new int[] {0, 1}, FitOptions.epochs(1)));
            assertTrue(count.getMessage().contains("1 examples but 2 labels"), count.getMessage());
            IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                    () -> m.fit(new float[][] {{1, Float.NaN, 3, 4}}, new int[] {0}, FitOptions.epochs(1)));
            assertTrue(nan.getMessage().startsWith("Row 0 column 1 of the training data is NaN"), nan.getMessage());
        }
    }

    @Test
    void badParametersAreRejectedClearly() {
        assertThrows(IllegalArgumentException.class, () -> dense(0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dense(3).activation("relu6"))
                .getMessage().startsWith("Unknown activation 'relu6'"));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.adam(-1));
        assertThrows(IllegalArgumentException.class, () -> Layers.dropout(1.0));
        assertThrows(IllegalArgumentException.class, () -> FitOptions.epochs(0));
        assertThrows(IllegalStateException.class, () -> {
            try (Sequential m = Sequential.of(input(2), dense(1))) {
                m.fit(new float[][] {{1, 2}}, new int[] {1}, FitOptions.epochs(1));
            }
        });
    }

    @Test
    void predictsBeforeCompileAndRefusesToEvaluate() {
        Sequential m = Sequential.of(input(3), dense(2).activation("softmax"));
        float[][] p = m.predict(new float[][] {{1, 2, 3}});
        assertEquals(1f, p[0][0] + p[0][1], 1e-6f);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> m.evaluate(new float[][] {{1, 2, 3}}, new int[] {1}));
        assertTrue(e.getMessage().startsWith("The model is not compiled"), e.getMessage());
        m.close();
        assertTrue(assertThrows(IllegalStateException.class, () -> m.predict(new float[][] {{1, 2, 3}}))
                .getMessage().startsWith("The model is closed"));
    }

    @Test
    void compileByKerasNames() {
        try (Sequential m = Sequential.of(input(2), dense(1).activation("sigmoid"))) {
            m.compile("rmsprop", "binary_crossentropy", "accuracy");
            assertEquals("rmsprop", m.optimizer().name());
            assertEquals(1e-3, m.optimizer().learningRate());
            assertEquals(Loss.Kind.BINARY_CROSSENTROPY, m.loss().kind());
            assertEquals("accuracy", m.metrics().get(0).name());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> m.compile("nadam", "mse"))
                    .getMessage().startsWith("Unknown optimizer 'nadam'"));
        }
    }

    @Test
    void glorotUniformIsSymmetricWithKerasFansForConvolutions() {
        int inChannels = 5;
        int filters = 8;
        Sequential m = Sequential.of(input(6, 6, inChannels), conv2d(filters, 3), flatten(), dense(50)).seed(9);
        List<float[]> w = m.getWeights();
        double convLimit = Math.sqrt(6.0 / (3 * 3 * inChannels + 3 * 3 * filters));
        assertWithinAndSpread(w.get(0), convLimit);
        double denseLimit = Math.sqrt(6.0 / (4 * 4 * filters + 50));
        assertWithinAndSpread(w.get(2), denseLimit);
        for (float bias : w.get(1)) {
            assertEquals(0f, bias);
        }
    }

    private static void assertWithinAndSpread(float[] w, double limit) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        for (float v : w) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        assertTrue(max <= limit && min >= -limit, "outside [-limit, limit]");
        assertTrue(max > 0.9 * limit && min < -0.9 * limit, "not spread over [-limit, limit]: " + min + ".." + max);
        assertEquals(0, sum / w.length, limit / 10, "mean not near 0");
    }

    @Test
    void heNormalHasVarianceTwoOverFanIn() {
        double[] w = Initializer.HE_NORMAL.sample(200_000, 50, 10, new SplittableRandom(1));
        double sum = 0;
        double sq = 0;
        double stddev = Math.sqrt(2.0 / 50);
        for (double v : w) {
            sum += v;
            sq += v * v;
            assertTrue(Math.abs(v) <= 2 * stddev / 0.87962566103423978 + 1e-12, "not truncated");
        }
        assertEquals(0, sum / w.length, 0.002);
        assertEquals(stddev, Math.sqrt(sq / w.length), stddev * 0.01);
    }

    @Test
    void sameSeedSameInitialWeightsDifferentSeedDifferent() {
        Sequential a = Sequential.of(input(3), dense(4).kernelInitializer("he_normal")).seed(1);
        Sequential b = Sequential.of(input(3), dense(4).kernelInitializer("he_normal")).seed(1);
        Sequential c = Sequential.of(input(3), dense(4).kernelInitializer("he_normal")).seed(2);
        assertArrayEquals(a.getWeights().get(0), b.getWeights().get(0), 0f);
        assertTrue(!java.util.Arrays.equals(a.getWeights().get(0), c.getWeights().get(0)));
    }
}
