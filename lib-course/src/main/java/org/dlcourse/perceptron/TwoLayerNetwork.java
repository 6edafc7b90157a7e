package org.dlcourse.perceptron;

import java.util.Random;

/**
 * The smallest multi-layer perceptron (다층 퍼셉트론): inputs, one hidden layer with tanh and one
 * sigmoid output, trained by full-batch gradient descent on binary cross-entropy with
 * back-propagation written out by hand. It exists to show that one hidden layer solves XOR,
 * which no single perceptron can.
 */
public final class TwoLayerNetwork {
    private final int inputs;
    private final int hidden;
    private final double[][] w1; // [hidden][inputs]
    private final double[] b1;
    private final double[] w2; // [hidden]
    private double b2;

    /**
     * A network with random initial weights (uniform in +-1/sqrt(fan-in)) from {@code seed}.
     */
    public TwoLayerNetwork(int inputs, int hidden, long seed) {
        if (inputs < 1 || hidden < 1) {
            throw new IllegalArgumentException("inputs and hidden units must be at least 1, got "
                    + inputs + " and " + hidden);
        }
        this.inputs = inputs;
        this.hidden = hidden;
        Random random = new Random(seed);
        w1 = new double[hidden][inputs];
        b1 = new double[hidden];
        w2 = new double[hidden];
        double l1 = 1 / Math.sqrt(inputs);
        double l2 = 1 / Math.sqrt(hidden);
        for (int h = 0; h < hidden; h++) {
            for (int i = 0; i < inputs; i++) {
                w1[h][i] = (2 * random.nextDouble() - 1) * l1;
            }
            w2[h] = (2 * random.nextDouble() - 1) * l2;
        }
    }

    /** The probability of class 1. */
    public double predictProbability(double... x) {
        if (x.length != inputs) {
            throw new IllegalArgumentException("The network has " + inputs + " inputs but got "
                    + x.length + " features");
        }
        double[] a = new double[hidden];
        return forward(x, a);
    }

    /** Class 1 when the probability is above 0.5. */
    public int predict(double... x) {
        return predictProbability(x) > 0.5 ? 1 : 0;
    }

    /** The fraction classified correctly. */
    public double accuracy(double[][] x, int[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            if (predict(x[i]) == y[i]) {
                right++;
            }
        }
        return (double) right / x.length;
    }

