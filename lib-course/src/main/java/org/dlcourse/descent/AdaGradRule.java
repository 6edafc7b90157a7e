package org.dlcourse.descent;

/**
 * AdaGrad (Duchi, Hazan and Singer, 2011): each weight's step is divided by the root of the sum
 * of all its squared gradients so far. Weights with large gradients slow down, rarely-moved
 * weights keep large steps; the steps only ever shrink.
 *
 * <pre>
 * r ← r + g²
 * w ← w − η·g / (√r + δ)
 * </pre>
 *
 * <p>{@code r} starts at {@link #initialAccumulator(double) r₀} (0 in the paper; Keras starts at
 * 0.1 and puts its ε = 1e-7 inside the root, a difference below 1e-6 once r is not tiny); δ is
 * 1e-7 here.
 */
public final class AdaGradRule implements UpdateRule {
    private final double learningRate;
    private final double epsilon;
    private final double initial;
    private double[] sum;

    /** AdaGrad with learning rate η, δ = 1e-7 and r starting at 0. */
    public AdaGradRule(double learningRate) {
        this(learningRate, 1e-7, 0);
    }

    private AdaGradRule(double learningRate, double epsilon, double initial) {
        this.learningRate = Checks.rate(learningRate);
        this.epsilon = Checks.epsilon(epsilon);
        if (!(initial >= 0) || Double.isInfinite(initial)) {
            throw new IllegalArgumentException("The initial accumulator must be >= 0, was " + initial);
        }
        this.initial = initial;
    }

    /** The same rule with the sum of squares starting at {@code r0} (Keras: 0.1). */
    public AdaGradRule initialAccumulator(double r0) {
        return new AdaGradRule(learningRate, epsilon, r0);
    }

    /** The same rule with another δ. */
    public AdaGradRule epsilon(double delta) {
        return new AdaGradRule(learningRate, delta, initial);
    }

    @Override
    public void step(double[] w, double[] g) {
        int n = Checks.step(w, g, sum);
        if (sum == null) {
            sum = new double[n];
            java.util.Arrays.fill(sum, initial);
        }
        for (int i = 0; i < n; i++) {
            sum[i] += g[i] * g[i];
            w[i] -= learningRate * g[i] / (Math.sqrt(sum[i]) + epsilon);
        }
    }

    @Override
    public String label() {
        return "AdaGrad (lr " + Labels.number(learningRate) + ")";
    }

    @Override
    public UpdateRule fresh() {
        return new AdaGradRule(learningRate, epsilon, initial);
    }
}
