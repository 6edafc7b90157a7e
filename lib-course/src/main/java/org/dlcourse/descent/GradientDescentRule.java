package org.dlcourse.descent;

/**
 * Plain gradient descent (경사 하강법), the lecture's rule
 * {@code w <- w - learning rate * (slope in w-space)} (deck 003): every weight moves against its own
 * partial derivative, scaled by one learning rate η.
 *
 * <pre>
 * w ← w − η·g
 * </pre>
 *
 * <p>Whether this is batch, stochastic or mini-batch gradient descent depends only on which
 * examples the gradient {@code g} was averaged over (see {@link MiniBatchDescent}).
 */
public final class GradientDescentRule implements UpdateRule {
    private final double learningRate;

    /** Gradient descent with learning rate η. */
    public GradientDescentRule(double learningRate) {
        this.learningRate = Checks.rate(learningRate);
    }

    @Override
    public void step(double[] w, double[] g) {
        int n = Checks.step(w, g, null);
        for (int i = 0; i < n; i++) {
            w[i] -= learningRate * g[i];
        }
    }

    @Override
    public String label() {
        return "GD (lr " + Labels.number(learningRate) + ")";
    }

    @Override
    public UpdateRule fresh() {
        return new GradientDescentRule(learningRate);
    }
}
