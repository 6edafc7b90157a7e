package org.dlcourse.nn.layer;

import java.util.Arrays;

/**
 * A tensor of the wrong shape reached a layer, a loss or the model's input. The message names the
 * layer and both shapes and is raised before TensorFlow sees the data.
 */
public final class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a complete message. */
    public ShapeException(String message) {
        super(message);
    }

    /** Formats a shape without the batch dimension as Keras does, e.g. {@code (None, 28, 28, 1)}. */
    public static String format(int[] shape) {
        StringBuilder b = new StringBuilder("(None");
        for (int d : shape) {
            b.append(", ").append(d);
        }
        return b.append(')').toString();
    }

    /** Formats a shape as written by the user, e.g. {@code [28, 28, 1]}. */
    static String plain(int[] shape) {
        return Arrays.toString(shape);
    }
}
