package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/** Reshapes each example to a flat vector, e.g. (7, 7, 64) to (3136). */
public final class Flatten extends Layer {
    Flatten() {
    }

    @Override
    public Flatten name(String name) {
        super.name(name);
        return this;
    }

    @Override
    public String kind() {
        return "Flatten";
    }

    @Override
    public String type() {
        return "flatten";
    }

    @Override
    int[] outputShape(int[] input) {
        return new int[] {product(input)};
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        return net.tf.reshape(x, net.tf.constant(new int[] {-1, product(input)}));
    }

    @Override
    public void writeConfig(Map<String, String> config) {
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        onnx.toChannelsLast();
        onnx.x(onnx.reshape(onnx.x(), -1, built.outputShape()[0]));
    }
}
