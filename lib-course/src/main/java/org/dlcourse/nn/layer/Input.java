package org.dlcourse.nn.layer;

import java.util.Arrays;

/**
 * The model's input: the shape of one example without the batch dimension, e.g. {@code (28, 28, 1)}
 * for an image or {@code (784)} for a flat vector. Rows of a {@code float[][]} are reshaped to it,
 * so a row of 784 values feeds an input of (28, 28, 1).
 */
public final class Input {
    /** The element type of the input. Token inputs (int ids) are for embedding layers. */
    public enum DType { FLOAT, INT }

    private final int[] shape;
    private final DType dtype;

    Input(int[] shape, DType dtype) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("Input shape is empty: give the size of one example, e.g. input(784) or input(28, 28, 1)");
        }
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("Input shape " + Arrays.toString(shape)
                        + " has a dimension <= 0: every dimension must be positive");
            }
        }
        this.shape = shape.clone();
        this.dtype = dtype;
    }

    /** The shape without the batch dimension. */
    public int[] shape() {
        return shape.clone();
    }

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** Values per example (the product of the shape). */
    public int size() {
        return Layer.product(shape);
    }

    @Override
    public String toString() {
        return "Input" + ShapeException.format(shape);
    }
}
