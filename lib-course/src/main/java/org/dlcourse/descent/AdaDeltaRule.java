package org.dlcourse.descent;

/**
 * AdaDelta (Zeiler, 2012, Algorithm 1): AdaGrad's ever-growing sum becomes a running average
 * of squared gradients, and the learning rate is replaced by the running RMS of the past steps,
 * so the step has the units of the weight and the paper needs no learning rate.
 *
 * <pre>
 * E[g²]  ← ρ·E[g²] + (1 − ρ)·g²
 * Δw     ← −(√(E[Δw²] + ε) / √(E[g²] + ε))·g
 * E[Δw²] ← ρ·E[Δw²] + (1 − ρ)·Δw²
 * w      ← w + η·Δw            (η = 1 in the paper)
 * </pre>
 *
 * <p>Both averages start at 0, so the first step is √ε / √((1 − ρ)·g²)·|g| ≈ √(ε / (1 − ρ)) long
 * whatever the gradient (0.0045 for the paper's ρ = 0.95, ε = 1e-6): AdaDelta starts slowly and
 * speeds up as {@code E[Δw²]} grows. Keras and TensorFlow multiply the step by a
 * learning rate η (Keras' default 0.001) after the average of squared steps is updated, as here.
 */
public final class AdaDeltaRule implements UpdateRule {
    private final double rho;
    private final double epsilon;
    private final double learningRate;
    private double[] squaredGradients;
    private double[] squaredSteps;

    /** The paper's rule: decay ρ (0.95 in its experiments), ε (1e-6 there), η = 1. */
    public AdaDeltaRule(double rho, double epsilon) {
        this(rho, epsilon, 1);
    }

    /** AdaDelta with a learning rate multiplying each step, as Keras' {@code Adadelta}. */
    public AdaDeltaRule(double rho, double epsilon, double learningRate) {
        this.rho = Checks.decay("rho", rho);
        this.epsilon = Checks.epsilon(epsilon);
        this.learningRate = Checks.rate(learningRate);
        if (epsilon == 0) {
            throw new IllegalArgumentException("AdaDelta needs epsilon > 0: its first step is about sqrt(epsilon)");
        }
    }

    @Override
    public void step(double[] w, double[] g) {
        int n = Checks.step(w, g, squaredGradients);
        if (squaredGradients == null) {
            squaredGradients = new double[n];
            squaredSteps = new double[n];
        }
        for (int i = 0; i < n; i++) {
            squaredGradients[i] = rho * squaredGradients[i] + (1 - rho) * g[i] * g[i];
            double delta = -Math.sqrt(squaredSteps[i] + epsilon) / Math.sqrt(squaredGradients[i] + epsilon) * g[i];
            squaredSteps[i] = rho * squaredSteps[i] + (1 - rho) * delta * delta;
            w[i] += learningRate * delta;
        }
    }

    @Override
    public String label() {
        return "AdaDelta (ρ " + Labels.number(rho) + ", ε " + Labels.number(epsilon)
                + (learningRate == 1 ? "" : ", lr " + Labels.number(learningRate)) + ")";
    }

    @Override
    public UpdateRule fresh() {
        return new AdaDeltaRule(rho, epsilon, learningRate);
    }
}
