package org.dlcourse.nn.train;

import org.dlcourse.nn.layer.Activation;
import org.dlcourse.nn.layer.Net;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

import java.util.Locale;

/**
 * A training loss, averaged over the batch; create with {@link Losses}.
 *
 * <p>Cross-entropies after a softmax or sigmoid output are computed from the layer's logits
 * (the numerically stable form: no log of a rounded-to-zero probability).
 */
public final class Loss {
    /** The supported losses. */
    public enum Kind {
        /** Mean squared error. */
        MSE,
        /** Mean absolute error. */
        MAE,
        /** Binary cross-entropy for one sigmoid output and 0/1 targets. */
        BINARY_CROSSENTROPY,
        /** Categorical cross-entropy for a softmax output; integer labels or one-hot targets. */
        CATEGORICAL_CROSSENTROPY
    }

    /** Clip for the probability forms of cross-entropy, as Keras' epsilon. */
    private static final double EPSILON = 1e-7;

    private final Kind kind;

    Loss(Kind kind) {
        this.kind = kind;
    }

    /** The kind of loss. */
    public Kind kind() {
        return kind;
    }

    /** The Keras name, e.g. {@code categorical_crossentropy}. */
    public String kerasName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Parses a Keras name (as written by {@link #kerasName()}; {@code sparse_...} is accepted). */
    public static Loss parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "mse": case "mean_squared_error": return new Loss(Kind.MSE);
            case "mae": case "mean_absolute_error": return new Loss(Kind.MAE);
            case "binary_crossentropy": return new Loss(Kind.BINARY_CROSSENTROPY);
            case "categorical_crossentropy": case "sparse_categorical_crossentropy":
                return new Loss(Kind.CATEGORICAL_CROSSENTROPY);
            default:
                throw new IllegalArgumentException("Unknown loss '" + name
                        + "': use mse, mae, binary_crossentropy or categorical_crossentropy");
        }
    }

    /**
     * The mean loss over the batch, added to a graph (engine-internal: public for the graph builder).
     *
     * @param logits     the last layer before its activation
     * @param output     the last layer's output
     * @param activation the last layer's activation
     * @param target     targets of the output's shape
     */
    public <T extends TFloating> Operand<T> build(Net<T> net, Operand<T> logits, Operand<T> output, Activation activation,
                                                  Operand<T> target) {
        Ops tf = net.tf;
        switch (kind) {
            case MSE:
                return tf.math.mean(tf.math.square(tf.math.sub(output, target)), tf.constant(new int[] {0, 1}));
            case MAE:
                return tf.math.mean(tf.math.abs(tf.math.sub(output, target)), tf.constant(new int[] {0, 1}));
            case BINARY_CROSSENTROPY: {
                if (activation == Activation.SIGMOID) {
                    // max(z, 0) - z*y + log(1 + exp(-|z|)): stable for large |z|
                    Operand<T> perElement = tf.math.add(tf.math.sub(tf.nn.relu(logits), tf.math.mul(logits, target)),
                            tf.math.log1p(tf.math.exp(tf.math.neg(tf.math.abs(logits)))));
                    return tf.math.mean(perElement, tf.constant(new int[] {0, 1}));
                }
                Operand<T> p = clip(net, output);
                Operand<T> one = net.scalar(1.0);
                Operand<T> ll = tf.math.add(tf.math.mul(target, tf.math.log(p)),
                        tf.math.mul(tf.math.sub(one, target), tf.math.log(tf.math.sub(one, p))));
                return tf.math.neg(tf.math.mean(ll, tf.constant(new int[] {0, 1})));
            }
            case CATEGORICAL_CROSSENTROPY: {
                if (activation == Activation.SOFTMAX) {
                    // -sum(y * log_softmax(z)): stable, and its gradient also builds in float64 graphs
                    // (the C API's SoftmaxCrossEntropyWithLogits gradient mixes in a float32 constant).
                    Operand<T> perExample = tf.math.neg(tf.reduceSum(tf.math.mul(target, tf.nn.logSoftmax(logits)),
                            tf.constant(1)));
                    return tf.math.mean(perExample, tf.constant(0));
                }
                Operand<T> perExample = tf.math.neg(tf.reduceSum(tf.math.mul(target, tf.math.log(clip(net, output))),
                        tf.constant(1)));
                return tf.math.mean(perExample, tf.constant(0));
            }
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    private static <T extends TFloating> Operand<T> clip(Net<T> net, Operand<T> p) {
        return net.tf.math.minimum(net.tf.math.maximum(p, net.scalar(EPSILON)), net.scalar(1.0 - EPSILON));
    }

    @Override
    public String toString() {
        return kerasName();
    }
}
