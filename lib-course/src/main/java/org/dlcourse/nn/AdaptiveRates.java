package org.dlcourse.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

import java.util.List;

/**
 * The updates of AdaGrad and AdaDelta, written as Keras 3 writes them (keras/src/optimizers/adagrad.py
 * and adadelta.py), with the optimiser's state in its slots. Each takes the gradient {@code g} and
 * the sum of squared gradients {@code squares}: g^2 for a dense variable, the squares of each
 * looked-up row summed per row for an embedding table (as Keras updates a table from its sparse
 * gradient, see {@link Embedding}).
 */
final class AdaptiveRates {
    private AdaptiveRates() {
    }

    /**
     * AdaGrad (Duchi, Hazan and Singer, 2011): a = a + g^2; w = w - lr * g / sqrt(a + eps). The
     * accumulator {@code a} (slot 0) starts at the initial accumulator value (Keras: 0.1), and eps
     * is inside the root as in Keras 3 (TensorFlow's ApplyAdagradV2 adds it outside).
     */
    static <T extends TFloating> Op adagrad(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                           Operand<T> grad, Operand<T> squares, Operand<T> lr, double epsilon) {
        Operand<T> a = tf.assignAdd(slots.get(0), squares);
        return tf.assignSub(var, tf.math.div(tf.math.mul(lr, grad), tf.math.sqrt(tf.math.add(a, net.scalar(epsilon)))));
    }

    /**
     * AdaDelta (Zeiler, 2012): s = rho*s + (1-rho)*g^2; d = -sqrt(u + eps) / sqrt(s + eps) * g;
     * u = rho*u + (1-rho)*d^2; w = w + lr * d, with the running averages {@code s} (slot 0) and
     * {@code u} (slot 1) starting at 0. Keras 3's learning rate multiplies d (the paper's rule is
     * lr = 1).
     */
    static <T extends TFloating> Op adadelta(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                            Operand<T> grad, Operand<T> squares, Operand<T> lr, double rho,
                                            double epsilon) {
        Operand<T> eps = net.scalar(epsilon);
        Variable<T> s0 = slots.get(0);
        Variable<T> u0 = slots.get(1);
        Operand<T> s = tf.assign(s0, tf.math.add(tf.math.mul(net.scalar(rho), s0),
                tf.math.mul(net.scalar(1 - rho), squares)));
        // the ratio is read before u is updated: u's new value depends on it
        Operand<T> ratio = tf.math.div(tf.math.sqrt(tf.math.add(u0, eps)), tf.math.sqrt(tf.math.add(s, eps)));
        Operand<T> delta = tf.math.mul(ratio, grad);
        Operand<T> u = tf.withControlDependencies(List.<Op>of(ratio)).assign(u0, tf.math.add(tf.math.mul(net.scalar(rho), u0),
                tf.math.mul(net.scalar(1 - rho), tf.math.mul(tf.math.square(ratio), squares))));
        return tf.withControlDependencies(List.<Op>of(u)).assignSub(var, tf.math.mul(lr, delta));
    }
}
