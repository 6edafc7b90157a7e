package org.dlcourse.perceptron;

import java.util.Random;

/**
 * A deep stack of equal dense layers, written out plainly to measure how large the gradient is
 * at each layer: the picture behind "sigmoid's derivatives multiply towards 0" (the vanishing
 * gradient, 기울기 소실).
 *
 * <p>Every layer computes {@code h = f(h_prev W + b)} with the same activation {@code f}; the
 * weights are drawn from Glorot's uniform distribution (Keras's default for {@code Dense}: limit
 * {@code sqrt(6 / (fan_in + fan_out))}) and the biases are 0. A batch of random inputs
 * ({@code N(0, 1)}) runs forward; then a random gradient ({@code N(0, 1)} per output value) starts
 * at the top and back-propagation carries it down, multiplying at each layer by the weights and
 * by {@code f'(z)}. {@link #gradientNorms} returns the size (Euclidean norm) of the gradient of
 * each layer's weights, first layer first.
 *
 * <pre>{@code
 * double[] sigmoid = DeepStack.gradientNorms(ActivationFunction.SIGMOID, 10, 32, 1);
 * double[] relu = DeepStack.gradientNorms(ActivationFunction.RELU, 10, 32, 1);
 * // sigmoid[0] / sigmoid[9] is tiny; relu[0] / relu[9] is not
 * }</pre>
 */
public final class DeepStack {
    /** Input rows in the batch the gradients are averaged over. */
    public static final int BATCH = 64;

    private DeepStack() {
    }

    /**
     * The norm of the gradient of each layer's weight matrix, layer 1 (next to the input) first.
     *
     * @param f     the activation of every layer
     * @param depth the number of layers, 1 to 100
     * @param width the units per layer (and input features), 1 to 1000
     * @param seed  the seed of the weights, inputs and top gradient
     * @throws IllegalArgumentException if depth or width is out of range
     */
    public static double[] gradientNorms(ActivationFunction f, int depth, int width, long seed) {
        if (f == null) {
            throw new IllegalArgumentException("gradientNorms needs an activation function, got null");
        }
        if (depth < 1 || depth > 100 || width < 1 || width > 1000) {
            throw new IllegalArgumentException("depth must be 1 to 100 and width 1 to 1000, got depth "
                    + depth + ", width " + width);
        }
        Random random = new Random(seed);
        double limit = Math.sqrt(6.0 / (width + width));
        double[][][] w = new double[depth][width][width];
        for (double[][] layer : w) {
            for (double[] row : layer) {
                for (int j = 0; j < width; j++) {
                    row[j] = (2 * random.nextDouble() - 1) * limit;
                }
            }
        }
        double[][] x = gaussian(random, BATCH, width);
        double[][] top = gaussian(random, BATCH, width);
        return gradients(f, w, x, top);
    }

    /**
     * The norms for given weights ({@code w[layer][in][out]}, biases 0), inputs and gradient at
     * the top ({@code dL/dh} of the last layer, one row per input row): the loss is
     * {@code L = sum(top * h_last) / rows}.
     */
    static double[] gradients(ActivationFunction f, double[][][] w, double[][] x, double[][] top) {
        int depth = w.length;
        int rows = x.length;
        double[][][] inputs = new double[depth][][];
        double[][][] z = new double[depth][][];
        double[][] h = x;
        for (int l = 0; l < depth; l++) {
            inputs[l] = h;
            z[l] = multiply(h, w[l]);
            h = new double[rows][];
            for (int r = 0; r < rows; r++) {
                h[r] = f.apply(z[l][r]);
            }
        }
        double[] norms = new double[depth];
        double[][] grad = top; // dL/dh of layer l, times rows
        for (int l = depth - 1; l >= 0; l--) {
            int in = w[l].length, out = w[l][0].length;
            double[][] dz = new double[rows][out];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < out; j++) {
                    dz[r][j] = grad[r][j] * f.derivative(z[l][r][j]) / rows;
                }
            }
            double sum = 0;
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    double g = 0;
                    for (int r = 0; r < rows; r++) {
                        g += inputs[l][r][i] * dz[r][j];
                    }
                    sum += g * g;
                }
            }
            norms[l] = Math.sqrt(sum);
            double[][] down = new double[rows][in];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < in; i++) {
                    double g = 0;
                    for (int j = 0; j < out; j++) {
                        g += dz[r][j] * w[l][i][j];
                    }
                    down[r][i] = g * rows;
                }
            }
            grad = down;
        }
        return norms;
    }

    /** The loss {@code sum(top * h_last) / rows} that {@link #gradients} differentiates. */
    static double loss(ActivationFunction f, double[][][] w, double[][] x, double[][] top) {
        double[][] h = x;
        for (double[][] layer : w) {
            double[][] z = multiply(h, layer);
            h = new double[z.length][];
            for (int r = 0; r < z.length; r++) {
                h[r] = f.apply(z[r]);
            }
        }
        double sum = 0;
        for (int r = 0; r < h.length; r++) {
            for (int j = 0; j < h[r].length; j++) {
                sum += top[r][j] * h[r][j];
            }
        }
        return sum / h.length;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[a.length][b[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int k = 0; k < b.length; k++) {
                double v = a[r][k];
                for (int j = 0; j < b[0].length; j++) {
                    out[r][j] += v * b[k][j];
                }
            }
        }
        return out;
    }

    private static double[][] gaussian(Random random, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (double[] row : out) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return out;
    }
}
