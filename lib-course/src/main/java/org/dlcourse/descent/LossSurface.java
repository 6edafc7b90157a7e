package org.dlcourse.descent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;

/**
 * A loss of two weights {@code (x, y)} with its gradient: a surface to race optimisers on and to
 * draw as contours.
 *
 * <pre>{@code
 * LossSurface valley = LossSurface.elongatedValley();          // x²/20 + y²
 * double[][] path = valley.path(new MomentumRule(0.1, 0.9), -7, 2, 30);
 * Map<String, double[][]> race = valley.race(List.of(new GradientDescentRule(0.95),
 *     new AdamRule(0.3)), -7, 2, 30);
 * }</pre>
 */
public final class LossSurface {
    /** The gradient of a surface at a point. */
    @FunctionalInterface
    public interface Gradient {
        /** The partial derivatives {dL/dx, dL/dy} at {@code (x, y)}. */
        double[] at(double x, double y);
    }

    private final String formula;
    private final DoubleBinaryOperator value;
    private final Gradient gradient;
    private final double[] minimum;

    private LossSurface(String formula, DoubleBinaryOperator value, Gradient gradient, double[] minimum) {
        this.formula = Objects.requireNonNull(formula, "formula");
        this.value = Objects.requireNonNull(value, "value");
        this.gradient = Objects.requireNonNull(gradient, "gradient");
        this.minimum = minimum.clone();
    }

    /**
     * A surface of your own.
     *
     * @param formula  how it is written, for titles (e.g. {@code "x² + 3y²"})
     * @param value    the loss at (x, y)
     * @param gradient its partial derivatives
     * @param minimum  where the loss is smallest, {x, y} (marked on plots)
     */
    public static LossSurface of(String formula, DoubleBinaryOperator value, Gradient gradient, double... minimum) {
        if (minimum == null || minimum.length != 2) {
            throw new IllegalArgumentException("The minimum is a point {x, y}");
        }
        return new LossSurface(formula, value, gradient, minimum);
    }

    /**
     * The elongated valley {@code L = x²/20 + y²}: twenty times steeper across (y) than along (x).
     * Its minimum is 0 at (0, 0); the gradient is {@code (x/10, 2y)}. A learning rate that is safe
     * across the valley (below 1) is tiny along it, so plain gradient descent zigzags.
     */
    public static LossSurface elongatedValley() {
        return quadratic(1.0 / 20, 1, "x²/20 + y²");
    }

    /** The bowl {@code a·x² + b·y²} (a, b > 0), minimum 0 at (0, 0). */
    public static LossSurface quadratic(double a, double b) {
        return quadratic(a, b, Labels.number(a) + "·x² + " + Labels.number(b) + "·y²");
    }

    private static LossSurface quadratic(double a, double b, String formula) {
        if (!(a > 0) || !(b > 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("A bowl a·x² + b·y² needs a, b > 0, was " + a + ", " + b);
        }
        return new LossSurface(formula, (x, y) -> a * x * x + b * y * y,
                (x, y) -> new double[] {2 * a * x, 2 * b * y}, new double[] {0, 0});
    }

    /**
     * Rosenbrock's banana valley {@code (1 − x)² + 100·(y − x²)²}: a curved, flat-bottomed valley
     * with its minimum 0 at (1, 1).
     */
    public static LossSurface rosenbrock() {
        return new LossSurface("(1 − x)² + 100·(y − x²)²",
                (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
                (x, y) -> new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)},
                new double[] {1, 1});
    }

    /** The formula, e.g. {@code x²/20 + y²}. */
    public String formula() {
        return formula;
    }

    /** Where the loss is smallest, {x, y}. */
    public double[] minimum() {
        return minimum.clone();
    }

    /** The loss at (x, y). */
    public double value(double x, double y) {
        return value.applyAsDouble(x, y);
    }

    /** The partial derivatives {dL/dx, dL/dy} at (x, y). */
    public double[] gradient(double x, double y) {
        double[] g = gradient.at(x, y);
        if (g == null || g.length != 2) {
            throw new IllegalStateException("The gradient of '" + formula + "' must have two values");
        }
        return g.clone();
    }

    /**
     * The points {@code rule} visits from {@code (x0, y0)} in {@code steps} steps, start first:
     * {@code steps + 1} rows {x, y}. The rule is used as given (call {@link UpdateRule#fresh()} to
     * start it again).
     *
     * @throws ArithmeticException if the weights become NaN or infinite (the rule diverged)
     */
    public double[][] path(UpdateRule rule, double x0, double y0, int steps) {
        Objects.requireNonNull(rule, "rule");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        }
        double[][] points = new double[steps + 1][];
        double[] w = {x0, y0};
        points[0] = w.clone();
        for (int t = 1; t <= steps; t++) {
            rule.step(w, gradient(w[0], w[1]));
            if (!Double.isFinite(w[0]) || !Double.isFinite(w[1])) {
                throw new ArithmeticException(rule.label() + " diverged on " + formula + " at step " + t
                        + ": lower its learning rate");
            }
            points[t] = w.clone();
        }
        return points;
    }

    /**
     * Every rule from the same start for the same number of steps, each from a fresh state: label
     * to path, in the order given.
     */
    public Map<String, double[][]> race(List<UpdateRule> rules, double x0, double y0, int steps) {
        Map<String, double[][]> paths = new LinkedHashMap<>();
        for (UpdateRule rule : rules) {
            if (paths.put(rule.label(), path(rule.fresh(), x0, y0, steps)) != null) {
                throw new IllegalArgumentException("Two rules have the label '" + rule.label() + "'");
            }
        }
        return paths;
    }

    /** The loss at each point of a path. */
    public double[] losses(double[][] path) {
        double[] l = new double[path.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = value(path[i][0], path[i][1]);
        }
        return l;
    }

    @Override
    public String toString() {
        return "LossSurface[" + formula + "]";
    }
}
