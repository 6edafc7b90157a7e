package org.dlcourse.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gradient-descent optimiser with its learning rate; create with {@link Optimizers}.
 *
 * <p>The update ops are added to the graph by the model itself, all after every gradient of the
 * step, and Adam's bias corrections are computed in Java from the step number and fed: training is
 * bit-for-bit reproducible (TF Java's own Adam updates its beta powers unordered).
 *
 * <p>Embedding tables are updated as Keras updates them from its sparse gradients: the second
 * moments of RMSprop, Adam, AdaGrad and AdaDelta add up the squared gradient of every occurrence of
 * a word in the batch (see {@link Embedding}).
 */
public final class Optimizer {
    /** The supported optimisers. */
    public enum Kind {
        /** Stochastic gradient descent, optionally with momentum: v = m*v + g; w -= lr*v. */
        SGD,
        /**
         * RMSProp: s = rho*s + (1-rho)*g^2; w -= lr*g/sqrt(s + eps), with eps inside the root as in
         * Keras 3's RMSprop and TensorFlow's ApplyRMSProp.
         */
        RMSPROP,
        /** Adam (Kingma and Ba) with bias-corrected learning rate, as Keras. */
        ADAM,
        /**
         * AdaGrad: a = a + g^2; w -= lr*g/sqrt(a + eps), the accumulator starting at 0.1 (Keras 3's
         * {@code initial_accumulator_value}); see {@link AdaptiveRates#adagrad}.
         */
        ADAGRAD,
        /**
         * AdaDelta: s = rho*s + (1-rho)*g^2; d = sqrt(u + eps)/sqrt(s + eps)*g; u = rho*u + (1-rho)*d^2;
         * w -= lr*d, as Keras 3; see {@link AdaptiveRates#adadelta}.
         */
        ADADELTA
    }

    private final Kind kind;
    private final double learningRate;
    private final double momentum;
    private final double rho;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double initialAccumulator;

    Optimizer(Kind kind, double learningRate, double momentum, double rho, double beta1, double beta2, double epsilon) {
        this(kind, learningRate, momentum, rho, beta1, beta2, epsilon, 0);
    }

    Optimizer(Kind kind, double learningRate, double momentum, double rho, double beta1, double beta2, double epsilon,
              double initialAccumulator) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Learning rate must be a positive number, got " + learningRate
                    + ": e.g. 1e-3 (Keras' default for Adam and RMSprop) or 0.01 for SGD; a negative rate would climb"
                    + " the loss instead of descending it");
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("Momentum must be in [0, 1), got " + momentum
                    + ": e.g. Optimizers.sgd(0.01, 0.9); 0 is plain SGD, 1 or more never forgets old gradients and diverges");
        }
        this.kind = kind;
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.rho = rho;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.initialAccumulator = initialAccumulator;
    }

    /** The kind of optimiser. */
    public Kind kind() {
        return kind;
    }

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** The momentum (SGD only; 0 for plain SGD). */
    public double momentum() {
        return momentum;
    }

    /** The decay of the squared-gradient average (RMSprop, AdaDelta). */
    double rho() {
        return rho;
    }

    /** Adam's first-moment decay. */
    double beta1() {
        return beta1;
    }

    /** Adam's second-moment decay. */
    double beta2() {
        return beta2;
    }

    /** The small constant added under the square roots. */
    double epsilon() {
        return epsilon;
    }

    /** AdaGrad's initial accumulator value. */
    double initialAccumulator() {
        return initialAccumulator;
    }

    /**
     * Creates the optimiser's state for one parameter of this shape: its slots (SGD's velocity,
     * RMSprop's mean square, Adam's two moments, AdaGrad's accumulator, AdaDelta's two averages),
     * each with an op setting it to its initial value added to {@code inits} (run when training
     * starts and when compile resets the optimiser).
     */
    <T extends TFloating> List<Variable<T>> createSlots(Net<T> net, Shape shape, List<Op> inits) {
        Ops tf = net.tf;
        List<Variable<T>> own = new ArrayList<>();
        for (int k = 0; k < slotCount(); k++) {
            Variable<T> slot = tf.variable(shape, net.type);
            double init = slotInitialValue(k);
            inits.add(tf.assign(slot, init == 0 ? tf.zeros(tf.constant(shape), net.type)
                    : tf.fill(tf.constant(shape), net.scalar(init))));
            own.add(slot);
        }
        return own;
    }

    private int slotCount() {
        switch (kind) {
            case SGD: return momentum > 0 ? 1 : 0;
            case ADAGRAD: return 1;
            default: return 2;
        }
    }

    /** The value slot {@code k} starts from (and returns to when compile resets the optimiser). */
    private double slotInitialValue(int k) {
        return kind == Kind.ADAGRAD ? initialAccumulator : 0;
    }

    boolean usesBetaPowers() {
        return kind == Kind.ADAM;
    }

    double beta1Power(long step) {
        return Math.pow(beta1, step);
    }

    double beta2Power(long step) {
        return Math.pow(beta2, step);
    }

    /** The update op of one variable. */
    <T extends TFloating> Op apply(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots, Operand<T> grad,
                                   Operand<T> lr, Operand<T> beta1Power, Operand<T> beta2Power) {
        switch (kind) {
            case SGD:
                if (momentum > 0) {
                    return tf.train.applyMomentum(var, slots.get(0), lr, grad, net.scalar(momentum));
                }
                return tf.train.applyGradientDescent(var, lr, grad);
            case RMSPROP:
                return tf.train.applyRmsProp(var, slots.get(0), slots.get(1), lr, net.scalar(rho), net.scalar(0.0),
                        net.scalar(epsilon), grad);
            case ADAM:
                return tf.train.applyAdam(var, slots.get(0), slots.get(1), beta1Power, beta2Power, lr,
                        net.scalar(beta1), net.scalar(beta2), net.scalar(epsilon), grad);
            case ADAGRAD:
                return AdaptiveRates.adagrad(net, tf, var, slots, grad, tf.math.square(grad), lr, epsilon);
            case ADADELTA:
                return AdaptiveRates.adadelta(net, tf, var, slots, grad, tf.math.square(grad), lr, rho, epsilon);
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    /**
     * Whether tables looked up by {@link Embedding} are updated from the gradient of each looked-up
     * row (RMSprop and Adam, whose second moments square those rows one by one in Keras; for SGD the
     * summed gradient gives the same step).
     */
    boolean updatesPerOccurrence() {
        return kind != Kind.SGD;
    }

    /**
     * The update of a looked-up table as Keras makes it from a sparse gradient: {@code grad} is the
     * gradient summed per table row, {@code squares} the sum over the row's occurrences of their
     * squared gradients; the second moment grows by the latter. Rows not looked up decay as in a
     * dense update and do not move.
     */
    <T extends TFloating> Op applyPerOccurrence(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                                Operand<T> grad, Operand<T> squares, Operand<T> lr,
                                                Operand<T> beta1Power, Operand<T> beta2Power) {
        Operand<T> eps = net.scalar(epsilon);
        switch (kind) {
            case RMSPROP: {
                Variable<T> ms = slots.get(0);
                Operand<T> s = tf.assign(ms, tf.math.add(tf.math.mul(net.scalar(rho), ms),
                        tf.math.mul(net.scalar(1 - rho), squares)));
                return tf.assignSub(var, tf.math.div(tf.math.mul(lr, grad), tf.math.sqrt(tf.math.add(s, eps))));
            }
            case ADAM: {
                Variable<T> m0 = slots.get(0);
                Variable<T> v0 = slots.get(1);
                Operand<T> m = tf.assign(m0, tf.math.add(m0, tf.math.mul(tf.math.sub(grad, m0), net.scalar(1 - beta1))));
                Operand<T> v = tf.assign(v0, tf.math.add(v0, tf.math.mul(tf.math.sub(squares, v0), net.scalar(1 - beta2))));
                Operand<T> one = net.scalar(1.0);
                Operand<T> alpha = tf.math.div(tf.math.mul(lr, tf.math.sqrt(tf.math.sub(one, beta2Power))),
                        tf.math.sub(one, beta1Power));
                return tf.assignSub(var, tf.math.div(tf.math.mul(m, alpha), tf.math.add(tf.math.sqrt(v), eps)));
            }
            case ADAGRAD:
                return AdaptiveRates.adagrad(net, tf, var, slots, grad, squares, lr, epsilon);
            case ADADELTA:
                return AdaptiveRates.adadelta(net, tf, var, slots, grad, squares, lr, rho, epsilon);
            default:
                return apply(net, tf, var, slots, grad, lr, beta1Power, beta2Power);
        }
    }

    void writeConfig(Map<String, String> c) {
        c.put("optimizer", kind.name().toLowerCase(Locale.ROOT));
        c.put("optimizer.learning_rate", Double.toString(learningRate));
        c.put("optimizer.momentum", Double.toString(momentum));
        c.put("optimizer.rho", Double.toString(rho));
        c.put("optimizer.beta1", Double.toString(beta1));
        c.put("optimizer.beta2", Double.toString(beta2));
        c.put("optimizer.epsilon", Double.toString(epsilon));
        if (kind == Kind.ADAGRAD) {
            c.put("optimizer.initial_accumulator", Double.toString(initialAccumulator));
        }
    }

    static Optimizer fromConfig(Map<String, String> c) {
        return new Optimizer(Kind.valueOf(c.get("optimizer").toUpperCase(Locale.ROOT)),
                Double.parseDouble(c.get("optimizer.learning_rate")), Double.parseDouble(c.get("optimizer.momentum")),
                Double.parseDouble(c.get("optimizer.rho")), Double.parseDouble(c.get("optimizer.beta1")),
                Double.parseDouble(c.get("optimizer.beta2")), Double.parseDouble(c.get("optimizer.epsilon")),
                Double.parseDouble(c.getOrDefault("optimizer.initial_accumulator", "0")));
    }

    @Override
    public String toString() {
        switch (kind) {
            case SGD: return momentum > 0 ? "SGD(lr=" + learningRate + ", momentum=" + momentum + ")" : "SGD(lr=" + learningRate + ")";
            case RMSPROP: return "RMSProp(lr=" + learningRate + ", rho=" + rho + ")";
            case ADAGRAD: return "AdaGrad(lr=" + learningRate + ", initial_accumulator=" + initialAccumulator + ")";
            case ADADELTA: return "AdaDelta(lr=" + learningRate + ", rho=" + rho + ")";
            default: return "Adam(lr=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ")";
        }
    }
}
