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
 * Stochastic gradient descent, optionally with momentum: v = m*v + g; w -= lr*v (TensorFlow's
 * ApplyMomentum, as Keras without Nesterov). State: one velocity slot with momentum, none without.
 */
final class SgdOptimizer extends Optimizer {
    static final String NAME = "sgd";
    private final double momentum;

    SgdOptimizer(double learningRate, double momentum) {
        super(learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("Momentum must be in [0, 1), got " + momentum
                    + ": e.g. Optimizers.sgd(0.01, 0.9); 0 is plain SGD, 1 or more never forgets old gradients and diverges");
        }
        this.momentum = momentum;
    }

    /** This optimiser from a model file's settings (public because it hides {@link Optimizer#fromConfig}). */
    public static SgdOptimizer fromConfig(Map<String, String> c) {
        return new SgdOptimizer(setting(c, "learning_rate"), setting(c, "momentum"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double momentum() {
        return momentum;
    }

    @Override
    int slotCount() {
        return momentum > 0 ? 1 : 0;
    }

    @Override
    public <T extends TFloating> Op apply(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots, Operand<T> grad,
                                          Operand<T> lr, Operand<T> beta1Power, Operand<T> beta2Power) {
        if (momentum > 0) {
            return tf.train.applyMomentum(var, slots.get(0), lr, grad, net.scalar(momentum));
        }
        return tf.train.applyGradientDescent(var, lr, grad);
    }

    @Override
    public GradientOptimiser tribuo(Map<String, Float> params) {
        if (momentum > 0) {
            params.put("momentum", (float) momentum);
            return GradientOptimiser.MOMENTUM;
        }
        return GradientOptimiser.GRADIENT_DESCENT;
    }

    @Override
    void writeSettings(Map<String, String> c) {
        c.put("optimizer.momentum", Double.toString(momentum));
    }

    @Override
    public String toString() {
        return momentum > 0 ? "SGD(lr=" + learningRate() + ", momentum=" + momentum + ")" : "SGD(lr=" + learningRate() + ")";
    }
}
