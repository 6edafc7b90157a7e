package org.dlcourse.nn.layer;

import java.util.ArrayList;
import java.util.List;

/**
 * One layer of a built model (a step of its {@link Plan}): where it stands, the shape it takes and
 * the shape it gives (without the batch dimension), and the parameters it owns, with their names and
 * shapes; their current values are {@link Plan#byLayer(List) its slice} of
 * {@link org.dlcourse.nn.Sequential#getWeights()}.
 */
public final class BuiltLayer {
    private final Layer layer;
    private final int index;
    private final int[] inputShape;
    private final int[] outputShape;
    private final List<ParamSpec> params;
    private final int firstParam;

    BuiltLayer(Layer layer, int index, int[] inputShape, int firstParam) {
        this.layer = layer;
        this.index = index;
        this.inputShape = inputShape.clone();
        this.outputShape = layer.outputShape(inputShape);
        this.params = List.copyOf(layer.params(inputShape));
        this.firstParam = firstParam;
    }

    /** The layer. */
    public Layer layer() {
        return layer;
    }

    /** Its name, e.g. {@code dense_1}. */
    public String name() {
        return layer.name();
    }

    /** Its position in the model, from 0. */
    public int index() {
        return index;
    }

    /** The shape it takes (without the batch dimension). */
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** The shape it gives (without the batch dimension). */
    public int[] outputShape() {
        return outputShape.clone();
    }

    /** Its parameters' names, e.g. {@code [kernel, bias]}. */
    public List<String> paramNames() {
        List<String> out = new ArrayList<>();
        params.forEach(p -> out.add(p.name()));
        return out;
    }

    /** Its parameters' shapes, in {@link #paramNames()} order. */
    public List<int[]> paramShapes() {
        List<int[]> out = new ArrayList<>();
        params.forEach(p -> out.add(p.shape().clone()));
        return out;
    }

    /** The number of values in its parameters (trainable or not). */
    public long paramCount() {
        long n = 0;
        for (ParamSpec p : params) {
            n += p.size();
        }
        return n;
    }

    /**
     * The values in parameters the optimiser does not train (a batch normalisation's moving statistics);
     * public for the model summary.
     */
    public long frozenCount() {
        long n = 0;
        for (ParamSpec p : params) {
            n += p.trainable() ? 0 : p.size();
        }
        return n;
    }

    /** Its parameters' specifications (name, shape, initialiser, trainable, penalty), in order. */
    public List<ParamSpec> params() {
        return params;
    }

    /** The position of its first parameter in the model's flat weight list (engine-internal). */
    public int firstParam() {
        return firstParam;
    }

    /** This layer's slice of a flat list with one entry per parameter of the model. */
    <W> List<W> own(List<W> all) {
        return all.subList(firstParam, firstParam + params.size());
    }

    /**
     * Adds the layer's ONNX form (its nodes, before its output activation) to a graph under
     * construction, with its weights.
     *
     * @throws IllegalArgumentException if the layer has no ONNX form
     */
    public void toOnnx(OnnxForm onnx, List<float[]> weights) {
        layer.toOnnx(onnx, this, weights);
    }
}
