package org.dlcourse.nn.layer;

/**
 * Factory of weight penalties, Keras style:
 * <pre>{@code
 * dense(256).activation("relu").kernelRegularizer(Regularizers.l2(1e-4))
 * }</pre>
 */
public final class Regularizers {
    private Regularizers() {
    }

    /**
     * The L2 penalty {@code factor * sum(w^2)} of a kernel (weight decay); Keras'
     * {@code regularizers.l2(factor)}, whose default factor is 0.01.
     */
    public static Regularizer l2(double factor) {
        return new Regularizer(factor);
    }
}
