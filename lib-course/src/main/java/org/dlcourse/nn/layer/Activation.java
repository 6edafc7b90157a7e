package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

import java.util.Locale;

/** The activation functions a layer can apply to its output. */
public enum Activation {
    /** max(0, x). */
    RELU,
    /**
     * x for x >= 0, 0.2x below: Keras' {@code leaky_relu} activation, whose {@code negative_slope}
     * defaults to 0.2 (keras.activations.leaky_relu; the LeakyReLU layer's default is 0.3, see
     * {@link Layers#leakyRelu()}).
     */
    LEAKY_RELU,
    /** 1 / (1 + e^-x). */
    SIGMOID,
    /** Hyperbolic tangent. */
    TANH,
    /** exp(x_i) / sum_j exp(x_j) over the last axis. */
    SOFTMAX,
    /** The identity: no activation. */
    LINEAR;

    /**
     * Parses a Keras name: {@code relu, leaky_relu, sigmoid, tanh, softmax, linear} (or {@code none}).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Activation parse(String name) {
        if (name == null) {
            return LINEAR;
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "relu": return RELU;
            case "leaky_relu": return LEAKY_RELU;
            case "sigmoid": return SIGMOID;
            case "tanh": return TANH;
            case "softmax": return SOFTMAX;
            case "linear": case "none": case "": return LINEAR;
            default:
                throw new IllegalArgumentException("Unknown activation '" + name
                        + "': use one of relu, leaky_relu, sigmoid, tanh, softmax, linear");
        }
    }

    /** The slope below 0 of {@link #LEAKY_RELU}. */
    public static final double LEAKY_RELU_SLOPE = 0.2;

    /** The Keras name, e.g. {@code relu}. */
    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    <T extends TFloating> Operand<T> apply(Ops tf, Operand<T> x) {
        switch (this) {
            case RELU: return tf.nn.relu(x);
            case LEAKY_RELU: return leakyRelu(tf, x, LEAKY_RELU_SLOPE);
            case SIGMOID: return tf.math.sigmoid(x);
            case TANH: return tf.math.tanh(x);
            case SOFTMAX: return tf.nn.softmax(x);
            default: return x;
        }
    }

    /** x for x >= 0, slope * x below (TensorFlow's LeakyRelu op, which has a registered gradient). */
    static <T extends TFloating> Operand<T> leakyRelu(Ops tf, Operand<T> x, double slope) {
        return tf.nn.leakyRelu(x, org.tensorflow.op.nn.LeakyRelu.alpha((float) slope));
    }
}