    private double forward(double[] x, double[] hiddenOut) {
        double z = b2;
        for (int h = 0; h < hidden; h++) {
            double s = b1[h];
            for (int i = 0; i < inputs; i++) {
                s += w1[h][i] * x[i];
            }
            hiddenOut[h] = Math.tanh(s);
            z += w2[h] * hiddenOut[h];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Full-batch gradient descent.
     *
     * @return the mean binary cross-entropy (cost function, 비용 함수) before each epoch's update
     * @throws IllegalStateException if the loss becomes NaN or infinite (lower the learning rate)
     */
    public double[] fit(double[][] x, int[] y, int epochs, double learningRate) {
        checkRows(x, y);
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive finite number, got "
                    + learningRate);
        }
        double[] losses = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[][] gw1 = new double[hidden][inputs];
            double[] gb1 = new double[hidden];
            double[] gw2 = new double[hidden];
            double[] gb2 = new double[1];
            double loss = accumulate(x, y, gw1, gb1, gw2, gb2) / x.length;
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("The loss became " + loss + " at epoch " + (epoch + 1)
                        + ": lower the learning rate (was " + learningRate + ") or check the inputs for NaN");
            }
            losses[epoch] = loss;
            double step = learningRate / x.length;
            b2 -= step * gb2[0];
            for (int h = 0; h < hidden; h++) {
                w2[h] -= step * gw2[h];
                b1[h] -= step * gb1[h];
                for (int i = 0; i < inputs; i++) {
                    w1[h][i] -= step * gw1[h][i];
                }
            }
        }
        return losses;
    }

    /**
     * Back-propagation over all rows: adds each row's gradient of the cross-entropy to the
     * accumulators and returns the summed loss. The chain rule, output to input:
     * dL/dz2 = p - y (sigmoid + cross-entropy), dL/dw2[h] = dL/dz2 * a[h],
     * dL/dz1[h] = dL/dz2 * w2[h] * (1 - a[h]^2) (tanh' = 1 - tanh^2), dL/dw1[h][i] = dL/dz1[h] * x[i].
     */
    private double accumulate(double[][] x, int[] y, double[][] gw1, double[] gb1, double[] gw2,
                              double[] gb2) {
        double[] a = new double[hidden];
        double loss = 0;
        for (int n = 0; n < x.length; n++) {
            if (x[n].length != inputs) {
                throw new IllegalArgumentException("Row " + n + " has " + x[n].length
                        + " features but the network has " + inputs + " inputs");
            }
            double p = forward(x[n], a);
            double eps = 1e-12;
            loss -= y[n] * Math.log(p + eps) + (1 - y[n]) * Math.log(1 - p + eps);
            double dz = p - y[n]; // d(loss)/d(output pre-activation) for sigmoid + cross-entropy
            gb2[0] += dz;
            for (int h = 0; h < hidden; h++) {
                gw2[h] += dz * a[h];
                double dh = dz * w2[h] * (1 - a[h] * a[h]);
                gb1[h] += dh;
                for (int i = 0; i < inputs; i++) {
                    gw1[h][i] += dh * x[n][i];
                }
            }
        }
        return loss;
    }

    private static void checkRows(double[][] x, int[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("Need the same positive number of rows and labels, got "
                    + x.length + " rows and " + y.length + " labels");
        }
    }

    /**
     * The mean binary cross-entropy (비용 함수) over the rows, the number {@link #fit} lowers:
     * {@code -(y log p + (1 - y) log(1 - p))} averaged.
     */
    public double cost(double[][] x, int[] y) {
        checkRows(x, y);
        return accumulate(x, y, new double[hidden][inputs], new double[hidden], new double[hidden],
                new double[1]) / x.length;
    }

    /**
     * The gradient of {@link #cost} by back-propagation, in the order of {@link #parameters()}:
     * the update {@link #fit} makes for one epoch is {@code parameters - learningRate * gradient}.
     */
    public double[] gradient(double[][] x, int[] y) {
        checkRows(x, y);
        double[][] gw1 = new double[hidden][inputs];
        double[] gb1 = new double[hidden];
        double[] gw2 = new double[hidden];
        double[] gb2 = new double[1];
        accumulate(x, y, gw1, gb1, gw2, gb2);
        double[] g = pack(gw1, gb1, gw2, gb2[0]);
        for (int k = 0; k < g.length; k++) {
            g[k] /= x.length;
        }
        return g;
    }

    /**
     * The gradient of {@link #cost} by central finite differences,
     * {@code (cost(w + h) - cost(w - h)) / 2h} for each parameter in turn: slow, but it needs no
     * calculus, so it checks {@link #gradient} (a gradient check).
     */
    public double[] numericalGradient(double[][] x, int[] y, double h) {
        checkRows(x, y);
        TwoLayerNetwork probe = copy();
        return GradientCheck.centralDifferences(p -> {
            probe.setParameters(p);
            return probe.cost(x, y);
        }, parameters(), h);
    }

    /** An independent copy with the same weights (training one does not change the other). */
    public TwoLayerNetwork copy() {
        TwoLayerNetwork c = new TwoLayerNetwork(inputs, hidden, 0);
        c.setParameters(parameters());
        return c;
    }

    /** The number of weights and biases: {@code hidden * (inputs + 2) + 1}. */
    public int parameterCount() {
        return hidden * (inputs + 2) + 1;
    }

    /**
     * All weights and biases in one vector, in the order hidden weights {@code W1[h][i]} (row by
     * row), hidden biases {@code b1[h]}, output weights {@code w2[h]}, output bias {@code b2}.
     */
    public double[] parameters() {
        return pack(w1, b1, w2, b2);
    }

    /**
     * The names of {@link #parameters()}' entries, such as {@code W1[2][0]} and {@code b2} (the
     * hidden weights form a matrix, hence the capital).
     */
    public String[] parameterNames() {
        String[] names = new String[parameterCount()];
        int k = 0;
        for (int h = 0; h < hidden; h++) {
            for (int i = 0; i < inputs; i++) {
                names[k++] = "W1[" + h + "][" + i + "]";
            }
        }
        for (int h = 0; h < hidden; h++) {
            names[k++] = "b1[" + h + "]";
        }
        for (int h = 0; h < hidden; h++) {
            names[k++] = "w2[" + h + "]";
        }
        names[k] = "b2";
        return names;
    }

    /** Replaces all weights and biases (same order as {@link #parameters()}). */
    public void setParameters(double[] p) {
        if (p.length != parameterCount()) {
            throw new IllegalArgumentException("The network has " + parameterCount()
                    + " parameters but got " + p.length);
        }
        int k = 0;
        for (int h = 0; h < hidden; h++) {
            for (int i = 0; i < inputs; i++) {
                w1[h][i] = p[k++];
            }
        }
        for (int h = 0; h < hidden; h++) {
            b1[h] = p[k++];
        }
        for (int h = 0; h < hidden; h++) {
            w2[h] = p[k++];
        }
        b2 = p[k];
    }

    /**
     * Packs weights laid out like the network's into one vector in the order of
     * {@link #parameters()}, e.g. gradients computed by hand, to compare them with
     * {@link #gradient} entry by entry.
     */
    public static double[] pack(double[][] w1, double[] b1, double[] w2, double b2) {
        int hidden = w1.length;
        int inputs = hidden == 0 ? 0 : w1[0].length;
        if (b1.length != hidden || w2.length != hidden) {
            throw new IllegalArgumentException("w1 has " + hidden + " rows but b1 has " + b1.length
                    + " and w2 " + w2.length + " entries");
        }
        double[] p = new double[hidden * (inputs + 2) + 1];
        int k = 0;
        for (double[] row : w1) {
            if (row.length != inputs) {
                throw new IllegalArgumentException("Every row of w1 needs " + inputs + " entries");
            }
            for (double v : row) {
                p[k++] = v;
            }
        }
        for (double v : b1) {
            p[k++] = v;
        }
        for (double v : w2) {
            p[k++] = v;
        }
        p[k] = b2;
        return p;
    }

    /** A copy of the hidden layer's weights, {@code [hidden unit][input]}. */
    public double[][] hiddenWeights() {
        double[][] c = new double[hidden][];
        for (int h = 0; h < hidden; h++) {
            c[h] = w1[h].clone();
        }
        return c;
    }

    /** A copy of the hidden layer's biases. */
    public double[] hiddenBiases() {
        return b1.clone();
    }

    /** A copy of the output unit's weights, one per hidden unit. */
    public double[] outputWeights() {
        return w2.clone();
    }

    /** The output unit's bias. */
    public double outputBias() {
        return b2;
    }
}
