package org.dlcourse.nn;

import org.dlcourse.conv.Convolution;
import org.dlcourse.conv.Pooling;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.layer.ShapeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters and feature maps read out of a model agree with convolution and pooling by hand. */
class FeatureMapsTest {
    private static final double[][][] FILTERS = {
            {{1, 0}, {0, 1}},      // the lecture's diagonal filter
            {{0, -1}, {1, 0.5}}};

    private static Sequential model() {
        Sequential m = Sequential.of(Layers.input(5, 5, 1),
                Layers.conv2d(2, 2).activation("relu"),
                Layers.maxPool2d(2),
                Layers.flatten(),
                Layers.dropout(0.5),
                Layers.dense(3).activation("softmax")).seed(7);
        List<float[]> w = new ArrayList<>(m.getWeights());
        float[] kernel = new float[2 * 2 * 1 * 2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int f = 0; f < 2; f++) {
                    kernel[(i * 2 + j) * 2 + f] = (float) FILTERS[f][i][j];
                }
            }
        }
        w.set(0, kernel);
        w.set(1, new float[] {0f, 0.25f});
        m.setWeights(w);
        return m;
    }

    private static float[] image() {
        Random r = new Random(11);
        float[] x = new float[25];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextInt(4);
        }
        return x;
    }

    private static double[][] grid(float[] x) {
        double[][] g = new double[5][5];
        for (int i = 0; i < 25; i++) {
            g[i / 5][i % 5] = x[i];
        }
        return g;
    }

    @Test
    void filtersComeOutInKernelLayout() {
        try (Sequential m = model()) {
            float[][][][] kernel = ConvFilters.of(m, "conv2d_1");
            assertEquals(2, kernel.length);
            assertEquals(2, kernel[0].length);
            assertEquals(1, kernel[0][0].length);
            assertEquals(2, kernel[0][0][0].length);
            for (int f = 0; f < 2; f++) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        assertEquals(FILTERS[f][i][j], kernel[i][j][0][f], 1e-7);
                    }
                }
            }
        }
    }

    @Test
    void convolutionMapsMatchConvolutionByHandPlusBiasThroughRelu() {
        try (Sequential m = model()) {
            float[] x = image();
            float[][][] maps = FeatureMaps.of(m, "conv2d_1", x);
            assertEquals(4, maps.length);
            assertEquals(4, maps[0].length);
            assertEquals(2, maps[0][0].length);
            double[] bias = {0, 0.25};
            for (int f = 0; f < 2; f++) {
                double[][] byHand = Convolution.apply(grid(x), FILTERS[f], 1);
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 4; c++) {
                        assertEquals(Math.max(0, byHand[r][c] + bias[f]), maps[r][c][f], 1e-5, "filter " + f);
                    }
                }
            }
        }
    }

    @Test
    void poolingMapsMatchMaxPoolingByHand() {
        try (Sequential m = model()) {
            float[] x = image();
            float[][][] conv = FeatureMaps.of(m, "conv2d_1", x);
            float[][][] pooled = FeatureMaps.of(m, "max_pooling2d_1", x);
            assertEquals(2, pooled.length);
            for (int f = 0; f < 2; f++) {
                double[][] map = new double[4][4];
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 4; c++) {
                        map[r][c] = conv[r][c][f];
                    }
                }
                double[][] byHand = Pooling.max(map, 2, 2);
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 2; c++) {
                        assertEquals(byHand[r][c], pooled[r][c][f], 1e-6);
                    }
                }
            }
        }
    }

    @Test
    void readingMapsLeavesTheModelUnchanged() {
        try (Sequential m = model()) {
            float[][] x = {image()};
            float[] before = m.predict(x)[0];
            List<float[]> weights = m.getWeights();
            FeatureMaps.of(m, "max_pooling2d_1", x[0]);
            assertArrayEquals(before, m.predict(x)[0]);
            for (int i = 0; i < weights.size(); i++) {
                assertArrayEquals(weights.get(i), m.getWeights().get(i));
            }
        }
    }

    @Test
    void badRequestsNameTheProblemFirst() {
        try (Sequential m = model()) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> ConvFilters.of(m, "conv9"))
                    .getMessage().startsWith("The model has no layer named 'conv9': its layers are conv2d_1, max_pooling2d_1"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> ConvFilters.of(m, "max_pooling2d_1"))
                    .getMessage().startsWith("Layer 'max_pooling2d_1' is a MaxPooling2D, not a Conv2D"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureMaps.of(m, "dense_1", image()))
                    .getMessage().startsWith("Layer 'dense_1' (Dense) outputs (None, 3), not feature maps"));
            assertThrows(ShapeException.class, () -> FeatureMaps.of(m, "conv2d_1", new float[24]));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureMaps.of(m, "conv2d_1", null))
                    .getMessage().startsWith("The input is null"));
        }
    }
}
