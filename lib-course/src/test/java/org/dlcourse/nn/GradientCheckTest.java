package org.dlcourse.nn;

import org.dlcourse.nn.graph.GraphProbe;
import org.dlcourse.nn.graph.TrainingGraph;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.junit.jupiter.api.Test;
import org.tensorflow.Tensor;

import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.averagePooling2d;
import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.dropout;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TensorFlow's symbolic gradients against central finite differences, in float64 graphs, for every
 * layer type, activation and loss.
 */
class GradientCheckTest {
    private static final double STEP = 1e-6;
    private static final int CHECKS_PER_PARAM = 12;

    private static float[][] randomX(int n, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][size];
        for (float[] row : x) {
            for (int j = 0; j < size; j++) {
                row[j] = (float) (r.nextDouble() * 2 - 1);
            }
        }
        return x;
    }

    private static int[] randomLabels(int n, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(classes);
        }
        return y;
    }

    private static float[][] randomTargets(int n, int width, long seed) {
        return randomX(n, width, seed);
    }

    /** Checks every parameter tensor of the model at a sample of positions; returns the checks made. */
    static int check(Sequential model, float[][] x, Targets y) {
        @SuppressWarnings("unchecked")
        TrainingGraph<?> g = model.graph();
        y.check(model.outputWidth(), "out", x.length, model.loss());
        float[] flat = new float[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * x[0].length, x[0].length);
        }
        int checks = 0;
        try (Tensor xt = g.floats(g.inputShape(x.length), flat); Tensor yt = g.targetTensor(y, null, 0, x.length)) {
            double[][] analytic = GraphProbe.lossAndGradients(g, xt, yt, y.isLabels(), 7, 3);
            double[][] w = GraphProbe.readParams(g);
            SplittableRandom r = new SplittableRandom(11);
            for (int p = 0; p < w.length; p++) {
                double[] grad = analytic[p + 1];
                assertEquals(w[p].length, grad.length);
                for (int c = 0; c < Math.min(CHECKS_PER_PARAM, w[p].length); c++) {
                    int i = r.nextInt(w[p].length);
                    double saved = w[p][i];
                    w[p][i] = saved + STEP;
                    GraphProbe.writeParams(g, w);
                    double plus = GraphProbe.trainingLoss(g, xt, yt, y.isLabels(), 7, 3);
                    w[p][i] = saved - STEP;
                    GraphProbe.writeParams(g, w);
                    double minus = GraphProbe.trainingLoss(g, xt, yt, y.isLabels(), 7, 3);
                    w[p][i] = saved;
                    double numeric = (plus - minus) / (2 * STEP);
                    double err = Math.abs(numeric - grad[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(grad[i]));
                    assertTrue(err < 1e-5, "param " + p + " index " + i + ": numeric " + numeric + " vs TF " + grad[i]);
                    checks++;
                }
            }
            GraphProbe.writeParams(g, w);
        }
        return checks;
    }

    @Test
    void denseWithEachActivationAndCategoricalCrossentropy() {
        for (String act : new String[] {"relu", "sigmoid", "tanh", "linear"}) {
            try (Sequential m = Sequential.float64(input(4), dense(5).activation(act), dense(3).activation("softmax"))) {
                m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
                assertTrue(check(m, randomX(6, 4, 1), Targets.labels(randomLabels(6, 3, 2))) > 20, act);
            }
        }
    }

    @Test
    void categoricalCrossentropyOnProbabilitiesAndOneHotRows() {
        // sigmoid outputs are not a softmax: the loss uses the clipped probability form
        try (Sequential m = Sequential.float64(input(3), dense(4).activation("sigmoid"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            float[][] oneHot = new float[5][4];
            int[] labels = randomLabels(5, 4, 3);
            for (int i = 0; i < 5; i++) {
                oneHot[i][labels[i]] = 1;
            }
            check(m, randomX(5, 3, 4), Targets.values(oneHot));
        }
    }

    @Test
    void binaryCrossentropyMseAndMae() {
        try (Sequential m = Sequential.float64(input(3), dense(4).activation("tanh"), dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.sgd(0.1), Losses.binaryCrossentropy());
            check(m, randomX(6, 3, 5), Targets.labels(new int[] {0, 1, 1, 0, 1, 0}));
        }
        try (Sequential m = Sequential.float64(input(3), dense(4).activation("relu"), dense(2))) {
            m.compile(Optimizers.sgd(0.1), Losses.mse());
            check(m, randomX(6, 3, 6), Targets.values(randomTargets(6, 2, 7)));
        }
        try (Sequential m = Sequential.float64(input(3), dense(2))) {
            m.compile(Optimizers.sgd(0.1), Losses.mae());
            check(m, randomX(6, 3, 8), Targets.values(randomTargets(6, 2, 9)));
        }
    }

    @Test
    void conv2dValidSameAndStrided() {
        try (Sequential m = Sequential.float64(input(6, 6, 2), conv2d(3, 3).activation("relu"),
                conv2d(2, 2).strides(2).padding("same").activation("tanh"), flatten(), dense(2).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            check(m, randomX(3, 72, 10), Targets.labels(randomLabels(3, 2, 11)));
        }
    }

    @Test
    void maxAndAveragePooling() {
        try (Sequential m = Sequential.float64(input(6, 6, 1), conv2d(2, 3).padding("same"), maxPool2d(2),
                averagePooling2d(3), flatten(), dense(2).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            check(m, randomX(3, 36, 12), Targets.labels(randomLabels(3, 2, 13)));
        }
    }

    @Test
    void dropoutWithAFixedMask() {
        try (Sequential m = Sequential.float64(input(5), dense(8).activation("tanh"), dropout(0.5), dense(1))) {
            m.compile(Optimizers.sgd(0.1), Losses.mse());
            check(m, randomX(6, 5, 14), Targets.values(randomTargets(6, 1, 15)));
        }
    }
}
