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
 * RMSProp: s = rho*s + (1-rho)*g^2; w -= lr*g/sqrt(s + eps), with eps inside the root as in Keras 3's
 * RMSprop and TensorFlow's ApplyRMSProp. Keras' defaults: rho 0.9, eps 1e-7. State: the mean square
 * and TensorFlow's (unused, zero) momentum slot.
 */
final class RmsPropOptimizer extends Optimizer {
    static final String NAME = "rmsprop";
    static final double DEFAULT_RHO = 0.9;
    private final double rho;
    private final double epsilon;

    RmsPropOptimizer(double learningRate, double rho, double epsilon) {
        super(learningRate);
        this.rho = rho;
        this.epsilon = epsilon;
    }

    /** This optimiser from a model file's settings (public because it hides {@link Optimizer#fromConfig}). */
    public static RmsPropOptimizer fromConfig(Map<String, String> c) {
        return new RmsPropOptimizer(setting(c, "learning_rate"), setting(c, "rho"), setting(c, "epsilon"));
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
    public <T extends TFloating> Op apply(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots, Operand<T> grad,
                                          Operand<T> lr, Operand<T> beta1Power, Operand<T> beta2Power) {
        return tf.train.applyRmsProp(var, slots.get(0), slots.get(1), lr, net.scalar(rho), net.scalar(0.0),
                net.scalar(epsilon), grad);
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
        Variable<T> ms = slots.get(0);
        Operand<T> s = tf.assign(ms, tf.math.add(tf.math.mul(net.scalar(rho), ms),
                tf.math.mul(net.scalar(1 - rho), squares)));
        return tf.assignSub(var, tf.math.div(tf.math.mul(lr, grad), tf.math.sqrt(tf.math.add(s, eps))));
    }

    @Override
    public GradientOptimiser tribuo(Map<String, Float> params) {
        params.put("decay", (float) rho);
        params.put("momentum", 0f);
        params.put("epsilon", (float) epsilon);
        return GradientOptimiser.RMSPROP;
    }

    @Override
    void writeSettings(Map<String, String> c) {
        c.put("optimizer.rho", Double.toString(rho));
        c.put("optimizer.epsilon", Double.toString(epsilon));
    }

    @Override
    public String toString() {
        return "RMSProp(lr=" + learningRate() + ", rho=" + rho + ")";
    }
}
