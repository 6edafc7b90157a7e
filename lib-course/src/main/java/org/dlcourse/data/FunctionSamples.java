package org.dlcourse.data;

import java.util.function.DoubleUnaryOperator;

/**
 * A function sampled at evenly spaced points, e.g. {@code sin x} on [-pi, pi], as training data
 * for a network that should approximate it (universal approximation, chapter 01).
 *
 * <pre>{@code
 * FunctionSamples sine = FunctionSamples.of(Math::sin, -Math.PI, Math.PI, 64);
 * net.fit(sine.inputs(), sine.y(), epochs, rate);
 * }</pre>
 *
 * @param x the sample points, from {@code from} to {@code to} inclusive
 * @param y the function's values at them
 */
public record FunctionSamples(double[] x, double[] y) {
    /**
     * {@code points} evenly spaced samples of {@code f} from {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException if {@code points < 2} or the interval is empty or not finite
     */
    public static FunctionSamples of(DoubleUnaryOperator f, double from, double to, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("Need at least 2 points, got " + points);
        }
        if (!(to > from) || Double.isInfinite(from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("Need finite from < to, got " + from + " and " + to);
        }
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = from + (to - from) * i / (points - 1);
            y[i] = f.applyAsDouble(x[i]);
        }
        return new FunctionSamples(x, y);
    }

    /** The sample points as one-feature rows {@code {{x0}, {x1}, ...}}, a network's input. */
    public double[][] inputs() {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[] {x[i]};
        }
        return rows;
    }
}
