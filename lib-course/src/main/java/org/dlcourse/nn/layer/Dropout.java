package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/**
 * Sets a fraction {@code rate} of its inputs to zero during training and scales the rest by
 * 1 / (1 - rate) (inverted dropout, as Keras); does nothing at prediction time. The mask is drawn
 * from the model's seed and the step number, so training stays reproducible.
 */
public final class Dropout extends Layer {
    private final double rate;

    Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("Dropout rate must be in [0, 1), got " + rate);
        }
        this.rate = rate;
    }

    @Override
    public Dropout name(String name) {
        super.name(name);
        return this;
    }

    /** The fraction of inputs dropped. */
    public double rate() {
        return rate;
    }

    @Override
    public String kind() {
        return "Dropout";
    }

    @Override
    public String type() {
        return "dropout";
    }

    @Override
    public boolean trainingDiffers() {
        return true;
    }

    @Override
    int[] outputShape(int[] input) {
        return input.clone();
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        if (!training || rate == 0) {
            return x;
        }
        var tf = net.tf;
        // The mask's shape comes from the input placeholder, not from x, so no gradient path runs
        // through the random op (it has none in the C API).
        Operand<TInt32> shape = tf.concat(List.of(net.batch, tf.constant(input)), tf.constant(0));
        Operand<TInt64> seed = tf.math.add(net.seed, tf.constant(new long[] {1_000_003L * (index + 1), 0L}));
        Operand<T> uniform = tf.random.statelessRandomUniform(shape, seed, net.type);
        double keep = 1.0 - rate;
        Operand<T> mask = tf.math.floor(tf.math.add(uniform, net.scalar(keep)));
        return tf.math.mul(x, tf.math.mul(mask, net.scalar(1.0 / keep)));
    }

    @Override
    public void writeConfig(Map<String, String> config) {
        config.put("rate", Double.toString(rate));
    }

    /** Dropout is the identity at prediction: no ONNX node. */
    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
    }
}
