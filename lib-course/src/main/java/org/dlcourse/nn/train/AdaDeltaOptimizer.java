package org.dlcourse.nn.train;

import org.dlcourse.nn.layer.Net;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;
import org.tribuo.interop.tensorflow.GradientOptimiser;

import java.util.List;
import java.util.Map;

/**
 * AdaDelta (Zeiler, 2012), written as Keras 3 writes it (keras/src/optimizers/adadelta.py):
 * s = rho*s + (1-rho)*g^2; d = sqrt(u + eps) / sqrt(s + eps) * g; u = rho*u + (1-rho)*d^2; w -= lr*d,
 * with the running averages {@code s} and {@code u} (two slots) starting at 0. Keras' defaults: rho
 * 0.95, eps 1e-7; Keras 3's learning rate multiplies d (the paper's rule is lr = 1).
 */
final class AdaDeltaOptimizer extends SquaredGradientOptimizer {
    static final String NAME = "adadelta";
    static final double DEFAULT_RHO = 0.95;
    private final double rho;
    private final double epsilon;

    AdaDeltaOptimizer(double learningRate, double rho, double epsilon) {
        super(learningRate);
        this.rho = rho;
        this.epsilon = epsilon;
    }

    /** This optimiser from a model file's settings (public because it hides {@link Optimizer#fromConfig}). */
    public static AdaDeltaOptimizer fromConfig(Map<String, String> c) {
        return new AdaDeltaOptimizer(setting(c, "learning_rate"), setting(c, "rho"), setting(c, "epsilon"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int slotCount() {
        return 2;
    }

    @Override
    <T extends TFloating> Op update(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                    Operand<T> grad, Operand<T> squares, Operand<T> lr) {
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

    @Override
    public GradientOptimiser tribuo(Map<String, Float> params) {
        params.put("rho", (float) rho);
        params.put("epsilon", (float) epsilon);
        return GradientOptimiser.ADADELTA;
    }

    @Override
    void writeSettings(Map<String, String> c) {
        c.put("optimizer.rho", Double.toString(rho));
        c.put("optimizer.epsilon", Double.toString(epsilon));
    }

    @Override
    public String toString() {
        return "AdaDelta(lr=" + learningRate() + ", rho=" + rho + ")";
    }
}
