package org.dlcourse.nn.train;

/** Factory of the optimisers, with Keras' defaults (each kept by its optimiser's class). */
public final class Optimizers {
    private Optimizers() {
    }

    /** Plain stochastic gradient descent. */
    public static Optimizer sgd(double learningRate) {
        return new SgdOptimizer(learningRate, 0);
    }

    /** SGD with momentum, e.g. {@code sgd(0.01, 0.9)}. */
    public static Optimizer sgd(double learningRate, double momentum) {
        return new SgdOptimizer(learningRate, momentum);
    }

    /** RMSProp with rho 0.9 (Keras' default learning rate is 1e-3). */
    public static Optimizer rmsprop(double learningRate) {
        return new RmsPropOptimizer(learningRate, RmsPropOptimizer.DEFAULT_RHO, Optimizer.KERAS_EPSILON);
    }

    /** Adam with beta1 0.9, beta2 0.999 (Keras' default learning rate is 1e-3). */
    public static Optimizer adam(double learningRate) {
        return new AdamOptimizer(learningRate, AdamOptimizer.DEFAULT_BETA1, AdamOptimizer.DEFAULT_BETA2,
                Optimizer.KERAS_EPSILON);
    }

    /**
     * AdaGrad with Keras 3's defaults: initial accumulator 0.1, epsilon 1e-7 (inside the root);
     * Keras' default learning rate is 1e-3. Each weight's step shrinks as its squared gradients add up.
     */
    public static Optimizer adagrad(double learningRate) {
        return new AdaGradOptimizer(learningRate, Optimizer.KERAS_EPSILON, AdaGradOptimizer.DEFAULT_INITIAL_ACCUMULATOR);
    }

    /** AdaGrad with Keras 3's default learning rate 1e-3. */
    public static Optimizer adagrad() {
        return adagrad(1e-3);
    }

    /**
     * AdaDelta with Keras 3's defaults: rho 0.95, epsilon 1e-7. Keras' default learning rate is 1e-3;
     * Zeiler's paper has no learning rate (it is 1.0: {@code adadelta(1.0)}), which trains much faster.
     */
    public static Optimizer adadelta(double learningRate) {
        return new AdaDeltaOptimizer(learningRate, AdaDeltaOptimizer.DEFAULT_RHO, Optimizer.KERAS_EPSILON);
    }

    /** AdaDelta with Keras 3's default learning rate 1e-3. */
    public static Optimizer adadelta() {
        return adadelta(1e-3);
    }

    /**
     * An optimiser by Keras name with Keras' default learning rate: {@code sgd} (0.01),
     * {@code rmsprop}, {@code adam}, {@code adagrad} or {@code adadelta} (0.001).
     *
     * @throws IllegalArgumentException for another name
     */
    public static Optimizer parse(String name) {
        switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sgd": return sgd(0.01);
            case "rmsprop": return rmsprop(1e-3);
            case "adam": return adam(1e-3);
            case "adagrad": return adagrad();
            case "adadelta": return adadelta();
            default:
                throw new IllegalArgumentException("Unknown optimizer '" + name
                        + "': use sgd, rmsprop, adam, adagrad or adadelta (or Optimizers.adam(learningRate) for another rate)");
        }
    }

    /** Adam with learning rate 1e-3. */
    public static Optimizer adam() {
        return adam(1e-3);
    }
}
