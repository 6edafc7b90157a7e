package org.dlcourse.nn.graph;

import org.tensorflow.Tensor;
import org.tensorflow.proto.ConfigProto;

import java.util.Map;
import java.util.TreeMap;

/**
 * The tests' access to a training graph's probes (gradients, the training loss, the raw weights), which
 * stay package-private in the engine: the gradient checks of the layers and losses use them.
 */
public final class GraphProbe {
    private GraphProbe() {
    }

    /** The gradients of the training loss on one batch, one flat array per parameter. */
    public static double[][] lossAndGradients(TrainingGraph<?> g, Tensor x, Tensor y, boolean labels, long seed,
                                              long step) {
        return g.lossAndGradients(x, y, labels, seed, step);
    }

    /** The training-pass loss with a fixed dropout seed. */
    public static double trainingLoss(TrainingGraph<?> g, Tensor x, Tensor y, boolean labels, long seed, long step) {
        return g.trainingLoss(x, y, labels, seed, step);
    }

    /** The current weights, one flat array per parameter. */
    public static double[][] readParams(TrainingGraph<?> g) {
        return g.readParams();
    }

    /** The thread settings the graph's session was built with. */
    public static Threads threads(TrainingGraph<?> g) {
        return g.threads();
    }

    /** The session configuration of these thread settings (null: TensorFlow's defaults). */
    public static ConfigProto sessionConfig(Threads threads, boolean recurrent) {
        return threads.sessionConfig(recurrent);
    }

    /** How many ops of each type the graph holds. */
    public static Map<String, Integer> opTypes(TrainingGraph<?> g) {
        Map<String, Integer> counts = new TreeMap<>();
        g.graph.operations().forEachRemaining(op -> counts.merge(op.type(), 1, Integer::sum));
        return counts;
    }

    /** Replaces the weights. */
    public static void writeParams(TrainingGraph<?> g, double[][] values) {
        g.writeParams(values);
    }
}
