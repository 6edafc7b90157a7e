package org.dlcourse.descent;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.nn.FitOptions;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;

/**
 * Batch, stochastic and mini-batch gradient descent (배치 경사 하강법, 확률적 경사 하강법, 미니 배치)
 * on one small problem: a line {@code y ≈ w·x + b} fitted to noisy points by the mean squared
 * error. The update rule is the same {@link GradientDescentRule} each time; only the number of
 * examples whose gradient is averaged before each update differs:
 * <ul>
 *   <li>batch gradient descent: all of them, one update per epoch;</li>
 *   <li>stochastic gradient descent (SGD): one, as many updates per epoch as examples;</li>
 *   <li>mini-batch: a subset (e.g. 32).</li>
 * </ul>
 *
 * <pre>{@code
 * MiniBatchDescent line = MiniBatchDescent.line(1000, 2, 1, 0.5, 7);
 * MiniBatchDescent.Run sgd = line.train(1, 0.1, 20, 1);
 * sgd.lossPerUpdate()   // the full-data loss after every update
 * }</pre>
 */
public final class MiniBatchDescent {
    private final double[] x;
    private final double[] y;

    private MiniBatchDescent(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * {@code n} points {@code y = slope·x + intercept + noise}, x uniform on [-1, 1], noise normal
     * with standard deviation {@code noise}, drawn from {@code seed}.
     */
    public static MiniBatchDescent line(int n, double slope, double intercept, double noise, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("A line needs at least 2 points, got " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("The noise's standard deviation must be >= 0, was " + noise);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * random.nextDouble() - 1;
            y[i] = slope * x[i] + intercept + noise * gaussian(random);
        }
        return new MiniBatchDescent(x, y);
    }

    /** Standard normal by Box-Muller. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    /** The x values as one-feature rows, for the engine. */
    public float[][] features() {
        float[][] f = new float[x.length][1];
        for (int i = 0; i < x.length; i++) {
            f[i][0] = (float) x[i];
        }
        return f;
    }

    /** The y values as one-target rows, for the engine. */
    public float[][] targets() {
        float[][] t = new float[y.length][1];
        for (int i = 0; i < y.length; i++) {
            t[i][0] = (float) y[i];
        }
        return t;
    }

    /** The mean squared error of the line {@code w·x + b} on all the points. */
    public double loss(double w, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double e = w * x[i] + b - y[i];
            sum += e * e;
        }
        return sum / x.length;
    }

    /**
     * One run of gradient descent from {@code w = b = 0}.
     *
     * @param batchSize      examples per update ({@link #size()} or more: batch gradient descent; 1: SGD)
     * @param updatesPerEpoch updates in each epoch: ⌈examples / batch size⌉
     * @param lossPerUpdate  the loss on all points before the first update and after each update
     * @param lossPerEpoch   the loss on all points before training and after each epoch
     * @param slope          the final w
     * @param intercept      the final b
     */
    public record Run(int batchSize, int updatesPerEpoch, double[] lossPerUpdate, double[] lossPerEpoch,
                      double slope, double intercept) {
    }

    /**
     * Trains the line with {@link GradientDescentRule}: each epoch visits the points in a new
     * order drawn from {@code seed}, in batches of {@code batchSize} (the last one smaller), and
     * updates (w, b) by the batch's mean gradient of the squared error.
     *
     * @throws IllegalArgumentException if the batch size, learning rate or epochs are not positive
     */
    public Run train(int batchSize, double learningRate, int epochs, long seed) {
        return train(batchSize, learningRate, epochs, Long.valueOf(seed));
    }

    /** As {@link #train(int, double, int, long)}; a null seed keeps the points in order (as the engine's shuffle(false)). */
    Run train(int batchSize, double learningRate, int epochs, Long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, was " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("Train at least 1 epoch, was " + epochs);
        }
        UpdateRule rule = new GradientDescentRule(learningRate);
        int n = x.length;
        int batch = Math.min(batchSize, n);
        int perEpoch = (n + batch - 1) / batch;
        double[] params = {0, 0};
        double[] perUpdate = new double[perEpoch * epochs + 1];
        double[] perEpochLoss = new double[epochs + 1];
        perUpdate[0] = perEpochLoss[0] = loss(0, 0);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = seed == null ? null : new SplittableRandom(seed);
        int update = 0;
        double[] g = new double[2];
        for (int e = 1; e <= epochs; e++) {
            if (random != null) {
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                }
            }
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                g[0] = 0;
                g[1] = 0;
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    double error = params[0] * x[i] + params[1] - y[i];
                    g[0] += 2 * error * x[i];
                    g[1] += 2 * error;
                }
                g[0] /= to - from;
                g[1] /= to - from;
                rule.step(params, g);
                perUpdate[++update] = loss(params[0], params[1]);
            }
            perEpochLoss[e] = perUpdate[update];
        }
        return new Run(batch, perEpoch, perUpdate, perEpochLoss, params[0], params[1]);
    }

    /**
     * Seconds per epoch when the engine trains the same line ({@code Dense(1)}, mean squared
     * error, SGD with {@code learningRate}) with this batch size: a one-epoch warm-up first (it
     * builds the graph), then {@code epochs} epochs timed one by one; the median, so that a moment
     * when another program had the processor does not count. Each update is one call into
     * TensorFlow, whose fixed cost dominates small batches.
     */
    public double engineSecondsPerEpoch(int batchSize, double learningRate, int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("Time at least 1 epoch, was " + epochs);
        }
        try (Sequential model = Sequential.of(Layers.input(1), Layers.dense(1)).seed(1)) {
            model.compile(Optimizers.sgd(learningRate), Losses.mse());
            float[][] f = features();
            float[][] t = targets();
            model.fit(f, t, FitOptions.epochs(1).batchSize(batchSize).verbose(0).seed(1));
            double[] seconds = new double[epochs];
            for (int e = 0; e < epochs; e++) {
                long start = System.nanoTime();
                model.fit(f, t, FitOptions.epochs(1).batchSize(batchSize).verbose(0).seed(1));
                seconds[e] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            return epochs % 2 == 1 ? seconds[epochs / 2] : (seconds[epochs / 2 - 1] + seconds[epochs / 2]) / 2;
        }
    }
}
