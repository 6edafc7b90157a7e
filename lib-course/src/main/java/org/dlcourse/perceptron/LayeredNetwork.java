package org.dlcourse.perceptron;

import java.util.Arrays;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A fully connected network of any depth in plain Java: tanh hidden layers and one output unit,
 * either a sigmoid trained on binary cross-entropy ({@link #classifier}) or a plain sum trained on
 * the mean squared error ({@link #regressor}). Full-batch gradient descent with back-propagation,
 * the same algorithm as {@link TwoLayerNetwork} with the layers in a loop. It draws chapter 01's
 * pictures: the regions one, two and three layers can carve, and a curve fitted by one hidden
 * layer of 1, 3 or 10 units (universal approximation).
 *
 * <pre>{@code
 * LayeredNetwork net = LayeredNetwork.classifier(42, 2, 8, 4, 1);   // two hidden layers
 * net.fit(x, labels, 3000, 0.5);
 * LayeredNetwork curve = LayeredNetwork.regressor(1, 1, 10, 1);      // 1 input, 10 tanh units
 * curve.fit(xs, sinValues, 20000, 0.05);
 * }</pre>
 */
public final class LayeredNetwork {
    private final int[] sizes;
    private final boolean sigmoidOutput;
    private final double[][][] w; // [layer][unit][input]
    private final double[][] b;   // [layer][unit]

    private LayeredNetwork(boolean sigmoidOutput, long seed, int[] sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("Give at least the input and output sizes, got "
                    + Arrays.toString(sizes));
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("Every layer needs at least one unit, got "
                        + Arrays.toString(sizes));
            }
        }
        if (sizes[sizes.length - 1] != 1) {
            throw new IllegalArgumentException("The network has one output unit: the last size must be 1, got "
                    + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        this.sigmoidOutput = sigmoidOutput;
        Random random = new Random(seed);
        w = new double[sizes.length - 1][][];
        b = new double[sizes.length - 1][];
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
            double limit = 1 / Math.sqrt(sizes[l]);
            for (double[] row : w[l]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = (2 * random.nextDouble() - 1) * limit;
                }
            }
            if (l < w.length - 1) { // hidden biases spread the units' bends over the inputs
                for (int u = 0; u < b[l].length; u++) {
                    b[l][u] = (2 * random.nextDouble() - 1) * limit;
                }
            }
        }
    }

    /**
     * A classifier: {@code sizes} are the layer widths from inputs to the single output, e.g.
     * {@code 2, 3, 1} (one hidden layer of 3) or {@code 2, 8, 4, 1} (two hidden layers).
     * Weights and hidden biases start uniform in +-1/sqrt(fan-in) from {@code seed} (the output
     * bias at 0).
     */
    public static LayeredNetwork classifier(long seed, int... sizes) {
        return new LayeredNetwork(true, seed, sizes);
    }

    /** A regressor: the same layers, a linear output unit and the mean squared error. */
    public static LayeredNetwork regressor(long seed, int... sizes) {
        return new LayeredNetwork(false, seed, sizes);
    }

    /** The layer widths as the lecture writes them, e.g. {@code 2-8-4-1}. */
    public String shape() {
        StringJoiner j = new StringJoiner("-");
        for (int s : sizes) {
            j.add(Integer.toString(s));
        }
        return j.toString();
    }

    /** The number of hidden layers (0 for a single unit on the inputs). */
    public int hiddenLayers() {
        return sizes.length - 2;
    }

    /** The number of weights and biases. */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < w.length; l++) {
            n += sizes[l + 1] * (sizes[l] + 1);
        }
        return n;
    }

    /** The output: the probability of class 1 for a classifier, the value for a regressor. */
    public double output(double... x) {
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("The network has " + sizes[0] + " inputs but got "
                    + x.length + " features");
        }
        return forward(x)[w.length][0];
    }

    /** {@link #output} for every row. */
    public double[] outputs(double[][] x) {
        double[] out = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            out[n] = output(x[n]);
        }
        return out;
    }

    /** Class 1 when the probability is above 0.5 (classifiers only). */
    public int predict(double... x) {
        requireClassifier();
        return output(x) > 0.5 ? 1 : 0;
    }

    /** The fraction classified correctly (classifiers only). */
    public double accuracy(double[][] x, int[] y) {
        requireClassifier();
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("Need the same positive number of rows and labels, got "
                    + x.length + " rows and " + y.length + " labels");
        }
        int right = 0;
        for (int n = 0; n < x.length; n++) {
            if (predict(x[n]) == y[n]) {
                right++;
            }
        }
        return (double) right / x.length;
    }

    /** Trains a classifier on labels 0 and 1; see {@link #fit(double[][], double[], int, double)}. */
    public double[] fit(double[][] x, int[] y, int epochs, double learningRate) {
        requireClassifier();
        double[] targets = new double[y.length];
        for (int n = 0; n < y.length; n++) {
            if (y[n] != 0 && y[n] != 1) {
                throw new IllegalArgumentException("Labels must be 0 or 1, row " + n + " has " + y[n]);
            }
            targets[n] = y[n];
        }
        return train(x, targets, epochs, learningRate);
    }

    /**
     * Full-batch gradient descent: each epoch back-propagates every row and moves each weight by
     * {@code -learningRate * mean gradient}.
     *
     * @return the cost before each epoch's update (cross-entropy or mean squared error)
     * @throws IllegalStateException if the cost becomes NaN or infinite (lower the learning rate)
     */
    public double[] fit(double[][] x, double[] y, int epochs, double learningRate) {
        return train(x, y, epochs, learningRate);
    }

    private double[] train(double[][] x, double[] y, int epochs, double learningRate) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("Need the same positive number of rows and targets, got "
                    + x.length + " rows and " + y.length + " targets");
        }
        for (int n = 0; n < x.length; n++) {
            if (x[n].length != sizes[0]) {
                throw new IllegalArgumentException("Row " + n + " has " + x[n].length
                        + " features but the network has " + sizes[0] + " inputs");
            }
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive finite number, got "
                    + learningRate);
        }
        double[] costs = new double[epochs];
        double[][][] gw = new double[w.length][][];
        double[][] gb = new double[w.length][];
        for (int l = 0; l < w.length; l++) {
            gw[l] = new double[w[l].length][w[l][0].length];
            gb[l] = new double[b[l].length];
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int l = 0; l < w.length; l++) {
                for (double[] row : gw[l]) {
                    Arrays.fill(row, 0);
                }
                Arrays.fill(gb[l], 0);
            }
            double cost = 0;
            for (int n = 0; n < x.length; n++) {
                cost += backprop(x[n], y[n], gw, gb);
            }
            cost /= x.length;
            if (!Double.isFinite(cost)) {
                throw new IllegalStateException("The cost became " + cost + " at epoch " + (epoch + 1)
                        + ": lower the learning rate (was " + learningRate + ") or check the inputs for NaN");
            }
            costs[epoch] = cost;
            double step = learningRate / x.length;
            for (int l = 0; l < w.length; l++) {
                for (int u = 0; u < w[l].length; u++) {
                    for (int i = 0; i < w[l][u].length; i++) {
                        w[l][u][i] -= step * gw[l][u][i];
                    }
                    b[l][u] -= step * gb[l][u];
                }
            }
        }
        return costs;
    }

    /** The activations of every layer, inputs first. */
    private double[][] forward(double[] x) {
        double[][] a = new double[sizes.length][];
        a[0] = x;
        for (int l = 0; l < w.length; l++) {
            boolean last = l == w.length - 1;
            a[l + 1] = new double[sizes[l + 1]];
            for (int u = 0; u < sizes[l + 1]; u++) {
                double z = b[l][u];
                for (int i = 0; i < sizes[l]; i++) {
                    z += w[l][u][i] * a[l][i];
                }
                a[l + 1][u] = !last ? Math.tanh(z) : sigmoidOutput ? 1 / (1 + Math.exp(-z)) : z;
            }
        }
        return a;
    }

    /** Adds one row's gradient to the accumulators and returns its cost. */
    private double backprop(double[] x, double target, double[][][] gw, double[][] gb) {
        double[][] a = forward(x);
        double out = a[w.length][0];
        double cost;
        double[] delta = new double[1]; // d(cost)/d(pre-activation) of the current layer
        if (sigmoidOutput) {
            double eps = 1e-12;
            cost = -(target * Math.log(out + eps) + (1 - target) * Math.log(1 - out + eps));
            delta[0] = out - target;
        } else {
            cost = (out - target) * (out - target);
            delta[0] = 2 * (out - target);
        }
        for (int l = w.length - 1; l >= 0; l--) {
            double[] below = new double[sizes[l]];
            for (int u = 0; u < sizes[l + 1]; u++) {
                gb[l][u] += delta[u];
                for (int i = 0; i < sizes[l]; i++) {
                    gw[l][u][i] += delta[u] * a[l][i];
                    below[i] += delta[u] * w[l][u][i];
                }
            }
            if (l > 0) {
                for (int i = 0; i < sizes[l]; i++) {
                    below[i] *= 1 - a[l][i] * a[l][i]; // tanh' = 1 - tanh^2
                }
            }
            delta = below;
        }
        return cost;
    }

    /** The mean cost over the rows and its gradient by back-propagation (for the gradient check). */
    double[] costAndGradient(double[][] x, double[] y) {
        double[][][] gw = new double[w.length][][];
        double[][] gb = new double[w.length][];
        for (int l = 0; l < w.length; l++) {
            gw[l] = new double[w[l].length][w[l][0].length];
            gb[l] = new double[b[l].length];
        }
        double cost = 0;
        for (int n = 0; n < x.length; n++) {
            cost += backprop(x[n], y[n], gw, gb);
        }
        double[] out = new double[parameterCount() + 1];
        out[0] = cost / x.length;
        int k = 1;
        for (int l = 0; l < w.length; l++) {
            for (int u = 0; u < w[l].length; u++) {
                for (double g : gw[l][u]) {
                    out[k++] = g / x.length;
                }
                out[k++] = gb[l][u] / x.length;
            }
        }
        return out;
    }

    /** Adds {@code delta} to parameter {@code k} (same order as {@link #costAndGradient}). */
    void nudge(int k, double delta) {
        for (int l = 0; l < w.length; l++) {
            for (int u = 0; u < w[l].length; u++) {
                if (k < w[l][u].length) {
                    w[l][u][k] += delta;
                    return;
                }
                k -= w[l][u].length;
                if (k == 0) {
                    b[l][u] += delta;
                    return;
                }
                k--;
            }
        }
        throw new IllegalArgumentException("No such parameter");
    }

    private void requireClassifier() {
        if (!sigmoidOutput) {
            throw new IllegalStateException("This is a regressor: use output() and fit(x, double[] y, ...)");
        }
    }
}
