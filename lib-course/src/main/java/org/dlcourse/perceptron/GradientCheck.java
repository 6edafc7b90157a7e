package org.dlcourse.perceptron;

import org.dlcourse.data.prep.Differences;

import java.util.function.ToDoubleFunction;

/**
 * Gradients without calculus: nudge one parameter up and down by a small {@code h} and watch the
 * cost, {@code (cost(w + h) - cost(w - h)) / 2h}. Too slow to train with (two cost evaluations
 * per parameter), but the standard way to check a back-propagation written by hand.
 *
 * <pre>{@code
 * double[] numeric = GradientCheck.centralDifferences(p -> cost(p), parameters, 1e-6);
 * double gap = GradientCheck.maxAbsDifference(numeric, backprop);
 * }</pre>
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /**
     * The central-difference gradient of {@code cost} at {@code at}, one parameter at a time.
     * The cost sees a fresh copy of the parameters each call; {@code at} is left as it was.
     *
     * @throws IllegalArgumentException if {@code h} is not a positive finite number or
     *                                  {@code at} is empty
     */
    public static double[] centralDifferences(ToDoubleFunction<double[]> cost, double[] at, double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("The step h must be a positive finite number, got " + h);
        }
        if (at.length == 0) {
            throw new IllegalArgumentException("Need at least one parameter");
        }
        double[] gradient = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            double[] up = at.clone();
            up[k] += h;
            double[] down = at.clone();
            down[k] -= h;
            gradient[k] = (cost.applyAsDouble(up) - cost.applyAsDouble(down)) / (2 * h);
        }
        return gradient;
    }

    /** The largest {@code |a[k] - b[k]|} (as {@link Differences#maxAbs(double[], double[])}). */
    public static double maxAbsDifference(double[] a, double[] b) {
        return Differences.maxAbs(a, b);
    }
}
