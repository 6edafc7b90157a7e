package org.dlcourse.nn.graph;

import org.dlcourse.config.Setting;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

import java.util.Locale;
import java.util.Objects;

/**
 * TensorFlow's two thread pools for a model's session: <em>intra-op</em> threads split one op
 * (a convolution, a matrix product) and <em>inter-op</em> threads run independent ops side by side.
 * The same two numbers as Keras's {@code tf.config.threading.set_intra_op_parallelism_threads} and
 * {@code set_inter_op_parallelism_threads}.
 *
 * <p>Without a setting TensorFlow sizes both pools by the number of cores it sees. A model takes
 * its setting from {@code Sequential#threads(int, int)}, else from the system property or
 * environment variable {@value #KEY}: {@code "2"} (both pools) or {@code "2,1"} (intra, inter).
 *
 * <pre>{@code
 * COURSE_THREADS=2 make lab            # every model in every notebook: 2 + 2 threads
 * model.threads(2, 2);                  // one model, before it first trains or predicts
 * }</pre>
 *
 * <p>TensorFlow keeps some of its pools for the whole process, sized by the first session the
 * process opens: measured here, an unrolled SimpleRNN trained to other last bits after a test
 * that had first opened a 1 + 1 thread session. Within one notebook kernel that is the first
 * model that trains or predicts, so a re-run of the whole notebook gives the same numbers; to
 * change the pool sizes for good, set {@value #KEY} and restart the kernel.
 */
public final class Threads {
    /** Name of the system property and environment variable read by {@link #fromEnvironment()}. */
    public static final String KEY = "COURSE_THREADS";

    private static final Threads DEFAULT = new Threads(0, 0);

    private final int intraOp;
    private final int interOp;

    private Threads(int intraOp, int interOp) {
        this.intraOp = intraOp;
        this.interOp = interOp;
    }

    /** TensorFlow's own choice: as many threads as cores, for both pools. */
    public static Threads tensorflowDefault() {
        return DEFAULT;
    }

    /**
     * Fixed pool sizes.
     *
     * @param intraOp threads inside one op, at least 1
     * @param interOp ops run at the same time, at least 1
     * @throws IllegalArgumentException if either is below 1
     */
    public static Threads of(int intraOp, int interOp) {
        if (intraOp < 1 || interOp < 1) {
            throw new IllegalArgumentException("Thread counts must be at least 1, got intra-op " + intraOp
                    + " and inter-op " + interOp + ": e.g. threads(2, 2) on a 2-core machine, or leave them unset"
                    + " for TensorFlow's default (the number of cores)");
        }
        return new Threads(intraOp, interOp);
    }

    /**
     * The setting of {@value #KEY}: the system property first, then the environment variable,
     * else {@link #tensorflowDefault()}.
     *
     * @throws IllegalArgumentException if the value is set but is not {@code N} or {@code N,M}
     */
    public static Threads fromEnvironment() {
        return Setting.read(KEY).map(v -> parse(v.text(), v.source())).orElse(DEFAULT);
    }

    /**
     * Parses {@code "N"} (both pools) or {@code "N,M"} (intra-op, inter-op).
     *
     * @param value  the text
     * @param source where it came from, named in the error message
     * @throws IllegalArgumentException if it is anything else
     */
    public static Threads parse(String value, String source) {
        String[] parts = value.trim().split("\\s*,\\s*", -1);
        if (parts.length == 1 || parts.length == 2) {
            try {
                int intra = Integer.parseInt(parts[0]);
                int inter = parts.length == 2 ? Integer.parseInt(parts[1]) : intra;
                if (intra >= 1 && inter >= 1) {
                    return new Threads(intra, inter);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("Cannot read '" + value + "' in " + source + " as thread counts: use N"
                + " (intra-op and inter-op threads, e.g. " + KEY + "=2) or N,M (e.g. " + KEY + "=2,1), each at least 1;"
                + " unset it for TensorFlow's default");
    }

    /** True when TensorFlow chooses the pool sizes. */
    public boolean isDefault() {
        return intraOp == 0;
    }

    /** Threads inside one op; 0 for TensorFlow's default. */
    public int intraOp() {
        return intraOp;
    }

    /** Ops run side by side; 0 for TensorFlow's default. */
    public int interOp() {
        return interOp;
    }

    /**
     * The session configuration, or null for TensorFlow's default.
     *
     * @param recurrent true for a graph that holds recurrent layers: Grappler's meta-optimizer is then
     *     turned off, because on the hundreds of steps of an unrolled sequence it spends about 4 CPU
     *     seconds once per session and saves nothing per step (measured on chapter 07's LSTM,
     *     bench/README); graphs with the fused LSTM op were measured to train as fast without it
     */
    ConfigProto sessionConfig(boolean recurrent) {
        if (isDefault() && !recurrent) {
            return null;
        }
        ConfigProto.Builder config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(intraOp)
                .setInterOpParallelismThreads(interOp);
        if (recurrent) {
            config.setGraphOptions(GraphOptions.newBuilder()
                    .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(true)));
        }
        return config.build();
    }

    /**
     * Starts TensorFlow's runtime in this process with these pool sizes: one session on an empty
     * graph. Since the process's first session sizes some pools for good (above), a program that
     * times its first model (the benchmarks) starts the runtime first, as Python's
     * {@code import tensorflow} and Keras's eager variables do before a first epoch.
     */
    public void startRuntime() {
        ConfigProto config = sessionConfig(false);
        try (Graph g = new Graph(); Session s = config == null ? new Session(g) : new Session(g, config)) {
            // opening the session is the start; nothing to run
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threads && ((Threads) o).intraOp == intraOp && ((Threads) o).interOp == interOp;
    }

    @Override
    public int hashCode() {
        return Objects.hash(intraOp, interOp);
    }

    @Override
    public String toString() {
        return isDefault() ? "TensorFlow default threads" : String.format(Locale.ROOT, "%d intra-op, %d inter-op threads", intraOp, interOp);
    }
}
