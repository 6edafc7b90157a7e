package org.dlcourse.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import org.dlcourse.nn.Activation;
import org.dlcourse.nn.BatchNormalization;
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
import org.dlcourse.nn.Pooling2D;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.SimpleRNN;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        String x = "input";
        if (input.dtype() == Input.DType.INT) {
            x = node("Cast", List.of(x), attr("to", OnnxMl.TensorProto.DataType.INT64_VALUE));
        } else if (shape.length > 1) {
            x = reshape(x, prepend(-1, shape));
        }
        boolean channelsFirst = false;
        List<float[]> weights = model.getWeights();
        int w = 0;
        List<Layer> layers = model.layers();
        for (int li = 0; li < layers.size(); li++) {
            Layer layer = layers.get(li);
            int[] out = model.outputShape(li);
            String where = "layer '" + layer.name() + "' (" + layer.kind() + ")";
            if (layer instanceof Dense) {
                Dense d = (Dense) layer;
                float[] kernel = weights.get(w++);
                int in = kernel.length / d.units();
                String k = initializer(kernel, in, d.units());
                String b = d.usesBias() ? initializer(weights.get(w++), d.units()) : initializer(new float[d.units()], d.units());
                x = node("Gemm", List.of(x, k, b));
            } else if (layer instanceof Conv2D) {
                Conv2D c = (Conv2D) layer;
                if (!channelsFirst) {
                    x = transpose(x, 0, 3, 1, 2);
                    channelsFirst = true;
                }
                float[] kernel = weights.get(w++);
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
                String b = initializer(weights.get(w++), filters);
                x = node("Conv", List.of(x, k, b), ints("kernel_shape", kh, kw), ints("strides", c.stride(), c.stride()),
                        autoPad(c.paddingMode()));
            } else if (layer instanceof Pooling2D) {
                Pooling2D p = (Pooling2D) layer;
                if (!channelsFirst) {
                    x = transpose(x, 0, 3, 1, 2);
                    channelsFirst = true;
                }
                x = node(p.isMax() ? "MaxPool" : "AveragePool", List.of(x), ints("kernel_shape", p.poolSize(), p.poolSize()),
                        ints("strides", p.stride(), p.stride()), autoPad(p.paddingMode()));
            } else if (layer instanceof Flatten) {
                if (channelsFirst) {
                    x = transpose(x, 0, 2, 3, 1);
                    channelsFirst = false;
                }
                x = reshape(x, -1, out[0]);
            } else if (layer instanceof Dropout) {
                continue;
            } else if (layer instanceof BatchNormalization) {
                int[] in = li == 0 ? shape : model.outputShape(li - 1);
                if (in.length == 3 && !channelsFirst) {
                    x = transpose(x, 0, 3, 1, 2);
                    channelsFirst = true;
                }
                int n = bnWeights(layer);
                x = batchNormalization((BatchNormalization) layer, x, weights.subList(w, w + n), in[in.length - 1],
                        in.length == 2);
                w += n;
            } else if (layer instanceof LeakyReLU) {
                x = leakyRelu(x, ((LeakyReLU) layer).negativeSlope());
            } else if (layer instanceof Embedding) {
                Embedding e = (Embedding) layer;
                String table = initializer(weights.get(w++), e.vocabularySize(), e.dimension());
                x = node("Gather", List.of(table, x), attr("axis", 0));
            } else if (layer instanceof GlobalAveragePooling1D) {
                x = node("ReduceMean", List.of(x), ints("axes", 1), attr("keepdims", 0));
            } else if (layer instanceof SimpleRNN) {
                SimpleRNN r = (SimpleRNN) layer;
                int u = r.units();
                float[] kernel = weights.get(w++);
                float[] recurrent = weights.get(w++);
                float[] bias = weights.get(w++);
                int f = kernel.length / u;
                String act = rnnActivation(r.stateActivation(), where);
                float[] b = new float[2 * u];
                System.arraycopy(bias, 0, b, 0, u);
                List<String> outs = nodeOutputs("RNN", List.of(transpose(x, 1, 0, 2),
                                initializer(transposed(kernel, f, u), 1, u, f), initializer(transposed(recurrent, u, u), 1, u, u),
                                initializer(b, 1, 2 * u)), 2,
                        attr("hidden_size", u), strings("activations", act));
                x = recurrentOutput(outs, r.returnsSequences());
            } else if (layer instanceof LSTM) {
                LSTM l = (LSTM) layer;
                int u = l.units();
                float[] kernel = weights.get(w++);
                float[] recurrent = weights.get(w++);
                float[] bias = weights.get(w++);
                int f = kernel.length / (4 * u);
                float[] b = new float[8 * u];
                System.arraycopy(iofc(bias, 1, u), 0, b, 0, 4 * u);
                List<String> outs = nodeOutputs("LSTM", List.of(transpose(x, 1, 0, 2),
                                initializer(transposed(iofc(kernel, f, u), f, 4 * u), 1, 4 * u, f),
                                initializer(transposed(iofc(recurrent, u, u), u, 4 * u), 1, 4 * u, u),
                                initializer(b, 1, 8 * u)), 3,
                        attr("hidden_size", u));
                x = recurrentOutput(outs.subList(0, 2), l.returnsSequences());
            } else {
                throw new IllegalArgumentException("Cannot export " + where + " to ONNX: supported layers are Dense, Conv2D,"
                        + " pooling, Flatten, Dropout, BatchNormalization, LeakyReLU, Embedding, GlobalAveragePooling1D, SimpleRNN and LSTM");
            }
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

    private static int bnWeights(Layer layer) {
        BatchNormalization bn = (BatchNormalization) layer;
        return 2 + (bn.scales() ? 1 : 0) + (bn.centers() ? 1 : 0);
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
