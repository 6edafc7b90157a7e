package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;

/**
 * What a layer needs while it adds its operations to a graph: the ops factory, the float type
 * (32 bits for training, 64 for gradient checks), the dropout seed and the batch size: the graph as
 * the layers, losses, regularisers and optimisers see it.
 *
 * <p>Engine-internal: public because the losses and optimisers ({@code org.dlcourse.nn.train}) and the
 * graph builders ({@code org.dlcourse.nn.graph}, the Tribuo bridge) use it; a notebook never needs it.
 */
public final class Net<T extends TFloating> {
    /** The ops factory of the graph being built. */
    public final Ops tf;
    /** The float type of the graph ({@code TFloat32}, or {@code TFloat64} for gradient checks). */
    public final Class<T> type;
    /** Two int64s fed each step; dropout layers derive their own stream from it. */
    public final Operand<TInt64> seed;
    /** The batch size as a 1-element vector, computed from the input placeholder. */
    public final Operand<TInt32> batch;

    /** The embedding lookups of the inference pass [0] and of the training pass [1]. */
    private final List<List<Lookup<T>>> lookups = List.of(new ArrayList<>(), new ArrayList<>());

    /**
     * One table lookup: {@code rows = gather(table, ids)}, rows of shape (batch, length, dimension).
     * The optimiser updates such a table from the gradient of each looked-up row, as Keras does.
     */
    public record Lookup<T extends TFloating>(Operand<T> table, Operand<TInt32> ids, Operand<T> rows, int tableRows,
                                              int dimension) {
    }

    /** State updates made by the training pass (a batch normalisation's moving statistics). */
    private final List<Op> updates = new ArrayList<>();

    /** A graph context over {@code tf} with the step's seed and batch-size operands. */
    public Net(Ops tf, Class<T> type, Operand<TInt64> seed, Operand<TInt32> batch) {
        this.tf = tf;
        this.type = type;
        this.seed = seed;
        this.batch = batch;
    }

    /** Adds a state update that every training step runs (after its loss and gradients). */
    void recordUpdate(Op update) {
        updates.add(update);
    }

    /** The state updates of the training pass. */
    public List<Op> updates() {
        return updates;
    }

    /** Records an embedding lookup of the inference or the training pass. */
    void recordLookup(Lookup<T> lookup, boolean training) {
        lookups.get(training ? 1 : 0).add(lookup);
    }

    /** The lookup of {@code table} in the given pass, or null when the table is not looked up there. */
    public Lookup<T> lookupOf(Operand<T> table, boolean training) {
        for (Lookup<T> l : lookups.get(training ? 1 : 0)) {
            if (l.table() == table) {
                return l;
            }
        }
        return null;
    }

    /** The axes 0..rank-1 of a tensor of known rank, to reduce it to a scalar. */
    Operand<TInt32> allAxes(Operand<T> x) {
        int rank = x.shape().numDimensions();
        int[] axes = new int[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = i;
        }
        return tf.constant(axes);
    }

    /** A scalar constant of the graph's float type. */
    public Operand<T> scalar(double v) {
        return tf.constant(type, v);
    }
}
