package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/** Averages a sequence over its time steps: (None, steps, features) becomes (None, features). */
public final class GlobalAveragePooling1D extends Layer {
    GlobalAveragePooling1D() {
    }

    @Override
    public GlobalAveragePooling1D name(String name) {
        super.name(name);
        return this;
    }

    @Override
    public String kind() {
        return "GlobalAveragePooling1D";
    }

    @Override
    public String type() {
        return "global_average_pooling1d";
    }

    @Override
    int[] outputShape(int[] input) {
        if (input.length != 2) {
            throw shapeError("a sequence (None, steps, features)", input,
                    "put it after an Embedding or a recurrent layer with returnSequences(true)");
        }
        return new int[] {input[1]};
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        return net.tf.math.mean(x, net.tf.constant(1));
    }

    @Override
    public void writeConfig(Map<String, String> config) {
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        onnx.x(onnx.node("ReduceMean", List.of(onnx.x()), OnnxForm.Attr.ints("axes", 1), OnnxForm.Attr.of("keepdims", 0)));
    }
}
