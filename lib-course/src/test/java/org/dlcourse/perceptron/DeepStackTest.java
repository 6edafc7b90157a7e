package org.dlcourse.perceptron;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeepStackTest {

    @Test
    void gradientNormsMatchFiniteDifferences() {
        Random r = new Random(7);
        int depth = 3, width = 4, rows = 5;
        double[][][] w = new double[depth][width][width];
        for (double[][] layer : w) {
            for (double[] row : layer) {
                for (int j = 0; j < width; j++) {
                    row[j] = r.nextGaussian() * 0.8;
                }
            }
        }
        double[][] x = new double[rows][width];
        double[][] top = new double[rows][width];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                x[i][j] = r.nextGaussian();
                top[i][j] = r.nextGaussian();
            }
        }
        for (ActivationFunction f : new ActivationFunction[] {ActivationFunction.SIGMOID, ActivationFunction.TANH,
            ActivationFunction.LEAKY_RELU}) {
            double[] norms = DeepStack.gradients(f, w, x, top);
            double h = 1e-6;
            for (int l = 0; l < depth; l++) {
                double sum = 0;
                for (int i = 0; i < width; i++) {
                    for (int j = 0; j < width; j++) {
                        double keep = w[l][i][j];
                        w[l][i][j] = keep + h;
                        double up = DeepStack.loss(f, w, x, top);
                        w[l][i][j] = keep - h;
                        double down = DeepStack.loss(f, w, x, top);
                        w[l][i][j] = keep;
                        double g = (up - down) / (2 * h);
                        sum += g * g;
                    }
                }
                assertEquals(Math.sqrt(sum), norms[l], 1e-6 * Math.max(1, Math.sqrt(sum)), f + " layer " + (l + 1));
            }
        }
    }

    @Test
    void sigmoidGradientsVanishWhereReluOnesDoNot() {
        double[] sigmoid = DeepStack.gradientNorms(ActivationFunction.SIGMOID, 10, 32, 1);
        double[] relu = DeepStack.gradientNorms(ActivationFunction.RELU, 10, 32, 1);
        assertEquals(10, sigmoid.length);
        assertTrue(sigmoid[0] / sigmoid[9] < 1e-4, "sigmoid first/last " + sigmoid[0] / sigmoid[9]);
        assertTrue(relu[0] / relu[9] > 1e-2, "ReLU first/last " + relu[0] / relu[9]);
        for (int l = 1; l < 10; l++) {
            assertTrue(sigmoid[l - 1] < sigmoid[l], "sigmoid gradients shrink layer by layer downwards");
        }
    }

    @Test
    void theSameSeedGivesTheSameNorms() {
        assertArrayEquals(DeepStack.gradientNorms(ActivationFunction.TANH, 4, 8, 3),
                DeepStack.gradientNorms(ActivationFunction.TANH, 4, 8, 3));
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> DeepStack.gradientNorms(ActivationFunction.RELU, 0, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> DeepStack.gradientNorms(ActivationFunction.RELU, 3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> DeepStack.gradientNorms(null, 3, 3, 1));
    }
}
