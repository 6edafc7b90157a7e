package org.dlcourse.nn.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.ParamSpec;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.RowOrder;

/**
 * A model's weights outside the graph: one flat row-major array per parameter, in the plan's
 * order. The initial values are drawn in Java, parameter {@code i} from its own stream of the
 * model's seed, so that adding a layer at the end leaves the others' draws unchanged.
 * <p>Engine-internal: public because {@code Sequential} ({@code org.dlcourse.nn}) uses it; a notebook never
 * names it.
 */
public final class ModelWeights {
    private ModelWeights() {
    }

    /** The initial weights of a plan for a seed. */
    static double[][] initial(Plan plan, long seed) {
        List<ParamSpec> params = plan.params();
        double[][] out = new double[params.size()][];
        for (int i = 0; i < out.length; i++) {
            ParamSpec p = params.get(i);
            out[i] = p.initializer().sample(p.size(), p.fanIn(), p.fanOut(), new SplittableRandom(RowOrder.mix(seed, i)));
        }
        return out;
    }

    /** The weights as floats, as {@code Sequential#getWeights()} returns them. */
    public static List<float[]> toFloats(double[][] weights) {
        List<float[]> out = new ArrayList<>();
        for (double[] w : weights) {
            float[] f = new float[w.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) w[i];
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Checks float weights against the plan (one array per parameter, each of its size) and returns
     * them as doubles.
     *
     * @throws ShapeException if the count or a size does not match
     */
    public static double[][] fromFloats(Plan plan, List<float[]> values) {
        if (values == null) {
            throw new IllegalArgumentException("setWeights got null: pass a list like model.getWeights() returns,"
                    + " one float[] per parameter");
        }
        List<int[]> specs = plan.paramShapes();
        List<String> names = plan.paramNames();
        if (values.size() != specs.size()) {
            throw new ShapeException("setWeights got " + values.size() + " arrays but the model has " + specs.size()
                    + " parameters " + names + ": pass one float[] per parameter in this order, as getWeights()"
                    + " returns them (weights saved from a model with another architecture do not fit; see summary())");
        }
        double[][] d = new double[values.size()][];
        for (int i = 0; i < d.length; i++) {
            float[] f = values.get(i);
            if (f == null || f.length != Layer.product(specs.get(i))) {
                throw new ShapeException("Weight " + i + " (" + names.get(i) + ", shape " + Arrays.toString(specs.get(i))
                        + ") needs " + Layer.product(specs.get(i)) + " values but got " + (f == null ? "null" : f.length)
                        + ": the list must hold the parameters in getWeights() order, each flattened row-major;"
                        + " compare the layer sizes with summary()");
            }
            d[i] = new double[f.length];
            for (int j = 0; j < f.length; j++) {
                d[i][j] = f[j];
            }
        }
        return d;
    }

    static double[][] copy(double[][] w) {
        double[][] c = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i].clone();
        }
        return c;
    }
}
