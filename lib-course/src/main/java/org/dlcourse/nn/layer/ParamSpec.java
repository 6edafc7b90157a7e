package org.dlcourse.nn.layer;

/**
 * One tensor of a layer: its name within the layer, shape, initialiser and fans; whether the
 * optimiser trains it (a batch normalisation's moving statistics are updated by the layer itself),
 * and the penalty its values add to the loss (null for none).
 *
 * <p>Engine-internal: public because the graph and the weight store in other packages create
 * and fill the tensors a {@link BuiltLayer} lists.
 */
public record ParamSpec(String name, int[] shape, Initializer initializer, int fanIn, int fanOut, boolean trainable,
                        Regularizer regularizer) {
    /** A trainable tensor without a penalty. */
    ParamSpec(String name, int[] shape, Initializer initializer, int fanIn, int fanOut) {
        this(name, shape, initializer, fanIn, fanOut, true, null);
    }

    /** The same tensor with a penalty (null: none). */
    ParamSpec regularized(Regularizer r) {
        return new ParamSpec(name, shape, initializer, fanIn, fanOut, trainable, r);
    }

    /** The same tensor, left alone by the optimiser. */
    ParamSpec frozen() {
        return new ParamSpec(name, shape, initializer, fanIn, fanOut, false, regularizer);
    }

    /** The number of values, the product of the shape. */
    public int size() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }
}
