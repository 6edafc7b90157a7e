package org.dlcourse.descent;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Each update rule's first steps computed by hand from its formula. */
class UpdateRulesTest {
    private static final double TOL = 1e-12;

    private static double[] step(UpdateRule rule, double[] w, double... g) {
        rule.step(w, g);
        return w;
    }

    @Test
    void gradientDescentMovesAgainstTheGradient() {
        double[] w = step(new GradientDescentRule(0.1), new double[] {1, -2}, 4, -3);
        assertArrayEquals(new double[] {1 - 0.4, -2 + 0.3}, w, TOL);
    }

    @Test
    void momentumAddsUpRepeatedSteps() {
        MomentumRule rule = new MomentumRule(0.1, 0.9);
        double[] w = {0};
        step(rule, w, 1);              // v = -0.1
        assertEquals(-0.1, w[0], TOL);
        step(rule, w, 1);              // v = 0.9 * -0.1 - 0.1 = -0.19
        assertEquals(-0.29, w[0], TOL);
        step(rule, w, -1);             // v = 0.9 * -0.19 + 0.1 = -0.071: still moving the same way
        assertEquals(-0.361, w[0], TOL);
    }

    @Test
    void adaGradDividesBySumOfSquares() {
        AdaGradRule rule = new AdaGradRule(1.0).epsilon(0);
        double[] w = {0, 0};
        step(rule, w, 2, 0.5);         // r = (4, 0.25): both weights move by lr * sign(g) = 1
        assertArrayEquals(new double[] {-1, -1}, w, TOL);
        step(rule, w, 2, 0.5);         // r = (8, 0.5): steps 2/sqrt(8), 0.5/sqrt(0.5)
        assertArrayEquals(new double[] {-1 - 2 / Math.sqrt(8), -1 - 0.5 / Math.sqrt(0.5)}, w, TOL);
        AdaGradRule keras = new AdaGradRule(1.0).epsilon(0).initialAccumulator(0.1);
        double[] k = step(keras, new double[] {0}, 1);
        assertEquals(-1 / Math.sqrt(1.1), k[0], TOL);
    }

    @Test
    void adaDeltaFirstStepIsAboutSqrtEpsilon() {
        double rho = 0.95, eps = 1e-6, g = 3;
        AdaDeltaRule rule = new AdaDeltaRule(rho, eps);
        double[] w = step(rule, new double[] {0}, g);
        double eg2 = (1 - rho) * g * g;
        double dx = -Math.sqrt(eps) / Math.sqrt(eg2 + eps) * g;
        assertEquals(dx, w[0], TOL);
        assertEquals(-Math.sqrt(eps / (1 - rho)), w[0], 1e-8, "first step ~ sqrt(eps / (1 - rho)) whatever g");
        // second step uses the running average of squared steps
        double eg2b = rho * eg2 + (1 - rho) * g * g;
        double edx2 = (1 - rho) * dx * dx;
        double dx2 = -Math.sqrt(edx2 + eps) / Math.sqrt(eg2b + eps) * g;
        step(rule, w, g);
        assertEquals(dx + dx2, w[0], TOL);
        AdaDeltaRule scaled = new AdaDeltaRule(rho, eps, 0.5);
        assertEquals(0.5 * dx, step(scaled, new double[] {0}, g)[0], TOL);
    }

    @Test
    void rmsPropUsesRunningMeanOfSquares() {
        RmsPropRule rule = new RmsPropRule(0.01, 0.9, 0);
        double[] w = step(rule, new double[] {0}, 2);   // s = 0.4
        assertEquals(-0.01 * 2 / Math.sqrt(0.4), w[0], TOL);
        step(rule, w, 2);                                // s = 0.36 + 0.4 = 0.76
        assertEquals(-0.01 * 2 / Math.sqrt(0.4) - 0.01 * 2 / Math.sqrt(0.76), w[0], TOL);
    }

    @Test
    void adamFirstStepIsTheLearningRateWhateverTheGradient() {
        for (double g : new double[] {1e-3, 1, 250}) {
            double[] w = step(new AdamRule(0.3, 0.9, 0.999, 0), new double[] {5}, g);
            assertEquals(5 - 0.3, w[0], 1e-12, "bias correction makes m̂ = g and v̂ = g², step = α");
        }
        AdamRule rule = new AdamRule(0.1);
        double[] w = {0};
        step(rule, w, 1);
        step(rule, w, 3);
        double m = 0.9 * 0.1 + 0.1 * 3, v = 0.999 * 0.001 + 0.001 * 9;
        double second = 0.1 * (m / (1 - 0.81)) / (Math.sqrt(v / (1 - 0.999 * 0.999)) + 1e-8);
        assertEquals(-0.1 * 1 / (1 + 1e-8) - second, w[0], 1e-12);
    }

