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
 * Adam (Kingma and Ba) with the bias-corrected learning rate, as Keras: m and v (two slots) move
 * towards g and g^2; w -= lr*sqrt(1-beta2^t)/(1-beta1^t) * m/(sqrt(v) + eps). The beta powers are
 * computed in Java from the step number and fed. Keras' defaults: beta1 0.9, beta2 0.999, eps 1e-7.
 */
final class AdamOptimizer extends Optimizer {
    static final String NAME = "adam";
    static final double DEFAULT_BETA1 = 0.9;
    static final double DEFAULT_BETA2 = 0.999;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    AdamOptimizer(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** This optimiser from a model file's settings (public because it hides {@link Optimizer#fromConfig}). */
    public static AdamOptimizer fromConfig(Map<String, String> c) {
        return new AdamOptimizer(setting(c, "learning_rate"), setting(c, "beta1"), setting(c, "beta2"),
                setting(c, "epsilon"));
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
    public boolean usesBetaPowers() {
        return true;
    }

    @Override
    public double beta1Power(long step) {
        return Math.pow(beta1, step);
    }

    @Override
    public double beta2Power(long step) {
        return Math.pow(beta2, step);
    }

    @Override
    public <T extends TFloating> Op apply(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots, Operand<T> grad,
                                          Operand<T> lr, Operand<T> beta1Power, Operand<T> beta2Power) {
        return tf.train.applyAdam(var, slots.get(0), slots.get(1), beta1Power, beta2Power, lr,
                net.scalar(beta1), net.scalar(beta2), net.scalar(epsilon), grad);
    }

    @Override
    public boolean updatesPerOccurrence() {
        return true;
    }

    @Override
    public <T extends TFloating> Op applyPerOccurrence(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                                       Operand<T> grad, Operand<T> squares, Operand<T> lr,
                                                       Operand<T> beta1Power, Operand<T> beta2Power) {
        Operand<T> eps = net.scalar(epsilon);
        Variable<T> m0 = slots.get(0);
        Variable<T> v0 = slots.get(1);
        Operand<T> m = tf.assign(m0, tf.math.add(m0, tf.math.mul(tf.math.sub(grad, m0), net.scalar(1 - beta1))));
        Operand<T> v = tf.assign(v0, tf.math.add(v0, tf.math.mul(tf.math.sub(squares, v0), net.scalar(1 - beta2))));
        Operand<T> one = net.scalar(1.0);
        Operand<T> alpha = tf.math.div(tf.math.mul(lr, tf.math.sqrt(tf.math.sub(one, beta2Power))),
                tf.math.sub(one, beta1Power));
        return tf.assignSub(var, tf.math.div(tf.math.mul(m, alpha), tf.math.add(tf.math.sqrt(v), eps)));
    }

    @Override
    public GradientOptimiser tribuo(Map<String, Float> params) {
        params.put("betaOne", (float) beta1);
        params.put("betaTwo", (float) beta2);
        params.put("epsilon", (float) epsilon);
        return GradientOptimiser.ADAM;
    }

    @Override
    void writeSettings(Map<String, String> c) {
        c.put("optimizer.beta1", Double.toString(beta1));
        c.put("optimizer.beta2", Double.toString(beta2));
        c.put("optimizer.epsilon", Double.toString(epsilon));
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate() + ", beta1=" + beta1 + ", beta2=" + beta2 + ")";
    }
}
