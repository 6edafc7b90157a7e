package org.dlcourse.nn.train;

import org.dlcourse.nn.layer.Embedding;
import org.dlcourse.nn.layer.Net;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

import java.util.List;

/**
 * An optimiser whose update is written in ops from the gradient and the sum of squared gradients
 * (AdaGrad, AdaDelta): the squares are g^2 for a dense variable and, for an embedding table, the
 * squares of each looked-up row summed per row, as Keras updates a table from its sparse gradient
 * (see {@link Embedding}). One rule serves both.
 */
abstract class SquaredGradientOptimizer extends Optimizer {
    SquaredGradientOptimizer(double learningRate) {
        super(learningRate);
    }

    /** The update from the gradient {@code grad} and the summed squared gradients {@code squares}. */
    abstract <T extends TFloating> Op update(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                             Operand<T> grad, Operand<T> squares, Operand<T> lr);

    @Override
    public final <T extends TFloating> Op apply(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots, Operand<T> grad,
                                                Operand<T> lr, Operand<T> beta1Power, Operand<T> beta2Power) {
        return update(net, tf, var, slots, grad, tf.math.square(grad), lr);
    }

    @Override
    public final boolean updatesPerOccurrence() {
        return true;
    }

    @Override
    public final <T extends TFloating> Op applyPerOccurrence(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                                             Operand<T> grad, Operand<T> squares, Operand<T> lr,
                                                             Operand<T> beta1Power, Operand<T> beta2Power) {
        return update(net, tf, var, slots, grad, squares, lr);
    }
}
