package org.dlcourse.descent;

/**
 * Adam (Kingma and Ba, 2015, Algorithm 1): momentum's running average of gradients {@code m}
 * and RMSprop's running average of squared gradients {@code v}, both corrected for starting at 0.
 *
 * <pre>
 * t ← t + 1
 * m ← β₁·m + (1 − β₁)·g
 * v ← β₂·v + (1 − β₂)·g²
 * m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
 * w ← w − α·m̂ / (√v̂ + ε)
 * </pre>
 *
 * <p>Defaults are the paper's: β₁ = 0.9, β₂ = 0.999, ε = 1e-8. Keras (ε = 1e-7) and TensorFlow
 * fold the two corrections into the step size, {@code α·√(1 − β₂ᵗ)/(1 − β₁ᵗ)}, and so add ε to
 * {@code √v} rather than {@code √v̂}: the paper's "more efficient" order, the same step up to ε.
 */
public final class AdamRule implements UpdateRule {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[] m;
    private double[] v;
    private long t;

    /** Adam with step size α and the paper's β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public AdamRule(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    /** Adam with every hyperparameter given. */
    public AdamRule(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = Checks.rate(learningRate);
        this.beta1 = Checks.decay("beta1", beta1);
        this.beta2 = Checks.decay("beta2", beta2);
        this.epsilon = Checks.epsilon(epsilon);
    }

    @Override
    public void step(double[] w, double[] g) {
        int n = Checks.step(w, g, m);
        if (m == null) {
            m = new double[n];
            v = new double[n];
        }
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < n; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            double mHat = m[i] / correction1;
            double vHat = v[i] / correction2;
            w[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }

    @Override
    public String label() {
        return "Adam (lr " + Labels.number(learningRate) + ")";
    }

    @Override
    public UpdateRule fresh() {
        return new AdamRule(learningRate, beta1, beta2, epsilon);
    }
}
