package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 2-D convolution over (height, width, channels) inputs. The output size per axis is
 * (W + 2P - F) / S + 1 with P = 0 for {@code valid} padding; {@code same} padding keeps ceil(W / S).
 * Parameters: in_channels x kh x kw x filters + filters.
 */
public final class Conv2D extends Layer {
    private final int filters;
    private final int kernelHeight;
    private final int kernelWidth;
    private int stride = 1;
    private Padding padding = Padding.VALID;
    private Activation activation = Activation.LINEAR;
    private final WeightSettings weights = new WeightSettings();

    Conv2D(int filters, int kernelHeight, int kernelWidth) {
        if (filters <= 0 || kernelHeight <= 0 || kernelWidth <= 0) {
            throw new IllegalArgumentException("Conv2D filters and kernel size must be positive, got filters="
                    + filters + " kernel=" + kernelHeight + "x" + kernelWidth);
        }
        this.filters = filters;
        this.kernelHeight = kernelHeight;
        this.kernelWidth = kernelWidth;
    }

    /** Sets the stride along both axes (default 1). */
    public Conv2D strides(int stride) {
        if (stride <= 0) {
            throw new IllegalArgumentException("Conv2D stride must be positive, got " + stride);
        }
        this.stride = stride;
        return this;
    }

    /** Sets the padding: {@code same} or {@code valid} (default). */
    public Conv2D padding(String padding) {
        this.padding = Padding.parse(padding);
        return this;
    }

    /** Sets the activation by Keras name. */
    public Conv2D activation(String name) {
        this.activation = Activation.parse(name);
        return this;
    }

    /** Sets the kernel initialiser by Keras name (default glorot_uniform). */
    public Conv2D kernelInitializer(String name) {
        weights.kernelInitializer = Initializer.parse(name);
        return this;
    }

    /** Sets the kernel initialiser, e.g. {@code Initializer.randomNormal(0.1)}. */
    public Conv2D kernelInitializer(Initializer initializer) {
        weights.kernelInitializer = WeightSettings.require(initializer);
        return this;
    }

    /** Sets the bias initialiser by Keras name (default zeros). */
    public Conv2D biasInitializer(String name) {
        weights.biasInitializer = Initializer.parse(name);
        return this;
    }

    /** Sets the bias initialiser, e.g. {@code Initializer.randomNormal(0.1)} (default zeros). */
    public Conv2D biasInitializer(Initializer initializer) {
        weights.biasInitializer = WeightSettings.require(initializer);
        return this;
    }

    /**
     * Adds a penalty on the kernel to the loss, e.g. {@code Regularizers.l2(1e-4)} (null: none, the
     * default). The bias is not penalised, as in Keras' {@code kernel_regularizer}.
     */
    public Conv2D kernelRegularizer(Regularizer regularizer) {
        weights.kernelRegularizer = regularizer;
        return this;
    }

    /** The kernel's penalty, or null. */
    public Regularizer kernelRegularizer() {
        return weights.kernelRegularizer;
    }

    /** The kernel's initialiser. */
    public Initializer kernelInitializer() {
        return weights.kernelInitializer;
    }

    /** The bias's initialiser. */
    public Initializer biasInitializer() {
        return weights.biasInitializer;
    }

    @Override
    public Conv2D name(String name) {
        super.name(name);
        return this;
    }

    /** The number of filters (output channels). */
    public int filters() {
        return filters;
    }

    /** The kernel's height. */
    public int kernelHeight() {
        return kernelHeight;
    }

    /** The kernel's width. */
    public int kernelWidth() {
        return kernelWidth;
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
        return "Conv2D";
    }

    @Override
    public String type() {
        return "conv2d";
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    int[] outputShape(int[] input) {
        if (input.length != 3) {
            throw shapeError("an image input (None, height, width, channels)", input,
                    input.length == 1 ? "declare the input as Layers.input(height, width, channels)" : "");
        }
        int h = padding.outputLength(input[0], kernelHeight, stride);
        int w = padding.outputLength(input[1], kernelWidth, stride);
        if (h <= 0 || w <= 0) {
            throw shapeError("an image of at least " + kernelHeight + "x" + kernelWidth, input,
                    "the kernel is larger than the image; use padding(\"same\") or a smaller kernel");
        }
        return new int[] {h, w, filters};
    }

    @Override
    List<ParamSpec> params(int[] input) {
        int fanIn = kernelHeight * kernelWidth * input[2];
        int fanOut = kernelHeight * kernelWidth * filters;
        List<ParamSpec> p = new ArrayList<>();
        p.add(weights.kernel(new int[] {kernelHeight, kernelWidth, input[2], filters}, fanIn, fanOut));
        p.add(weights.bias(filters, fanIn, fanOut));
        return p;
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        Operand<T> z = net.tf.nn.conv2d(x, params.get(0), List.of(1L, (long) stride, (long) stride, 1L),
                padding.name());
        return net.tf.nn.biasAdd(z, params.get(1));
    }

    @Override
    public void writeConfig(Map<String, String> c) {
        c.put("filters", Integer.toString(filters));
        c.put("kernel_height", Integer.toString(kernelHeight));
        c.put("kernel_width", Integer.toString(kernelWidth));
        c.put("strides", Integer.toString(stride));
        c.put("padding", padding.kerasName());
        c.put("activation", activation.kerasName());
        weights.writeConfig(c);
    }

    static Conv2D fromConfig(Map<String, String> c) {
        Conv2D conv = new Conv2D(Integer.parseInt(c.get("filters")), Integer.parseInt(c.get("kernel_height")),
                Integer.parseInt(c.get("kernel_width")))
                .strides(Integer.parseInt(c.get("strides")))
                .padding(c.get("padding"))
                .activation(c.get("activation"));
        conv.weights.readConfig(c);
        return conv;
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        onnx.toChannelsFirst();
        float[] kernel = w.get(0);
        int kh = kernelHeight();
        int kw = kernelWidth();
        int in = kernel.length / (kh * kw * filters);
        float[] oihw = new float[kernel.length];
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                for (int ci = 0; ci < in; ci++) {
                    for (int co = 0; co < filters; co++) {
                        oihw[((co * in + ci) * kh + i) * kw + j] = kernel[((i * kw + j) * in + ci) * filters + co];
                    }
                }
            }
        }
        String k = onnx.initializer(oihw, filters, in, kh, kw);
        String b = onnx.initializer(w.get(1), filters);
        onnx.x(onnx.node("Conv", List.of(onnx.x(), k, b), OnnxForm.Attr.ints("kernel_shape", kh, kw),
                OnnxForm.Attr.ints("strides", stride(), stride()), paddingMode().onnxAutoPad()));
    }
}
