package org.dlcourse.conv;

import java.util.List;
import java.util.Random;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Layers;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The multi-channel convolution by hand, and its agreement with the engine's Conv2D. */
class ColourConvolutionTest {
    private static double[][][] random(Random random, int channels, int rows, int cols) {
        double[][][] out = new double[channels][rows][cols];
        for (double[][] plane : out) {
            for (double[] row : plane) {
                for (int c = 0; c < cols; c++) {
                    row[c] = random.nextDouble() * 2 - 1;
                }
            }
        }
        return out;
    }

    @Test
    void aColourConvolutionIsTheSumOfTheChannelConvolutions() {
        Random random = new Random(5);
        double[][][] image = random(random, 3, 6, 5);
        double[][][] filter = random(random, 3, 3, 3);
        double[][] out = Convolution.apply(image, filter, 1, 1);
        assertEquals(6, out.length);
        assertEquals(5, out[0].length);
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 5; c++) {
                double expected = 0;
                for (int ch = 0; ch < 3; ch++) {
                    expected += Convolution.apply(image[ch], filter[ch], 1, 1)[r][c];
                }
                assertEquals(expected, out[r][c], 1e-12);
            }
        }
        // a filter with one channel of ones and zeros elsewhere picks that channel
        double[][][] green = new double[3][1][1];
        green[1][0][0] = 1;
        assertEquals(image[1][2][3], Convolution.apply(image, green, 1, 0)[2][3], 1e-12);
    }

    @Test
    void channelMismatchesAreNamed() {
        Random random = new Random(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Convolution.apply(random(random, 3, 4, 4), random(random, 1, 3, 3), 1, 0));
        assertTrue(e.getMessage().contains("same number of channels"), e.getMessage());
        double[][][] ragged = {new double[4][4], new double[3][4], new double[4][4]};
        e = assertThrows(IllegalArgumentException.class,
                () -> Convolution.apply(ragged, random(random, 3, 3, 3), 1, 0));
        assertTrue(e.getMessage().startsWith("Image channel 1 is 3x4"), e.getMessage());
    }

    @Test
    void theKernelLayoutIsRowsColsChannels() {
        double[][][] filter = new double[3][2][2];
        filter[2][1][0] = 7;
        float[] flat = Convolution.asConv2dKernel(filter);
        assertEquals(12, flat.length);
        assertEquals(7f, flat[(1 * 2 + 0) * 3 + 2]);
    }

    @Test
    void conv2dWithTheSameWeightsGivesTheSameNumbers() {
        Random random = new Random(9);
        int rows = 7, cols = 6;
        double[][][] image = random(random, 3, rows, cols);
        double[][][] filter = random(random, 3, 3, 3);
        double[][] byHand = Convolution.apply(image, filter, 1, 0);
        float[] row = new float[rows * cols * 3];
        for (int r = 0, k = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                for (int ch = 0; ch < 3; ch++) {
                    row[k++] = (float) image[ch][r][c];
                }
            }
        }
        try (Sequential layer = Sequential.of(Layers.input(rows, cols, 3), Layers.conv2d(1, 3)).seed(1)) {
            layer.setWeights(List.of(Convolution.asConv2dKernel(filter), new float[1]));
            float[] out = layer.predict(new float[][] {row})[0];
            assertEquals(5 * 4, out.length);
            for (int r = 0; r < 5; r++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(byHand[r][c], out[r * 4 + c], 1e-5);
                }
            }
        }
    }
}
