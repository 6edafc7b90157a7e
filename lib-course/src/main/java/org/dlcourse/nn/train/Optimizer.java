package org.dlcourse.nn.train;

import org.dlcourse.nn.layer.Embedding;
import org.dlcourse.nn.layer.Net;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;
import org.tribuo.interop.tensorflow.GradientOptimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A gradient-descent optimiser with its learning rate; create with {@link Optimizers}.
 *
 * <p>Each optimiser is one small package-private class that owns its settings and Keras' defaults,
 * its state (the slots it keeps per parameter), its update ops and its Tribuo form:
 * {@link SgdOptimizer} (with momentum), {@link RmsPropOptimizer}, {@link AdamOptimizer},
 * {@link AdaGradOptimizer} and {@link AdaDeltaOptimizer}. A new optimiser is a new subclass, its
 * factory in {@link Optimizers} and its line in {@link #SAVED} (so saved models load).
 *
 * <p>The update ops are added to the graph by the model itself, all after every gradient of the
 * step, and Adam's bias corrections are computed in Java from the step number and fed: training is
 * bit-for-bit reproducible (TF Java's own Adam updates its beta powers unordered).
 *
 * <p>Embedding tables are updated as Keras updates them from its sparse gradients: the second
 * moments of RMSprop, Adam, AdaGrad and AdaDelta add up the squared gradient of every occurrence of
 * a word in the batch (see {@link Embedding}).
 *
 * <p>The methods that add the optimiser to a graph, save it and give its Tribuo form are public because
 * the graph builder ({@code org.dlcourse.nn.graph}), the model file and the Tribuo bridge live on other
 * floors: they are engine-internal; a notebook picks an optimiser and reads its settings.
 */
public abstract class Optimizer {
    /** Keras' epsilon of the adaptive optimisers (added under the square roots). */
    static final double KERAS_EPSILON = 1e-7;

    /** How each optimiser is rebuilt from a saved model's settings, by its {@link #name()}. */
    private static final Map<String, Function<Map<String, String>, Optimizer>> SAVED = Map.of(
            SgdOptimizer.NAME, SgdOptimizer::fromConfig,
            RmsPropOptimizer.NAME, RmsPropOptimizer::fromConfig,
            AdamOptimizer.NAME, AdamOptimizer::fromConfig,
            AdaGradOptimizer.NAME, AdaGradOptimizer::fromConfig,
            AdaDeltaOptimizer.NAME, AdaDeltaOptimizer::fromConfig);

    private final double learningRate;

    Optimizer(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Learning rate must be a positive number, got " + learningRate
                    + ": e.g. 1e-3 (Keras' default for Adam and RMSprop) or 0.01 for SGD; a negative rate would climb"
                    + " the loss instead of descending it");
        }
        this.learningRate = learningRate;
    }

    /** The Keras name: {@code sgd}, {@code rmsprop}, {@code adam}, {@code adagrad} or {@code adadelta}. */
    public abstract String name();

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** The momentum (SGD only; 0 for plain SGD and the other optimisers). */
    public double momentum() {
        return 0;
    }

    // ---- state ------------------------------------------------------------------------------

    /** The number of slots (state tensors shaped as the parameter) kept per parameter. */
    abstract int slotCount();

    /** The value every slot starts from (and returns to when compile resets the optimiser). */
    double slotInitialValue() {
        return 0;
    }

    /**
     * Creates the optimiser's state for one parameter of this shape: its slots, each with an op
     * setting it to its initial value added to {@code inits} (run when training starts and when
     * compile resets the optimiser).
     */
    public final <T extends TFloating> List<Variable<T>> createSlots(Net<T> net, Shape shape, List<Op> inits) {
        Ops tf = net.tf;
        List<Variable<T>> own = new ArrayList<>();
        double init = slotInitialValue();
        for (int k = 0; k < slotCount(); k++) {
            Variable<T> slot = tf.variable(shape, net.type);
            inits.add(tf.assign(slot, init == 0 ? tf.zeros(tf.constant(shape), net.type)
                    : tf.fill(tf.constant(shape), net.scalar(init))));
            own.add(slot);
        }
        return own;
    }

    /** Whether the step feeds Adam's beta powers (bias corrections computed in Java). */
    public boolean usesBetaPowers() {
        return false;
    }

    /** beta1^step, fed when {@link #usesBetaPowers()}. */
    public double beta1Power(long step) {
        throw new IllegalStateException(name() + " has no beta powers");
    }

    /** beta2^step, fed when {@link #usesBetaPowers()}. */
    public double beta2Power(long step) {
        throw new IllegalStateException(name() + " has no beta powers");
    }

    // ---- updates ----------------------------------------------------------------------------

    /** The update op of one variable from its gradient (the beta powers are null unless used). */
    public abstract <T extends TFloating> Op apply(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots, Operand<T> grad,
                                                   Operand<T> lr, Operand<T> beta1Power, Operand<T> beta2Power);

    /**
     * Whether tables looked up by {@link Embedding} are updated from the gradient of each looked-up
     * row (the adaptive optimisers, whose second moments square those rows one by one in Keras; for
     * SGD the summed gradient gives the same step).
     */
    public boolean updatesPerOccurrence() {
        return false;
    }

    /**
     * The update of a looked-up table as Keras makes it from a sparse gradient: {@code grad} is the
     * gradient summed per table row, {@code squares} the sum over the row's occurrences of their
     * squared gradients; the second moment grows by the latter. Rows not looked up decay as in a
     * dense update and do not move. Only called when {@link #updatesPerOccurrence()}.
     */
    public <T extends TFloating> Op applyPerOccurrence(Net<T> net, Ops tf, Variable<T> var, List<Variable<T>> slots,
                                                       Operand<T> grad, Operand<T> squares, Operand<T> lr,
                                                       Operand<T> beta1Power, Operand<T> beta2Power) {
        throw new IllegalStateException(name() + " updates embedding tables from their summed gradient");
    }

    // ---- Tribuo and model files -------------------------------------------------------------

    /** Tribuo's form of this optimiser: puts its settings (Tribuo's names) and returns its kind. */
    public abstract GradientOptimiser tribuo(Map<String, Float> params);

    /**
     * Writes the settings of a model file: {@code optimizer} (the name) and
     * {@code optimizer.learning_rate, momentum, rho, beta1, beta2, epsilon} (0 where the optimiser
     * has no such setting), plus any of the optimiser's own.
     */
    public final void writeConfig(Map<String, String> c) {
        c.put("optimizer", name());
        c.put("optimizer.learning_rate", Double.toString(learningRate));
        for (String key : List.of("momentum", "rho", "beta1", "beta2", "epsilon")) {
            c.put("optimizer." + key, Double.toString(0.0));
        }
        writeSettings(c);
    }

    /** Puts this optimiser's own settings ({@code optimizer.<name>}) over the zeros. */
    abstract void writeSettings(Map<String, String> c);

    /** A setting of a model file's optimiser. */
    static double setting(Map<String, String> c, String key) {
        return Double.parseDouble(c.get("optimizer." + key));
    }

    /**
     * The optimiser saved in a model file's settings.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    public static Optimizer fromConfig(Map<String, String> c) {
        String name = c.get("optimizer");
        Function<Map<String, String>, Optimizer> make = name == null ? null : SAVED.get(name.toLowerCase(Locale.ROOT));
        if (make == null) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "'");
        }
        return make.apply(c);
    }
}
