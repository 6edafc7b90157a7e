package org.dlcourse.descent;

/**
 * Gradient descent with momentum (모멘텀), Polyak's "heavy ball" (1964) in the form of Sutskever
 * et al. (2013) and Keras: a velocity {@code v} remembers past steps, so steps along a valley
 * add up while steps that flip sign across it cancel.
 *
 * <pre>
 * v ← μ·v − η·g
 * w ← w + v
 * </pre>
 *
 * <p>{@code v} starts at 0. TensorFlow writes the same rule as {@code a ← μ·a + g; w ← w − η·a}
 * (with {@code v = −η·a}), identical while η is constant.
 */
public final class MomentumRule implements UpdateRule {
    private final double learningRate;
    private final double momentum;
    private double[] velocity;

    /** Momentum μ (e.g. 0.9) with learning rate η. */
    public MomentumRule(double learningRate, double momentum) {
        this.learningRate = Checks.rate(learningRate);
        this.momentum = Checks.decay("momentum", momentum);
    }

    @Override
    public void step(double[] w, double[] g) {
        int n = Checks.step(w, g, velocity);
        if (velocity == null) {
            velocity = new double[n];
        }
        for (int i = 0; i < n; i++) {
            velocity[i] = momentum * velocity[i] - learningRate * g[i];
            w[i] += velocity[i];
        }
    }

    @Override
    public String label() {
        return "Momentum (lr " + Labels.number(learningRate) + ", μ " + Labels.number(momentum) + ")";
    }

    @Override
    public UpdateRule fresh() {
        return new MomentumRule(learningRate, momentum);
    }
}
