package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A built model as a plan of layers: each {@link BuiltLayer} with its input and output shapes and
 * its parameters, made by one walk over the layers when the model is built. Everything that needs
 * shapes or parameters reads it (the graph, summary, save and load, the exporters, the filter and
 * feature-map views) instead of walking the layers again.
 */
public final class Plan {
    private final Input input;
    private final List<BuiltLayer> layers;
    private final List<ParamSpec> params;

    /**
     * Builds the plan: one walk over the layers from the input shape, checking each layer's input.
     * Engine-internal: a model builds its plan ({@code Sequential.plan()}); a notebook reads that one.
     *
     * @throws ShapeException if a layer cannot take its input
     */
    public Plan(Input input, List<Layer> layers) {
        this.input = input;
        List<BuiltLayer> built = new ArrayList<>();
        List<ParamSpec> all = new ArrayList<>();
        int[] shape = input.shape();
        for (int i = 0; i < layers.size(); i++) {
            BuiltLayer b = new BuiltLayer(layers.get(i), i, shape, all.size());
            built.add(b);
            all.addAll(b.params());
            shape = b.outputShape();
        }
        this.layers = Collections.unmodifiableList(built);
        this.params = Collections.unmodifiableList(all);
    }

    /** The input. */
    public Input input() {
        return input;
    }

    /** The built layers, in order. */
    public List<BuiltLayer> layers() {
        return layers;
    }

    /** The model's output shape (without the batch dimension). */
    public int[] outputShape() {
        return layers.isEmpty() ? input.shape() : layers.get(layers.size() - 1).outputShape();
    }

    /** The number of parameter tensors, as {@link org.dlcourse.nn.Sequential#getWeights()} holds them. */
    public int paramTensors() {
        return params.size();
    }

    /** The parameters as {@code layer/param}, e.g. {@code dense_1/kernel}, in getWeights() order. */
    public List<String> paramNames() {
        List<String> out = new ArrayList<>();
        for (BuiltLayer b : layers) {
            b.paramNames().forEach(n -> out.add(b.name() + "/" + n));
        }
        return out;
    }

    /** The parameters' shapes in getWeights() order. */
    public List<int[]> paramShapes() {
        List<int[]> out = new ArrayList<>();
        params.forEach(p -> out.add(p.shape().clone()));
        return out;
    }

    /** The number of parameter values, trainable or not (Keras' {@code count_params()}). */
    public long paramCount() {
        long n = 0;
        for (BuiltLayer b : layers) {
            n += b.paramCount();
        }
        return n;
    }

    /**
     * A flat list with one entry per parameter (e.g. {@code model.getWeights()}) cut into each
     * layer's own entries, so that {@code byLayer(w).get(i)} are layer i's kernel, bias, ...
     *
     * @throws IllegalArgumentException if the list does not have one entry per parameter
     */
    public <W> List<List<W>> byLayer(List<W> all) {
        if (all.size() != params.size()) {
            throw new IllegalArgumentException("Got " + all.size() + " parameters but the model has " + params.size());
        }
        List<List<W>> out = new ArrayList<>();
        for (BuiltLayer b : layers) {
            out.add(b.own(all));
        }
        return out;
    }

    /** Every layer's parameter specifications, in the order of the flat weight list. */
    public List<ParamSpec> params() {
        return params;
    }

    /**
     * The forward pass through every layer: returns [logits, output], the last layer's value
     * before and after its activation.
     *
     * Engine-internal: public for the graph builder.
     *
     * @param layerParams each layer's parameter tensors, in {@link #byLayer} form
     */
    public <T extends TFloating> List<Operand<T>> forward(Net<T> net, Operand<T> x, List<List<Operand<T>>> layerParams,
                                                          boolean training) {
        Operand<T> h = x;
        Operand<T> z = x;
        for (BuiltLayer b : layers) {
            z = b.layer().forward(net, h, b.inputShape(), layerParams.get(b.index()), training, b.index());
            h = b.layer().activation().apply(net.tf, z);
        }
        return List.of(z, h);
    }
}
