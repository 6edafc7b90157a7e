package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fully connected recurrent layer, {@code h_t = activation(x_t W + h_{t-1} U + b)} with
 * {@code h_0 = 0}, unrolled over the steps in the graph. Parameters as Keras: kernel
 * (features x units, Glorot uniform), recurrent kernel (units x units, orthogonal), bias (units,
 * zeros).
 */
public final class SimpleRNN extends RecurrentLayer {
    private Activation activation = Activation.TANH;

    SimpleRNN(int units) {
        super(units);
    }

    /** Sets the state's activation by Keras name (default tanh). */
    public SimpleRNN activation(String name) {
        this.activation = Activation.parse(name);
        if (activation == Activation.SOFTMAX) {
            throw new IllegalArgumentException("SimpleRNN activation cannot be softmax: use tanh (default), relu, sigmoid or linear");
        }
        return this;
    }

    /** The activation of the state. */
    public Activation stateActivation() {
        return activation;
    }

    /** Returns the state after every step (for stacking) instead of only the last one. */
    public SimpleRNN returnSequences(boolean returnSequences) {
        this.returnSequences = returnSequences;
        return this;
    }

    @Override
    public SimpleRNN name(String name) {
        super.name(name);
        return this;
    }

    @Override
    public String kind() {
        return "SimpleRNN";
    }

    @Override
    public String type() {
        return "simple_rnn";
    }

    @Override
    List<ParamSpec> params(int[] input) {
        int f = input[1];
        return List.of(new ParamSpec("kernel", new int[] {f, units}, Initializer.GLOROT_UNIFORM, f, units),
                new ParamSpec("recurrent_kernel", new int[] {units, units}, Initializer.ORTHOGONAL, units, units),
                new ParamSpec("bias", new int[] {units}, Initializer.ZEROS, f, units));
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        var tf = net.tf;
        List<Operand<T>> xw = projectSteps(net, x, input, params.get(0), params.get(2), units);
        List<Operand<T>> states = new ArrayList<>();
        Operand<T> h = null;
        for (Operand<T> step : xw) {
            Operand<T> z = h == null ? step : tf.math.add(step, tf.linalg.matMul(h, params.get(1)));
            h = activation.apply(tf, z);
            states.add(h);
        }
        return returnSequences ? stackSteps(net, states, units) : h;
    }

    @Override
    public void writeConfig(Map<String, String> config) {
        writeCommon(config);
        config.put("activation", activation.kerasName());
    }

    static SimpleRNN fromConfig(Map<String, String> c) {
        return new SimpleRNN(Integer.parseInt(c.get("units")))
                .returnSequences(Boolean.parseBoolean(c.get("return_sequences")))
                .activation(c.get("activation"));
    }

    /** ONNX's RNN on time-major data (transposed in and out), with a zero recurrent bias. */
    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        int u = units();
        float[] kernel = w.get(0);
        int f = kernel.length / u;
        String act = onnxActivation(stateActivation());
        float[] b = new float[2 * u];
        System.arraycopy(w.get(2), 0, b, 0, u);
        List<String> outs = onnx.nodeOutputs("RNN", List.of(onnx.transpose(onnx.x(), 1, 0, 2),
                        onnx.initializer(transposed(kernel, f, u), 1, u, f), onnx.initializer(transposed(w.get(1), u, u), 1, u, u),
                        onnx.initializer(b, 1, 2 * u)), 2,
                OnnxForm.Attr.of("hidden_size", u), OnnxForm.Attr.texts("activations", act));
        onnx.x(onnxOutput(onnx, outs, returnsSequences()));
    }

    private String onnxActivation(Activation a) {
        switch (a) {
            case TANH: return "Tanh";
            case RELU: return "Relu";
            case SIGMOID: return "Sigmoid";
            default:
                throw new IllegalArgumentException("Cannot export layer '" + name() + "' (" + kind() + ") to ONNX: its activation "
                        + a.kerasName() + " has no ONNX RNN form; use tanh, relu or sigmoid");
        }
    }
}
