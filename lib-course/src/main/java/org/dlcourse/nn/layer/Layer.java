package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/**
 * A layer of a {@link org.dlcourse.nn.Sequential} model. Layers are configured fluently and built by the model;
 * create them with {@link Layers}.
 */
public abstract class Layer {
    private String name;

    /** Sets the layer's name (shown by {@code summary()} and in error messages). */
    public Layer name(String name) {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_.\\-]+")) {
            throw new IllegalArgumentException("Bad layer name '" + name
                    + "': use letters, digits, '_', '-' or '.'");
        }
        this.name = name;
        return this;
    }

    /** The layer's name, e.g. {@code dense_1}; null until set or added to a model. */
    public String name() {
        return name;
    }

    /** The Keras class name shown by {@code summary()}, e.g. {@code Dense}. */
    public abstract String kind();

    /**
     * The short type used for default names and in saved files, e.g. {@code dense} (engine-internal:
     * public for the model file and the model's input checks).
     */
    public abstract String type();

    /**
     * The output shape (without the batch dimension) for an input shape.
     *
     * @throws ShapeException if the layer cannot take that input
     */
    abstract int[] outputShape(int[] input);

    /** The trainable tensors for an input shape, in order. */
    List<ParamSpec> params(int[] input) {
        return List.of();
    }

    /**
     * Whether the training pass differs from inference (dropout masks, batch statistics); the model
     * then builds both passes. Engine-internal: public for the graph builder.
     */
    public boolean trainingDiffers() {
        return false;
    }

    /** The activation applied to the layer's output (linear for layers without one). */
    public final Activation outputActivation() {
        return activation();
    }

    /**
     * The activation applied after {@link #forward}; linear for layers without one. Engine-internal
     * (public for the graph builders); a notebook reads {@link #outputActivation()}.
     */
    public Activation activation() {
        return Activation.LINEAR;
    }

    /**
     * Adds the layer's operations (before its activation) to the graph.
     *
     * @param net      the graph being built
     * @param x        the input, batch first
     * @param input    the input shape without the batch dimension
     * @param params   the layer's variables, in the order of {@link #params}
     * @param training true for the training pass (dropout active)
     * @param index    the layer's position, which makes its random stream distinct
     */
    abstract <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input,
                                                      List<Operand<T>> params, boolean training, int index);

    /**
     * Writes the configuration needed to rebuild the layer (not its name). Engine-internal: public for
     * the model file, which reads it back through {@link LayerTypes}.
     */
    public abstract void writeConfig(Map<String, String> config);

    /** A {@link ShapeException} naming this layer, the expected and the received shape. */
    ShapeException shapeError(String expected, int[] received, String advice) {
        return new ShapeException("Layer '" + name + "' (" + kind() + ") expects " + expected
                + " but received " + ShapeException.format(received) + (advice.isEmpty() ? "" : ": " + advice));
    }

    /** The number of values in a tensor of this shape. */
    public static int product(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * Adds this layer's ONNX nodes to {@code onnx} (its output activation is added by the exporter
     * after them); {@code weights} are this layer's parameters. Layers without an ONNX form refuse.
     *
     * @throws IllegalArgumentException if the layer has no ONNX form
     */
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> weights) {
        throw new IllegalArgumentException("Cannot export layer '" + name() + "' (" + kind() + ") to ONNX: supported"
                + " layers are Dense, Conv2D, pooling, Flatten, Dropout, BatchNormalization, LeakyReLU, Embedding,"
                + " GlobalAveragePooling1D, SimpleRNN and LSTM");
    }
}