    @Test
    void freshForgetsTheMemory() {
        UpdateRule rule = new MomentumRule(0.1, 0.9);
        double[] a = {0};
        rule.step(a, new double[] {1});
        rule.step(a, new double[] {1});
        double[] b = {0};
        rule.fresh().step(b, new double[] {1});
        assertEquals(-0.1, b[0], TOL);
        assertEquals(rule.label(), rule.fresh().label());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThrows(IllegalArgumentException.class, () -> new GradientDescentRule(0));
        assertThrows(IllegalArgumentException.class, () -> new MomentumRule(0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AdaDeltaRule(0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> new AdamRule(0.1, 0.9, 1.0, 1e-8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdamRule(0.1).step(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("one partial derivative per weight"), e.getMessage());
        UpdateRule used = new RmsPropRule(0.1);
        used.step(new double[2], new double[2]);
        e = assertThrows(IllegalArgumentException.class, () -> used.step(new double[3], new double[3]));
        assertTrue(e.getMessage().contains("fresh()"), e.getMessage());
    }

    @Test
    void labelsShowTheHyperparameters() {
        assertEquals("GD (lr 0.95)", new GradientDescentRule(0.95).label());
        assertEquals("Momentum (lr 0.1, μ 0.9)", new MomentumRule(0.1, 0.9).label());
        assertEquals("AdaDelta (ρ 0.95, ε 1e-06)", new AdaDeltaRule(0.95, 1e-6).label());
        assertEquals("Adam (lr 0.001)", new AdamRule(1e-3).label());
    }

    @Test
    void gradientDescentOnABowlShrinksGeometrically() {
        LossSurface bowl = LossSurface.quadratic(0.5, 2);     // gradient (x, 4y)
        double[][] path = bowl.path(new GradientDescentRule(0.1), 1, 1, 5);
        for (int t = 0; t <= 5; t++) {
            assertEquals(Math.pow(0.9, t), path[t][0], TOL);
            assertEquals(Math.pow(0.6, t), path[t][1], TOL);
        }
    }

    @Test
    void surfaceGradientsMatchFiniteDifferences() {
        for (LossSurface s : List.of(LossSurface.elongatedValley(), LossSurface.rosenbrock(),
                LossSurface.quadratic(3, 0.25))) {
            for (double[] p : new double[][] {{-7, 2}, {0.3, -1.2}, {1.5, 0.5}}) {
                double h = 1e-6;
                double[] g = s.gradient(p[0], p[1]);
                double gx = (s.value(p[0] + h, p[1]) - s.value(p[0] - h, p[1])) / (2 * h);
                double gy = (s.value(p[0], p[1] + h) - s.value(p[0], p[1] - h)) / (2 * h);
                assertEquals(gx, g[0], 1e-4 * Math.max(1, Math.abs(gx)), s + " d/dx at " + p[0] + "," + p[1]);
                assertEquals(gy, g[1], 1e-4 * Math.max(1, Math.abs(gy)), s + " d/dy");
            }
            double[] m = s.minimum();
            assertEquals(0, s.value(m[0], m[1]), TOL);
        }
    }

    @Test
    void raceStartsEveryRuleFreshFromTheSamePoint() {
        LossSurface valley = LossSurface.elongatedValley();
        UpdateRule adam = new AdamRule(0.3);
        adam.step(new double[] {1, 1}, new double[] {1, 1});  // a used rule: the race must not inherit its memory
        Map<String, double[][]> race = valley.race(List.of(new GradientDescentRule(0.95), adam), -7, 2, 30);
        assertEquals(List.of("GD (lr 0.95)", "Adam (lr 0.3)"), List.copyOf(race.keySet()));
        assertArrayEquals(valley.path(new AdamRule(0.3), -7, 2, 30)[30], race.get("Adam (lr 0.3)")[30], TOL);
        for (double[][] p : race.values()) {
            assertEquals(31, p.length);
            assertArrayEquals(new double[] {-7, 2}, p[0]);
            assertTrue(valley.losses(p)[30] < valley.value(-7, 2) / 10, "30 steps get well down the valley");
        }
        assertThrows(IllegalArgumentException.class,
                () -> valley.race(List.of(new AdamRule(0.3), new AdamRule(0.3)), 0, 0, 1));
    }

    @Test
    void divergingPathSaysSo() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> LossSurface.elongatedValley().path(new GradientDescentRule(5), -7, 2, 2000));
        assertTrue(e.getMessage().contains("lower its learning rate"), e.getMessage());
    }
}
