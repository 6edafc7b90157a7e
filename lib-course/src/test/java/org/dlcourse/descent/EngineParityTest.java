package org.dlcourse.descent;

import org.dlcourse.nn.Callback;
import org.dlcourse.nn.FitOptions;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The plain-Java update rules take the same steps as the engine's optimisers. The engine trains
 * one {@code Dense(1)} without bias on two rows, (√0.1, 0) and (0, √2), with targets 0 and the
 * mean squared error: its loss is {@code (0.1·w1² + 2·w2²)/2 = w1²/20 + w2²}, the elongated
 * valley, and one epoch of batch 2 is one step on the valley's gradient.
 */
class EngineParityTest {
    private static final int STEPS = 12;
    private static final float[][] ROWS = {{(float) Math.sqrt(0.1), 0}, {0, (float) Math.sqrt(2)}};
    private static final float[][] TARGETS = {{0}, {0}};

    /** The engine's weights after each of the steps, starting at (-7, 2). */
    private static double[][] engineSteps(Optimizer optimizer) {
        try (Sequential model = Sequential.of(Layers.input(2), Layers.dense(1).useBias(false)).seed(1)) {
            model.compile(optimizer, Losses.mse());
            model.setWeights(List.of(new float[] {-7, 2}));
            List<double[]> weights = new ArrayList<>();
            weights.add(new double[] {-7, 2});
            Callback record = new Callback() {
                @Override
                public boolean onEpochEnd(int epoch, Map<String, Double> logs, Sequential m) {
                    float[] w = m.getWeights().get(0);
                    weights.add(new double[] {w[0], w[1]});
                    return false;
                }
            };
            model.fit(ROWS, TARGETS, FitOptions.epochs(STEPS).batchSize(2).verbose(0).seed(1).callbacks(record));
            return weights.toArray(new double[0][]);
        }
    }

    private static void assertSameSteps(Optimizer engine, UpdateRule rule) {
        assertSameSteps(engine, rule, 2e-5);
    }

    /** Within {@code relative} of the larger of 1 and the weight (float32 against double). */
    private static void assertSameSteps(Optimizer engine, UpdateRule rule, double relative) {
        double[][] expected = LossSurface.elongatedValley().path(rule, -7, 2, STEPS);
        double[][] actual = engineSteps(engine);
        assertEquals(expected.length, actual.length);
        for (int t = 0; t <= STEPS; t++) {
            for (int k = 0; k < 2; k++) {
                double tol = relative * Math.max(1, Math.abs(expected[t][k]));
                assertEquals(expected[t][k], actual[t][k], tol, rule.label() + " vs " + engine + ": step " + t + ", w" + (k + 1));
            }
        }
    }

    @Test
    void theEngineSeesTheValleysGradient() {
        assertSameSteps(Optimizers.sgd(0.95), new GradientDescentRule(0.95));
    }

    @Test
    void momentumMatchesTheEngine() {
        assertSameSteps(Optimizers.sgd(0.1, 0.9), new MomentumRule(0.1, 0.9));
    }

    @Test
    void rmsPropMatchesTheEngine() {
        assertSameSteps(Optimizers.rmsprop(0.3), new RmsPropRule(0.3, 0.9, 1e-7));
    }

    @Test
    void adaGradMatchesTheEngine() {
        // Keras starts the sum of squares at 0.1 (the paper at 0) and puts epsilon inside the root
        assertSameSteps(Optimizers.adagrad(1.5), new AdaGradRule(1.5).initialAccumulator(0.1));
    }

    @Test
    void adaDeltaMatchesTheEngine() {
        // the paper's rule is learning rate 1; its first steps are about sqrt(eps / (1 - rho)) = 0.0014
        // long, so the tolerance is absolute and small (a float32 ulp at 7 is 5e-7)
        assertSameSteps(Optimizers.adadelta(1.0), new AdaDeltaRule(0.95, 1e-7), 3e-7);
        assertSameSteps(Optimizers.adadelta(50), new AdaDeltaRule(0.95, 1e-7, 50));
    }

    @Test
    void adamMatchesTheEngine() {
        assertSameSteps(Optimizers.adam(0.3), new AdamRule(0.3, 0.9, 0.999, 1e-7));
    }
}
