package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fully connected layer: {@code activation(x W + b)}. Takes a flat input (use {@link Flatten}). */
public final class Dense extends Layer {
    private final int units;
    private Activation activation = Activation.LINEAR;
    private final WeightSettings weights = new WeightSettings();
    private boolean useBias = true;

    Dense(int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("Dense units must be positive, got " + units);
        }
        this.units = units;
    }

    /** Sets the activation by Keras name: relu, leaky_relu, sigmoid, tanh, softmax, linear. */
    public Dense activation(String name) {
        this.activation = Activation.parse(name);
        return this;
    }

    /** Sets the activation. */
    public Dense activation(Activation activation) {
        this.activation = activation;
        return this;
    }

    /** Sets the kernel initialiser by Keras name (default glorot_uniform). */
    public Dense kernelInitializer(String name) {
        weights.kernelInitializer = Initializer.parse(name);
        return this;
    }

    /** Sets the kernel initialiser, e.g. {@code Initializer.randomNormal(0.1)}. */
    public Dense kernelInitializer(Initializer initializer) {
        weights.kernelInitializer = WeightSettings.require(initializer);
        return this;
    }

    /** Sets the bias initialiser by Keras name (default zeros). */
    public Dense biasInitializer(String name) {
        weights.biasInitializer = Initializer.parse(name);
        return this;
    }

    /** Sets the bias initialiser, e.g. {@code Initializer.randomNormal(0.1)} (default zeros). */
    public Dense biasInitializer(Initializer initializer) {
        weights.biasInitializer = WeightSettings.require(initializer);
        return this;
    }

    /**
     * Adds a penalty on the kernel to the loss, e.g. {@code Regularizers.l2(1e-4)} (null: none, the
     * default). The bias is not penalised, as in Keras' {@code kernel_regularizer}.
     */
    public Dense kernelRegularizer(Regularizer regularizer) {
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

    /** Whether to add a bias (default true). */
    public Dense useBias(boolean useBias) {
        this.useBias = useBias;
        return this;
    }

    @Override
    public Dense name(String name) {
        super.name(name);
        return this;
    }

    /** The number of units. */
    public int units() {
        return units;
    }

    /** Whether the layer adds a bias. */
    public boolean usesBias() {
        return useBias;
    }

    @Override
    public String kind() {
        return "Dense";
    }

    @Override
    public String type() {
        return "dense";
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    int[] outputShape(int[] input) {
        if (input.length != 1) {
            throw shapeError("a flat input (None, features)", input,
                    "add Layers.flatten() before it");
        }
        return new int[] {units};
    }

    @Override
    List<ParamSpec> params(int[] input) {
        List<ParamSpec> p = new ArrayList<>();
        p.add(weights.kernel(new int[] {input[0], units}, input[0], units));
        if (useBias) {
            p.add(weights.bias(units, input[0], units));
        }
        return p;
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        Operand<T> z = net.tf.linalg.matMul(x, params.get(0));
        return useBias ? net.tf.nn.biasAdd(z, params.get(1)) : z;
    }

    @Override
    public void writeConfig(Map<String, String> config) {
        config.put("units", Integer.toString(units));
        config.put("activation", activation.kerasName());
        weights.writeConfig(config);
        config.put("use_bias", Boolean.toString(useBias));
    }

    static Dense fromConfig(Map<String, String> c) {
        Dense d = new Dense(Integer.parseInt(c.get("units")))
                .activation(c.get("activation"))
                .useBias(Boolean.parseBoolean(c.get("use_bias")));
        d.weights.readConfig(c);
        return d;
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        float[] kernel = w.get(0);
        int in = kernel.length / units();
        String k = onnx.initializer(kernel, in, units());
        String b = onnx.initializer(usesBias() ? w.get(1) : new float[units()], units());
        onnx.x(onnx.node("Gemm", List.of(onnx.x(), k, b)));
    }
}
