package org.dlcourse.nn.train;

/** Factory of the training losses. */
public final class Losses {
    private Losses() {
    }

    /** Mean squared error (regression). */
    public static Loss mse() {
        return new Loss(Loss.Kind.MSE);
    }

    /** Mean absolute error (regression). */
    public static Loss mae() {
        return new Loss(Loss.Kind.MAE);
    }

    /** Binary cross-entropy: one sigmoid output, labels 0/1. */
    public static Loss binaryCrossentropy() {
        return new Loss(Loss.Kind.BINARY_CROSSENTROPY);
    }

    /** Categorical cross-entropy: softmax output; integer class labels or one-hot target rows. */
    public static Loss categoricalCrossentropy() {
        return new Loss(Loss.Kind.CATEGORICAL_CROSSENTROPY);
    }

    /** Same as {@link #categoricalCrossentropy()}: integer labels are always accepted. */
    public static Loss sparseCategoricalCrossentropy() {
        return categoricalCrossentropy();
    }
}
