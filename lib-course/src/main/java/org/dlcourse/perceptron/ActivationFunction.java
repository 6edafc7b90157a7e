package org.dlcourse.perceptron;

/**
 * The four activation functions (활성화 함수) that deck 001 lists, written out with their
 * derivatives: what a layer applies to its weighted input {@code z}, and the factor by which
 * back-propagation multiplies a gradient on its way through that layer.
 *
 * <pre>{@code
 * ActivationFunction.SIGMOID.apply(0)        // 0.5
 * ActivationFunction.SIGMOID.derivative(0)   // 0.25, the largest it gets
 * ActivationFunction.RELU.derivative(-2)     // 0: no gradient flows back
 * }</pre>
 *
 * <p>The engine's layers use TensorFlow's own versions ({@code org.dlcourse.nn.layer.Activation}); these
 * are for figures and computations by hand. At {@code z = 0}, where ReLU has no derivative, the
 * derivative is taken as 0, as TensorFlow does.
 */
public enum ActivationFunction {
    /** {@code 1 / (1 + e^-z)}, the logistic function; derivative {@code s(1 - s)}, at most 0.25. */
    SIGMOID("sigmoid"),
    /** {@code (e^z - e^-z) / (e^z + e^-z)}; derivative {@code 1 - tanh^2}, at most 1. */
    TANH("tanh"),
    /** {@code max(0, z)}; derivative 1 for positive z, 0 otherwise. */
    RELU("ReLU"),
    /** {@code z} for positive z, {@link #LEAKY_SLOPE}{@code  * z} otherwise; derivative 1 or the slope. */
    LEAKY_RELU("leaky ReLU");

    /**
     * The slope of {@link #LEAKY_RELU} for negative z: 0.1, large enough to see in a figure (the
     * same as {@code TeachingFigures.activations()}); Maas et al. (2013) used 0.01, Keras's
     * {@code LeakyReLU} layer defaults to 0.3.
     */
    public static final double LEAKY_SLOPE = 0.1;

    private final String label;

    ActivationFunction(String label) {
        this.label = label;
    }

    /** The name figures show, e.g. {@code leaky ReLU}. */
    public String label() {
        return label;
    }

    /** The activation of a weighted input {@code z}. */
    public double apply(double z) {
        switch (this) {
            case SIGMOID:
                return 1 / (1 + Math.exp(-z));
            case TANH:
                return Math.tanh(z);
            case RELU:
                return z > 0 ? z : 0;
            default:
                return z > 0 ? z : LEAKY_SLOPE * z;
        }
    }

    /** The derivative {@code d apply(z) / dz}. */
    public double derivative(double z) {
        switch (this) {
            case SIGMOID:
                double s = apply(z);
                return s * (1 - s);
            case TANH:
                double t = Math.tanh(z);
                return 1 - t * t;
            case RELU:
                return z > 0 ? 1 : 0;
            default:
                return z > 0 ? 1 : LEAKY_SLOPE;
        }
    }

    /** {@link #apply(double)} on every value (a new array). */
    public double[] apply(double[] z) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = apply(z[i]);
        }
        return out;
    }

    /** {@link #derivative(double)} on every value (a new array). */
    public double[] derivative(double[] z) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = derivative(z[i]);
        }
        return out;
    }
}
