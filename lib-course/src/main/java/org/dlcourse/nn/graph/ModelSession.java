package org.dlcourse.nn.graph;

import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Optimizer;
import org.tensorflow.types.family.TFloating;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The native side of a {@code Sequential}: its weights (as Java arrays while no graph exists, else
 * in the graph's variables), the {@link TrainingGraph} and TensorFlow session built on first use,
 * the thread setting of that session, the seed of the initial weights, and the lock that lets one
 * fit, evaluate or predict run at a time. Compiling closes the graph (keeping the weights);
 * closing the model frees it for good.
 * <p>Engine-internal: public because {@code Sequential} ({@code org.dlcourse.nn}) uses it; a notebook never
 * names it.
 */
public final class ModelSession implements AutoCloseable {
    private final Plan plan;
    private final Class<? extends TFloating> precision;
    private long seed = 42;
    private double[][] weights;
    private TrainingGraph<?> graph;
    private Threads threads;
    private boolean closed;
    /** One fit, evaluate or predict at a time: an interrupted cell's run finishes its batch first. */
    private final ReentrantLock busy = new ReentrantLock();

    /** The session of a model with this plan, its weights drawn in {@code precision} when first needed. */
    public ModelSession(Plan plan, Class<? extends TFloating> precision) {
        this.plan = plan;
        this.precision = precision;
    }

    /** The seed of the initial weights. */
    public long seed() {
        return seed;
    }

    /** Sets the seed and draws the initial weights again (into the graph if it exists). */
    public void reseed(long seed) {
        this.seed = seed;
        this.weights = null;
        if (graph != null) {
            graph.writeParams(ModelWeights.initial(plan, seed));
        }
    }

    /** Sets the seed without drawing weights (a loaded model, whose weights come from the file). */
    public void seedOnly(long seed) {
        this.seed = seed;
    }

    /**
     * Sets the session's thread pools.
     *
     * @throws IllegalStateException if the session already exists
     */
    public void threads(int intraOp, int interOp) {
        Threads t = Threads.of(intraOp, interOp);
        if (graph != null) {
            throw new IllegalStateException("threads() must be called before the model first trains, evaluates or predicts:"
                    + " its TensorFlow session already runs with " + graph.threads() + "; build the model again and call"
                    + " threads(" + intraOp + ", " + interOp + ") right after compile(...)");
        }
        this.threads = t;
    }

    /** The thread setting the session uses (or will use). */
    public Threads threads() {
        if (graph != null) {
            return graph.threads();
        }
        return threads != null ? threads : Threads.fromEnvironment();
    }

    /** A copy of the current weights, drawn from the seed the first time. */
    public double[][] currentWeights() {
        if (graph != null) {
            return graph.readParams();
        }
        if (weights == null) {
            weights = ModelWeights.initial(plan, seed);
        }
        return ModelWeights.copy(weights);
    }

    /** Replaces the weights (checked by the caller). */
    public void restoreWeights(double[][] values) {
        if (graph != null) {
            graph.writeParams(values);
        } else {
            weights = ModelWeights.copy(values);
        }
    }

    /** The graph, built with the current weights and a fresh optimiser state on first use. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public TrainingGraph<?> graph(Loss loss, Optimizer optimizer) {
        checkOpen();
        if (graph == null) {
            double[][] w = currentWeights();
            graph = new TrainingGraph(precision, plan, loss, optimizer, threads());
            graph.writeParams(w);
            graph.resetOptimizer();
            weights = null;
        }
        return graph;
    }

    /** Closes the graph, keeping its weights in Java (compile builds a new one with new settings). */
    public void closeGraph() {
        if (graph != null) {
            weights = graph.readParams();
            graph.close();
            graph = null;
        }
    }

    /**
     * Runs one fit, evaluate or predict at a time. A cell that was interrupted returns at once, but
     * its thread finishes the batch in progress: a new call waits for that (a second or so) instead
     * of training the same weights from two threads.
     */
    public <T> T exclusive(String what, Supplier<T> work) {
        boolean locked = busy.tryLock(); // free: no wait, and an interrupt is left for the run to report
        if (!locked) {
            try {
                locked = busy.tryLock(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                throw RunInterruptedException.rethrow("Interrupted while waiting to " + what
                        + ": the model was busy in another thread.");
            }
        }
        if (!locked) {
            throw new IllegalStateException("Cannot " + what + ": this model has been busy in another thread for 2 minutes"
                    + " (a fit, evaluate or predict still running). Wait for it to finish, interrupt it, or build a new model.");
        }
        try {
            return work.get();
        } finally {
            busy.unlock();
        }
    }

    /**
     * Refuses a closed model.
     *
     * @throws IllegalStateException if {@link #close()} was called
     */
    public void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The model is closed: build or load it again");
        }
    }

    /** Frees the TensorFlow graph and session; the model cannot be used afterwards. */
    @Override
    public void close() {
        if (graph != null) {
            graph.close();
            graph = null;
        }
        closed = true;
    }
}
