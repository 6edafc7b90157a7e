package org.dlcourse.conv;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvolutionTest {
    private static final double[][] DIAGONAL = {{1, 0}, {0, 1}};

    /** The lecture's example: result [[2,1,1],[0,2,2],[0,1,1]] for filter [[1,0],[0,1]], stride 1. */
    @Test
    void lectureExampleGivesTheSlideResult() {
        double[][] image = Grids.of(new int[][] {{1, 0, 1, 0}, {0, 1, 1, 0}, {0, 0, 1, 1}, {0, 0, 1, 0}});
        double[][] out = Convolution.apply(image, DIAGONAL, 1);
        assertGrid(new double[][] {{2, 1, 1}, {0, 2, 2}, {0, 1, 1}}, out);
    }

    @Test
    void eachOutputIsTheSumOfProductsOverItsPatch() {
        Random random = new Random(3);
        double[][] image = randomGrid(random, 6, 7);
        double[][] filter = randomGrid(random, 3, 2);
        double[][] out = Convolution.apply(image, filter, 2);
        assertEquals(2, out.length);     // (6 - 3) / 2 + 1
        assertEquals(3, out[0].length);  // (7 - 2) / 2 + 1
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[0].length; c++) {
                double expected = 0;
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 2; j++) {
                        expected += image[2 * r + i][2 * c + j] * filter[i][j];
                    }
                }
                assertEquals(expected, out[r][c], 1e-12);
            }
        }
    }

    @Test
    void oneByOneIdentityFilterReturnsTheImage() {
        double[][] image = randomGrid(new Random(1), 4, 5);
        assertGrid(image, Convolution.apply(image, new double[][] {{1}}, 1));
    }

    @Test
    void paddingOfOneKeepsTheSizeOfAThreeByThreeFilter() {
        double[][] image = randomGrid(new Random(2), 5, 5);
        double[][] ones = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        double[][] out = Convolution.apply(image, ones, 1, 1);
        assertEquals(5, out.length);
        assertEquals(5, out[0].length);
        // the corner sees only the 2x2 top-left of the image: the rest is zero padding
        assertEquals(image[0][0] + image[0][1] + image[1][0] + image[1][1], out[0][0], 1e-12);
    }

    @Test
    void zeroPadSurroundsTheImageWithZeros() {
        double[][] padded = Convolution.zeroPad(new double[][] {{5}}, 2);
        assertEquals(5, padded.length);
        double sum = 0;
        for (double[] row : padded) {
            for (double v : row) {
                sum += v;
            }
        }
        assertEquals(5, sum);
        assertEquals(5, padded[2][2]);
    }

    @Test
    void outputSizeFollowsTheFormula() {
        assertEquals(26, Convolution.outputSize(28, 3, 1, 0));
        assertEquals(28, Convolution.outputSize(28, 3, 1, 1));
        assertEquals(14, Convolution.outputSize(28, 2, 2, 0));
        assertEquals(3, Convolution.outputSize(7, 3, 2, 0));
        assertEquals(3, Convolution.outputSize(8, 3, 2, 0));   // rounded down: the last column is not covered
    }

    @Test
    void badInputsAreRejectedWithTheProblemFirst() {
        double[][] image = {{1, 2}, {3, 4}};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Convolution.apply(image, DIAGONAL, 0))
                .getMessage().startsWith("Stride must be a positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Convolution.apply(image, DIAGONAL, 1, -1))
                .getMessage().startsWith("Padding must be 0 or more"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Convolution.apply(image, new double[][] {{1, 1, 1}}, 1))
                .getMessage().startsWith("The filter (3) is larger than the padded input"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Convolution.apply(new double[][] {{1, 2}, {3}}, DIAGONAL, 1))
                .getMessage().startsWith("The image is not rectangular"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Convolution.apply(new double[][] {{1, Double.NaN}, {3, 4}}, DIAGONAL, 1))
                .getMessage().startsWith("The image holds NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Convolution.apply(image, null, 1))
                .getMessage().startsWith("The filter is null or empty"));
    }

    static double[][] randomGrid(Random random, int rows, int cols) {
        double[][] g = new double[rows][cols];
        for (double[] row : g) {
            for (int c = 0; c < cols; c++) {
                row[c] = random.nextInt(11) - 5;
            }
        }
        return g;
    }

    static void assertGrid(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "rows");
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], actual[r], 1e-12, "row " + r);
        }
    }

    @Test
    void asImageRowPutsTheChannelsOfEachPixelTogether() {
        double[][][] image = {{{1, 2}, {3, 4}}, {{10, 20}, {30, 40}}, {{100, 200}, {300, 400}}};
        assertArrayEquals(new float[] {1, 10, 100, 2, 20, 200, 3, 30, 300, 4, 40, 400},
                Convolution.asImageRow(image));
        assertThrows(IllegalArgumentException.class, () -> Convolution.asImageRow(new double[0][][]));
    }
}
