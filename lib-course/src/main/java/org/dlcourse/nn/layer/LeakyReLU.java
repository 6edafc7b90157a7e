package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/**
 * The leaky rectifier as a layer: x for x >= 0, {@code negativeSlope * x} below, so a unit with a
 * negative input still passes a small gradient. Keras' {@code LeakyReLU} layer, whose
 * {@code negative_slope} defaults to 0.3 (the {@code "leaky_relu"} activation's to 0.2).
 */
public final class LeakyReLU extends Layer {
    /** Keras 3's default negative slope of the LeakyReLU layer (keras.layers.LeakyReLU). */
    public static final double KERAS_LAYER_SLOPE = 0.3;

    private final double negativeSlope;

    LeakyReLU(double negativeSlope) {
        if (!(negativeSlope >= 0) || Double.isInfinite(negativeSlope)) {
            throw new IllegalArgumentException("LeakyReLU's negative slope must be a number >= 0, got " + negativeSlope
                    + ": e.g. Layers.leakyRelu(0.2); 0 is a plain ReLU");
        }
        this.negativeSlope = negativeSlope;
    }

    @Override
    public LeakyReLU name(String name) {
        super.name(name);
        return this;
    }

    /** The slope below 0. */
    public double negativeSlope() {
        return negativeSlope;
    }

    @Override
    public String kind() {
        return "LeakyReLU";
    }

    @Override
    public String type() {
        return "leaky_relu";
    }

    @Override
    int[] outputShape(int[] input) {
        return input.clone();
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        return Activation.leakyRelu(net.tf, x, negativeSlope);
    }

    @Override
    public void writeConfig(Map<String, String> config) {
        config.put("negative_slope", Double.toString(negativeSlope));
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        onnx.x(onnx.leakyRelu(onnx.x(), negativeSlope()));
    }
}
