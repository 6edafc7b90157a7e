package org.dlcourse.descent;

/**
 * One optimiser's update rule, written out in plain Java: given the weights and the gradient of
 * the loss at them, move the weights one step. Rules with memory (momentum, running averages of
 * squared gradients) keep it in the rule object, one value per weight, created on the first step.
 *
 * <pre>{@code
 * UpdateRule adam = new AdamRule(0.3);
 * double[] w = {-7, 2};
 * for (int t = 0; t < 30; t++) adam.step(w, surface.gradient(w));
 * }</pre>
 */
public interface UpdateRule {
    /**
     * Moves {@code w} (in place) one step using the gradient {@code g} of the loss at {@code w}.
     *
     * @throws IllegalArgumentException if the lengths differ, or differ from the first step's
     */
    void step(double[] w, double[] g);

    /** A short label with the hyperparameters, e.g. {@code Adam (lr 0.3)}. */
    String label();

    /** The same rule and hyperparameters with an empty memory, as before the first step. */
    UpdateRule fresh();

    /** Checks the arguments of {@link #step} and returns their length. */
    static int checkStep(double[] w, double[] g, double[] state) {
        if (w == null || g == null) {
            throw new IllegalArgumentException("step needs the weights and their gradient, got "
                    + (w == null ? "null weights" : "a null gradient"));
        }
        if (w.length != g.length) {
            throw new IllegalArgumentException("The gradient has " + g.length + " values but there are " + w.length
                    + " weights: one partial derivative per weight");
        }
        if (state != null && state.length != w.length) {
            throw new IllegalArgumentException("This rule has stepped " + state.length + " weights before and now gets "
                    + w.length + ": use fresh() for another set of weights");
        }
        return w.length;
    }

    /** Rejects a learning rate that is not a positive number. */
    static double checkRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive number, was " + learningRate);
        }
        return learningRate;
    }

    /** Rejects a decay rate (momentum, rho, beta) outside [0, 1). */
    static double checkDecay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
        return value;
    }

    /** Rejects an epsilon that is negative or not finite. */
    static double checkEpsilon(double epsilon) {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a small number >= 0, was " + epsilon);
        }
        return epsilon;
    }
}
