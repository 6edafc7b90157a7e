package org.dlcourse.nn;

import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Plan;

/**
 * What a model is made of, as Keras's {@code model.summary()} and {@code count_params()} describe
 * it: everything here follows from the built {@link Plan} of layers, so an implementation gives the
 * plan and inherits the rest. {@link Sequential} is one.
 */
public interface Architecture {
    /** The built model: each layer with its input and output shapes and its parameters. */
    Plan plan();

    /**
     * A Keras-like table of layers, output shapes and parameter counts; the columns widen to the
     * longest layer name and shape, so every row stays aligned.
     */
    default String summary() {
        return ModelSummary.of(plan());
    }

    /**
     * The number of parameters, as Keras' {@code count_params()}: the trainable ones and the
     * non-trainable ones (a batch normalisation's moving statistics).
     */
    default long countParams() {
        return plan().paramCount();
    }

    /** The output shape of a layer (without the batch dimension). */
    default int[] outputShape(int layer) {
        return plan().layers().get(layer).outputShape();
    }

    /** The model's output shape (without the batch dimension). */
    default int[] outputShape() {
        return plan().outputShape();
    }

    /** The input. */
    default Input input() {
        return plan().input();
    }
}
