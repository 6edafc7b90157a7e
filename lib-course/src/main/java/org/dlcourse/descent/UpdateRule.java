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
}
