package org.dlcourse.interop.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Activation;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.OnnxForm;
import org.dlcourse.nn.layer.Plan;

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
 *   <li>Each layer writes its own nodes ({@code toOnnx} in its class, on {@link OnnxForm}); this class
 *       adds the input, the layers' activations and the output. Dense is Gemm, Dropout is left out (it is the identity at prediction), LeakyReLU (layer or
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

    /** The name of the value the layers so far produce. */
    private String x;
    /** Whether {@link #x} is laid out (batch, channels, height, width), as ONNX's Conv wants. */
    private boolean channelsFirst;

    /** The graph as the layers see it: each layer adds its own nodes ({@code toOnnx} in its class). */
    private final class Form implements OnnxForm {
        @Override
        public String x() {
            return x;
        }

        @Override
        public void x(String value) {
            x = value;
        }

        @Override
        public void toChannelsFirst() {
            if (!channelsFirst) {
                x = SequentialOnnx.this.transpose(x, 0, 3, 1, 2);
                channelsFirst = true;
            }
        }

        @Override
        public void toChannelsLast() {
            if (channelsFirst) {
                x = SequentialOnnx.this.transpose(x, 0, 2, 3, 1);
                channelsFirst = false;
            }
        }

        @Override
        public String node(String op, List<String> inputs, OnnxForm.Attr... attrs) {
            return SequentialOnnx.this.node(op, inputs, protos(attrs));
        }

        @Override
        public List<String> nodeOutputs(String op, List<String> inputs, int outputs, OnnxForm.Attr... attrs) {
            return SequentialOnnx.this.nodeOutputs(op, inputs, outputs, protos(attrs));
        }

        @Override
        public String initializer(float[] data, int... dims) {
            return SequentialOnnx.this.initializer(data, dims);
        }

        @Override
        public String int64s(int... values) {
            return SequentialOnnx.this.int64s(values);
        }

        @Override
        public String transpose(String value, int... perm) {
            return SequentialOnnx.this.transpose(value, perm);
        }

        @Override
        public String reshape(String value, int... shape) {
            return SequentialOnnx.this.reshape(value, shape);
        }

        @Override
        public String leakyRelu(String value, double slope) {
            return SequentialOnnx.this.leakyRelu(value, slope);
        }
    }

    private static OnnxMl.AttributeProto[] protos(OnnxForm.Attr[] attrs) {
        OnnxMl.AttributeProto[] out = new OnnxMl.AttributeProto[attrs.length];
        for (int i = 0; i < attrs.length; i++) {
            String name = attrs[i].name();
            Object v = attrs[i].value();
            if (v instanceof Integer n) {
                out[i] = attr(name, n);
            } else if (v instanceof Float f) {
                out[i] = floatAttr(name, f);
            } else if (v instanceof int[] a) {
                out[i] = ints(name, a);
            } else if (v instanceof String[] a) {
                out[i] = strings(name, a);
            } else {
                out[i] = OnnxMl.AttributeProto.newBuilder().setName(name).setType(OnnxMl.AttributeProto.AttributeType.STRING)
                        .setS(ByteString.copyFromUtf8((String) v)).build();
            }
        }
        return out;
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
        Form form = new Form();
        for (BuiltLayer built : plan.layers()) {
            Layer layer = built.layer();
            built.toOnnx(form, weights.get(built.index()));
            x = activation(layer.outputActivation(), x, "layer '" + layer.name() + "' (" + layer.kind() + ")");
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

    private static int[] prepend(int first, int[] rest) {
        int[] a = new int[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }
}
