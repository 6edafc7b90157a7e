package org.dlcourse.nn.graph;

import org.dlcourse.nn.layer.Embedding;
import org.dlcourse.nn.layer.LstmGradient;
import org.dlcourse.nn.layer.Net;
import org.dlcourse.nn.train.Optimizer;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;

/**
 * The ops of one way of giving targets to a {@link TrainingGraph} (integer labels or float rows),
 * added to the graph the first time that way is used: the target placeholder, the training loss
 * (with the weight penalties), the loss of the inference pass, and the optimiser step: the
 * gradients of every trained tensor (per looked-up row for embedding tables), then the updates,
 * all ordered after every gradient so that the same seed gives bit-identical weights.
 */
final class LossAndUpdateOps<T extends TFloating> {
    private final TrainingGraph<T> g;
    final Placeholder<?> target;
    final Operand<T> loss;
    final Operand<T> evalLoss;
    final Op step;

    LossAndUpdateOps(TrainingGraph<T> g, boolean labels) {
        this.g = g;
        Ops tf = g.tf;
        Net<T> net = g.net;
        Optimizer optimizer = g.optimizer;
        if (labels) {
            Placeholder<TInt32> y = tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            target = y;
        } else {
            target = tf.placeholder(g.type, Placeholder.shape(Shape.of(-1, g.outputWidth)));
        }
        Operand<T> yT = targetOperand(labels);
        loss = g.withPenalty(g.lossFn.build(net, g.trainLogits, g.trainOut, g.lastActivation, yT));
        evalLoss = g.trainLogits == g.inferLogits ? loss
                : g.withPenalty(g.lossFn.build(net, g.inferLogits, g.inferOut, g.lastActivation, yT));
        if (optimizer == null) {
            step = null;
            return;
        }
        // An embedding table's gradient is taken at its looked-up rows, one per token occurrence
        // (see Embedding: Keras's optimisers see those rows, not their sum per word).
        boolean trainingPass = g.trainLogits != g.inferLogits;
        List<Net.Lookup<T>> lookups = new ArrayList<>();
        List<Output<?>> wrt = new ArrayList<>();
        List<Integer> trained = g.trainableIndices();
        for (int i : trained) {
            Variable<T> v = g.params.get(i);
            Net.Lookup<T> l = optimizer.updatesPerOccurrence() ? net.lookupOf(v, trainingPass) : null;
            lookups.add(l);
            wrt.add(l != null ? l.rows().asOutput() : v.asOutput());
        }
        long tables = g.layers.stream().filter(l -> l instanceof Embedding).count();
        if (optimizer.updatesPerOccurrence() && lookups.stream().filter(l -> l != null).count() != tables) {
            throw new IllegalStateException("Internal error: " + tables + " embedding table(s) but not every one"
                    + " was found looked up in the training pass; please report it");
        }
        LstmGradient.requireFor(g.layers, g.type);
        Output<?>[] grads = g.graph.addGradients(loss.asOutput(), wrt.toArray(new Output<?>[0]));
        List<Operand<T>> dense = new ArrayList<>();
        List<Operand<T>> squares = new ArrayList<>();
        for (int i = 0; i < trained.size(); i++) {
            @SuppressWarnings("unchecked")
            Operand<T> grad = (Operand<T>) grads[i];
            Net.Lookup<T> l = lookups.get(i);
            if (l == null) {
                dense.add(grad);
                squares.add(null);
                continue;
            }
            Operand<T> perRow = tf.reshape(grad, tf.constant(new int[] {-1, l.dimension()}));
            Operand<TInt32> ids = tf.reshape(l.ids(), tf.constant(new int[] {-1}));
            Operand<TInt32> rows = tf.constant(l.tableRows());
            dense.add(tf.math.unsortedSegmentSum(perRow, ids, rows));
            squares.add(tf.math.unsortedSegmentSum(tf.math.square(perRow), ids, rows));
        }
        // Every update waits for every gradient (and the fetched loss and outputs): without this
        // an update could overwrite a weight that another layer's gradient has yet to read.
        List<Op> done = new ArrayList<>();
        for (int i = 0; i < trained.size(); i++) {
            done.add(tf.identity(dense.get(i)));
            if (squares.get(i) != null) {
                done.add(tf.identity(squares.get(i)));
            }
        }
        done.add(tf.identity(loss));
        done.add(tf.identity(g.trainOut));
        Ops after = tf.withControlDependencies(done);
        // the layers' own state updates (batch normalisation's moving statistics) run with each step
        List<Op> updates = new ArrayList<>(net.updates());
        for (int j = 0; j < trained.size(); j++) {
            int i = trained.get(j);
            updates.add(squares.get(j) == null
                    ? optimizer.apply(net, after, g.params.get(i), g.slots.get(i), dense.get(j), g.lr, g.beta1Power, g.beta2Power)
                    : optimizer.applyPerOccurrence(net, after, g.params.get(i), g.slots.get(i), dense.get(j),
                            squares.get(j), g.lr, g.beta1Power, g.beta2Power));
        }
        step = tf.withControlDependencies(updates).noOp();
    }

    @SuppressWarnings("unchecked")
    private Operand<T> targetOperand(boolean labels) {
        if (!labels) {
            return (Operand<T>) target;
        }
        Operand<TInt32> y = (Operand<TInt32>) target;
        Ops tf = g.tf;
        if (g.outputWidth == 1) {
            return tf.reshape(tf.dtypes.cast(y, g.type), tf.constant(new int[] {-1, 1}));
        }
        return tf.oneHot(y, tf.constant(g.outputWidth), g.net.scalar(1.0), g.net.scalar(0.0));
    }
}
