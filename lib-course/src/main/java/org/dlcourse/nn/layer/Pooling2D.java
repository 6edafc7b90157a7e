package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.Operation;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/** Max or average pooling over (height, width, channels) inputs; created by {@link Layers}. */
public final class Pooling2D extends Layer {
    private final boolean max;
    private final int pool;
    private int stride;
    private Padding padding = Padding.VALID;

    Pooling2D(boolean max, int pool) {
        if (pool <= 0) {
            throw new IllegalArgumentException("Pool size must be positive, got " + pool);
        }
        this.max = max;
        this.pool = pool;
        this.stride = pool;
    }

    /** Sets the stride (default: the pool size). */
    public Pooling2D strides(int stride) {
        if (stride <= 0) {
            throw new IllegalArgumentException("Pooling stride must be positive, got " + stride);
        }
        this.stride = stride;
        return this;
    }

    /** Sets the padding: {@code same} or {@code valid} (default). */
    public Pooling2D padding(String padding) {
        this.padding = Padding.parse(padding);
        return this;
    }

    @Override
    public Pooling2D name(String name) {
        super.name(name);
        return this;
    }

    /** True for max pooling, false for average pooling. */
    public boolean isMax() {
        return max;
    }

    /** The window size along both axes. */
    public int poolSize() {
        return pool;
    }

    /** The stride along both axes. */
    public int stride() {
        return stride;
    }

    /** The padding. */
    public Padding paddingMode() {
        return padding;
    }

    @Override
    public String kind() {
        return max ? "MaxPooling2D" : "AveragePooling2D";
    }

    @Override
    public String type() {
        return max ? "max_pooling2d" : "average_pooling2d";
    }

    @Override
    int[] outputShape(int[] input) {
        if (input.length != 3) {
            throw shapeError("an image input (None, height, width, channels)", input, "");
        }
        int h = padding.outputLength(input[0], pool, stride);
        int w = padding.outputLength(input[1], pool, stride);
        if (h <= 0 || w <= 0) {
            throw shapeError("an image of at least " + pool + "x" + pool, input, "the pool window is larger than the image");
        }
        return new int[] {h, w, input[2]};
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        if (max) {
            // The attribute form "MaxPool", not TF Java's tf.nn.maxPool ("MaxPoolV2", sizes as tensors): only
            // MaxPool and its gradient are rewritten to oneDNN kernels. MaxPoolGradV2 took a third of a CNN step.
            Operation op = net.tf.scope().opBuilder("MaxPool", "MaxPool")
                    .addInput(x.asOutput())
                    .setAttr("ksize", new long[] {1, pool, pool, 1})
                    .setAttr("strides", new long[] {1, stride, stride, 1})
                    .setAttr("padding", padding.name())
                    .setAttr("data_format", "NHWC")
                    .build();
            return op.output(0);
        }
        return net.tf.nn.avgPool(x, List.of(1L, (long) pool, (long) pool, 1L),
                List.of(1L, (long) stride, (long) stride, 1L), padding.name());
    }

    @Override
    public void writeConfig(Map<String, String> c) {
        c.put("pool_size", Integer.toString(pool));
        c.put("strides", Integer.toString(stride));
        c.put("padding", padding.kerasName());
    }

    static Pooling2D fromConfig(boolean max, Map<String, String> c) {
        return new Pooling2D(max, Integer.parseInt(c.get("pool_size")))
                .strides(Integer.parseInt(c.get("strides")))
                .padding(c.get("padding"));
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        onnx.toChannelsFirst();
        onnx.x(onnx.node(isMax() ? "MaxPool" : "AveragePool", List.of(onnx.x()),
                OnnxForm.Attr.ints("kernel_shape", poolSize(), poolSize()), OnnxForm.Attr.ints("strides", stride(), stride()),
                paddingMode().onnxAutoPad()));
    }
}
