package org.dlcourse.descent;

/**
 * RMSprop (Tieleman and Hinton, Coursera lecture 6e, 2012): divide each weight's gradient by the
 * root of a running average of its recent squared gradients. Unlike AdaGrad the average forgets,
 * so the steps do not shrink for ever.
 *
 * <pre>
 * s ← ρ·s + (1 − ρ)·g²
 * w ← w − η·g / √(s + ε)
 * </pre>
 *
 * <p>{@code s} starts at 0; ρ = 0.9 (Hinton's value and Keras' default). Hinton's slide has
 * no ε; Keras and TensorFlow add ε = 1e-7 inside the root, as here, so that a zero gradient
 * does not divide by zero.
 */
public final class RmsPropRule implements UpdateRule {
    private final double learningRate;
    private final double rho;
    private final double epsilon;
    private double[] meanSquare;

    /** RMSprop with learning rate η, ρ = 0.9 and ε = 1e-7. */
    public RmsPropRule(double learningRate) {
        this(learningRate, 0.9, 1e-7);
    }

    /** RMSprop with every hyperparameter given. */
    public RmsPropRule(double learningRate, double rho, double epsilon) {
        this.learningRate = Checks.rate(learningRate);
        this.rho = Checks.decay("rho", rho);
        this.epsilon = Checks.epsilon(epsilon);
    }

    @Override
    public void step(double[] w, double[] g) {
        int n = Checks.step(w, g, meanSquare);
        if (meanSquare == null) {
            meanSquare = new double[n];
        }
        for (int i = 0; i < n; i++) {
            meanSquare[i] = rho * meanSquare[i] + (1 - rho) * g[i] * g[i];
            w[i] -= learningRate * g[i] / Math.sqrt(meanSquare[i] + epsilon);
        }
    }

    @Override
    public String label() {
        return "RMSprop (lr " + Labels.number(learningRate) + ", ρ " + Labels.number(rho) + ")";
    }

    @Override
    public UpdateRule fresh() {
        return new RmsPropRule(learningRate, rho, epsilon);
    }
}
