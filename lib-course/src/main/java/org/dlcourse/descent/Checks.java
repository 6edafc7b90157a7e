package org.dlcourse.descent;

/** Argument checks shared by the update rules. */
final class Checks {
    private Checks() {
    }

    /** Checks the arguments of {@link UpdateRule#step} and returns their length. */
    static int step(double[] w, double[] g, double[] state) {
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
    static double rate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive number, was " + learningRate);
        }
        return learningRate;
    }

    /** Rejects a decay rate (momentum, rho, beta) outside [0, 1). */
    static double decay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
        return value;
    }

    /** Rejects an epsilon that is negative or not finite. */
    static double epsilon(double epsilon) {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a small number >= 0, was " + epsilon);
        }
        return epsilon;
    }
}
