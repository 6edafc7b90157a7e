package org.dlcourse.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import org.dlcourse.nn.Activation;
import org.dlcourse.nn.BatchNormalization;
import org.dlcourse.nn.BuiltLayer;
import org.dlcourse.nn.Conv2D;
import org.dlcourse.nn.Dense;
import org.dlcourse.nn.Dropout;
import org.dlcourse.nn.Embedding;
import org.dlcourse.nn.Flatten;
import org.dlcourse.nn.GlobalAveragePooling1D;
import org.dlcourse.nn.Input;
import org.dlcourse.nn.LSTM;
import org.dlcourse.nn.LeakyReLU;
import org.dlcourse.nn.Layer;
import org.dlcourse.nn.Padding;
import org.dlcourse.nn.Plan;
import org.dlcourse.nn.Pooling2D;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.SimpleRNN;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Exports a {@link Sequential} model to an ONNX file (opset {@value #OPSET}) that ONNX Runtime, and
 * so {@link OnnxInference}, runs with the same rows the model predicts on.
 *
 * <ul>
 *   <li>Input {@code input}: float {@code [batch, values per example]}, exactly the rows of
 *       {@code model.predict(float[][])}; token ids too, as floats, cast to int64 in the graph.
 *       Output {@code output}: float {@code [batch, units]} (after the last activation).</li>
 *   <li>Layouts: TensorFlow keeps images NHWC, ONNX's Conv and pooling want NCHW. The graph
 *       transposes the activations to NCHW before the first convolution or pooling and back to NHWC
 *       at Flatten, so Dense weights are used unchanged; convolution kernels are permuted from
 *       (kh, kw, in, out) to (out, in, kh, kw). {@code same} padding is {@code SAME_UPPER}
 *       (TensorFlow puts the odd pixel at the end).</li>
 *   <li>Dense is Gemm, Dropout is left out (it is the identity at prediction), LeakyReLU (layer or
 *       activation) is LeakyRelu, BatchNormalization is BatchNormalization (inference mode, the
 *       moving statistics), Embedding is Gather,
 *       GlobalAveragePooling1D is ReduceMean over the steps.</li>
 *   <li>SimpleRNN is ONNX's RNN and LSTM its LSTM, on time-major data (transposed in and out).
 *       ONNX stores W and R transposed, (gates x units, inputs), with a separate recurrent bias
 *       (zero here). The LSTM's gate blocks are reordered from Keras' i, f, c, o to ONNX's
 *       i, o, f, c.</li>
 * </ul>
 */
public final class SequentialOnnx extends OnnxGraph {
    /** The ONNX operator set used (ONNX Runtime 1.20 reads up to 21). */
    public static final int OPSET = 13;
    private static final int IR_VERSION = 7;

    private SequentialOnnx() {
    }

    /** How one layer type adds its nodes: reads {@link #x}, sets it to the layer's output. */
    private interface LayerExport {
        void add(SequentialOnnx onnx, BuiltLayer built, List<float[]> weights, String where);
    }

    /** The layer types with an ONNX form, each with its exporter: the one place to add a layer's. */
    private static final Map<Class<? extends Layer>, LayerExport> EXPORTS = Map.ofEntries(
            Map.entry(Dense.class, (o, b, w, where) -> o.dense((Dense) b.layer(), w)),
            Map.entry(Conv2D.class, (o, b, w, where) -> o.conv2d((Conv2D) b.layer(), w)),
            Map.entry(Pooling2D.class, (o, b, w, where) -> o.pooling((Pooling2D) b.layer())),
            Map.entry(Flatten.class, (o, b, w, where) -> o.flatten(b.outputShape())),
            Map.entry(Dropout.class, (o, b, w, where) -> { }), // the identity at prediction
            Map.entry(BatchNormalization.class, (o, b, w, where) -> o.batchNormalization((BatchNormalization) b.layer(),
                    b.inputShape(), w)),
            Map.entry(LeakyReLU.class, (o, b, w, where) -> o.x = o.leakyRelu(o.x, ((LeakyReLU) b.layer()).negativeSlope())),
            Map.entry(Embedding.class, (o, b, w, where) -> o.embedding((Embedding) b.layer(), w)),
            Map.entry(GlobalAveragePooling1D.class,
                    (o, b, w, where) -> o.x = o.node("ReduceMean", List.of(o.x), ints("axes", 1), attr("keepdims", 0))),
            Map.entry(SimpleRNN.class, (o, b, w, where) -> o.simpleRnn((SimpleRNN) b.layer(), w, where)),
            Map.entry(LSTM.class, (o, b, w, where) -> o.lstm((LSTM) b.layer(), w)));

    /** The name of the value the layers so far produce. */
    private String x;
    /** Whether {@link #x} is laid out (batch, channels, height, width), as ONNX's Conv wants. */
    private boolean channelsFirst;

    private void toChannelsFirst() {
        if (!channelsFirst) {
            x = transpose(x, 0, 3, 1, 2);
            channelsFirst = true;
        }
    }

    private void dense(Dense d, List<float[]> w) {
        float[] kernel = w.get(0);
        int in = kernel.length / d.units();
        String k = initializer(kernel, in, d.units());
        String b = initializer(d.usesBias() ? w.get(1) : new float[d.units()], d.units());
        x = node("Gemm", List.of(x, k, b));
    }

    private void conv2d(Conv2D c, List<float[]> w) {
        toChannelsFirst();
        float[] kernel = w.get(0);
        int kh = c.kernelHeight();
        int kw = c.kernelWidth();
        int filters = c.filters();
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
        String k = initializer(oihw, filters, in, kh, kw);
        String b = initializer(w.get(1), filters);
        x = node("Conv", List.of(x, k, b), ints("kernel_shape", kh, kw), ints("strides", c.stride(), c.stride()),
                autoPad(c.paddingMode()));
    }

    private void pooling(Pooling2D p) {
        toChannelsFirst();
        x = node(p.isMax() ? "MaxPool" : "AveragePool", List.of(x), ints("kernel_shape", p.poolSize(), p.poolSize()),
                ints("strides", p.stride(), p.stride()), autoPad(p.paddingMode()));
    }

    private void flatten(int[] out) {
        if (channelsFirst) {
            x = transpose(x, 0, 2, 3, 1);
            channelsFirst = false;
        }
        x = reshape(x, -1, out[0]);
    }

    private void batchNormalization(BatchNormalization bn, int[] in, List<float[]> w) {
        if (in.length == 3) {
            toChannelsFirst();
        }
        x = batchNormalization(bn, x, w, in[in.length - 1], in.length == 2);
    }

    private void embedding(Embedding e, List<float[]> w) {
        String table = initializer(w.get(0), e.vocabularySize(), e.dimension());
        x = node("Gather", List.of(table, x), attr("axis", 0));
    }

    private void simpleRnn(SimpleRNN r, List<float[]> w, String where) {
        int u = r.units();
        float[] kernel = w.get(0);
        int f = kernel.length / u;
        String act = rnnActivation(r.stateActivation(), where);
        float[] b = new float[2 * u];
        System.arraycopy(w.get(2), 0, b, 0, u);
        List<String> outs = nodeOutputs("RNN", List.of(transpose(x, 1, 0, 2),
                        initializer(transposed(kernel, f, u), 1, u, f), initializer(transposed(w.get(1), u, u), 1, u, u),
                        initializer(b, 1, 2 * u)), 2,
                attr("hidden_size", u), strings("activations", act));
        x = recurrentOutput(outs, r.returnsSequences());
    }

    private void lstm(LSTM l, List<float[]> w) {
        int u = l.units();
        float[] kernel = w.get(0);
        int f = kernel.length / (4 * u);
        float[] b = new float[8 * u];
        System.arraycopy(iofc(w.get(2), 1, u), 0, b, 0, 4 * u);
        List<String> outs = nodeOutputs("LSTM", List.of(transpose(x, 1, 0, 2),
                        initializer(transposed(iofc(kernel, f, u), f, 4 * u), 1, 4 * u, f),
                        initializer(transposed(iofc(w.get(1), u, u), u, 4 * u), 1, 4 * u, u),
                        initializer(b, 1, 8 * u)), 3,
                attr("hidden_size", u));
        x = recurrentOutput(outs.subList(0, 2), l.returnsSequences());
    }

    /**
     * Writes the model as an ONNX file.
     *
     * @return the file
     * @throws IllegalArgumentException if a layer or activation has no ONNX form here
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static Path export(Sequential model, Path file) {
        if (model == null || file == null) {
            throw new IllegalArgumentException("SequentialOnnx.export needs a model and a file, e.g. export(model, Path.of(\"model.onnx\"))");
        }
        OnnxMl.ModelProto proto = new SequentialOnnx().build(model);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                proto.writeTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write ONNX model to " + file.toAbsolutePath(), e);
        }
    }

    /** The ONNX model as a protobuf message (what {@link #export} writes). */
    public static OnnxMl.ModelProto toProto(Sequential model) {
        return new SequentialOnnx().build(model);
    }

    private OnnxMl.ModelProto build(Sequential model) {
        Input input = model.input();
        int[] shape = input.shape();
        graph.setName("dlcourse_sequential");
        graph.addInput(valueInfo("input", input.size()));
        x = "input";
        if (input.dtype() == Input.DType.INT) {
            x = node("Cast", List.of(x), attr("to", OnnxMl.TensorProto.DataType.INT64_VALUE));
        } else if (shape.length > 1) {
            x = reshape(x, prepend(-1, shape));
        }
        Plan plan = model.plan();
        List<List<float[]>> weights = plan.byLayer(model.getWeights());
        for (BuiltLayer built : plan.layers()) {
            Layer layer = built.layer();
            String where = "layer '" + layer.name() + "' (" + layer.kind() + ")";
            LayerExport export = EXPORTS.get(layer.getClass());
            if (export == null) {
                throw new IllegalArgumentException("Cannot export " + where + " to ONNX: supported layers are Dense, Conv2D,"
                        + " pooling, Flatten, Dropout, BatchNormalization, LeakyReLU, Embedding, GlobalAveragePooling1D, SimpleRNN and LSTM");
            }
            export.add(this, built, weights.get(built.index()), where);
            x = activation(layer.outputActivation(), x, where);
        }
        if (channelsFirst) {
            x = transpose(x, 0, 2, 3, 1);
        }
        graph.addNode(OnnxMl.NodeProto.newBuilder().setOpType("Identity").setName("output_identity")
                .addInput(x).addOutput("output"));
        int[] outShape = model.outputShape();
        graph.addOutput(valueInfo("output", outShape));
        return OnnxMl.ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("org.dlcourse")
                .setProducerVersion("1")
                .setGraph(graph)
                .build();
    }

    // ---- layer helpers -------------------------------------------------------------------------

    /** Y (steps, 1, batch, units) or Y_h (1, batch, units) as Keras lays them out. */
    private String recurrentOutput(List<String> outs, boolean sequences) {
        if (sequences) {
            String y = node("Squeeze", List.of(outs.get(0), int64s(1)));
            return transpose(y, 1, 0, 2);
        }
        return node("Squeeze", List.of(outs.get(1), int64s(0)));
    }

    private static String rnnActivation(Activation a, String where) {
        switch (a) {
            case TANH: return "Tanh";
            case RELU: return "Relu";
            case SIGMOID: return "Sigmoid";
            default:
                throw new IllegalArgumentException("Cannot export " + where + " to ONNX: its activation "
                        + a.kerasName() + " has no ONNX RNN form; use tanh, relu or sigmoid");
        }
    }

    private String activation(Activation a, String x, String where) {
        switch (a) {
            case LINEAR: return x;
            case RELU: return node("Relu", List.of(x));
            case LEAKY_RELU: return leakyRelu(x, Activation.LEAKY_RELU_SLOPE);
            case SIGMOID: return node("Sigmoid", List.of(x));
            case TANH: return node("Tanh", List.of(x));
            case SOFTMAX: return node("Softmax", List.of(x), attr("axis", -1));
            default:
                throw new IllegalArgumentException("Cannot export the activation " + a + " of " + where);
        }
    }

    private String leakyRelu(String x, double slope) {
        return node("LeakyRelu", List.of(x), floatAttr("alpha", slope));
    }

    /**
     * ONNX's BatchNormalization (inference mode) on channels at axis 1: a sequence's (batch, steps,
     * features) is transposed there and back.
     */
    private String batchNormalization(BatchNormalization bn, String x, List<float[]> w, int channels, boolean sequence) {
        int k = 0;
        float[] gamma = bn.scales() ? w.get(k++) : filled(channels, 1f);
        float[] beta = bn.centers() ? w.get(k++) : new float[channels];
        List<String> inputs = List.of(sequence ? transpose(x, 0, 2, 1) : x, initializer(gamma, channels),
                initializer(beta, channels), initializer(w.get(k), channels), initializer(w.get(k + 1), channels));
        String y = node("BatchNormalization", inputs, floatAttr("epsilon", bn.epsilon()));
        return sequence ? transpose(y, 0, 2, 1) : y;
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Reorders the four gate blocks of each row from Keras' i, f, c, o to ONNX's i, o, f, c. */
    static float[] iofc(float[] m, int rows, int units) {
        int[] from = {0, 3, 1, 2}; // ONNX block k comes from Keras block from[k]
        int width = 4 * units;
        float[] out = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < 4; k++) {
                System.arraycopy(m, r * width + from[k] * units, out, r * width + k * units, units);
            }
        }
        return out;
    }

    /** The transpose of a rows x cols row-major matrix. */
    static float[] transposed(float[] m, int rows, int cols) {
        float[] t = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }

    private static OnnxMl.AttributeProto autoPad(Padding p) {
        return OnnxMl.AttributeProto.newBuilder().setName("auto_pad").setType(OnnxMl.AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(p == Padding.SAME ? "SAME_UPPER" : "VALID")).build();
    }

    private static int[] prepend(int first, int[] rest) {
        int[] a = new int[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }
}
