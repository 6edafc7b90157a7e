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
 * AdaGrad (Duchi, Hazan and Singer, 2011), written as Keras 3 writes it (keras/src/optimizers/adagrad.py):
 * a = a + g^2; w -= lr * g / sqrt(a + eps). The accumulator {@code a} (one slot) starts at the initial
 * accumulator value (Keras: 0.1), and eps (1e-7) is inside the root as in Keras 3 (TensorFlow's
 * ApplyAdagradV2 adds it outside). Each weight's step shrinks as its squared gradients add up.
 */
final class AdaGradOptimizer extends SquaredGradientOptimizer {
    static final String NAME = "adagrad";
    static final double DEFAULT_INITIAL_ACCUMULATOR = 0.1;
    private final double epsilon;
    private final double initialAccumulator;

    AdaGradOptimizer(double learningRate, double epsilon, double initialAccumulator) {
        super(learningRate);
        this.epsilon = epsilon;
        this.initialAccumulator = initialAccumulator;
    }

    /** Files saved before the initial accumulator was written start it at 0, as they did. */
    public static AdaGradOptimizer fromConfig(Map<String, String> c) {
        return new AdaGradOptimizer(setting(c, "learning_rate"), setting(c, "epsilon"),
                Double.parseDouble(c.getOrDefault("optimizer.initial_accumulator", "0")));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int slotCount() {
        return 1;
    }

    @Override
    double slotInitialValue() {
        return initialAccumulator;
    }

    @Override
    <T extends TFloating> Op update(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                    Operand<T> grad, Operand<T> squares, Operand<T> lr) {
        Operand<T> a = tf.assignAdd(slots.get(0), squares);
        return tf.assignSub(var, tf.math.div(tf.math.mul(lr, grad), tf.math.sqrt(tf.math.add(a, net.scalar(epsilon)))));
    }

    @Override
    public GradientOptimiser tribuo(Map<String, Float> params) {
        params.put("initialAccumulatorValue", (float) initialAccumulator);
        return GradientOptimiser.ADAGRAD;
    }

    @Override
    void writeSettings(Map<String, String> c) {
        c.put("optimizer.epsilon", Double.toString(epsilon));
        c.put("optimizer.initial_accumulator", Double.toString(initialAccumulator));
    }

    @Override
    public String toString() {
        return "AdaGrad(lr=" + learningRate() + ", initial_accumulator=" + initialAccumulator + ")";
    }
}
