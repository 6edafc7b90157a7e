package org.dlcourse.nn.layer;

import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.BlockLSTM;
import org.tensorflow.op.nn.BlockLSTMGrad;
import org.tensorflow.types.TFloat32;

import java.util.List;
import java.util.Locale;

/**
 * The gradient of TensorFlow's fused {@code BlockLSTMV2} op, which the C API lacks, registered
 * from Java once per JVM with {@link TensorFlow#registerCustomGradient}. It hands the forward op's
 * inputs and outputs and the incoming gradients to {@code BlockLSTMGradV2}. Registration is not
 * available on Windows; there the LSTM falls back to its unrolled graph. Prediction never needs it.
 *
 * <p>Engine-internal: public for the graph builders ({@code org.dlcourse.nn.graph}, the Tribuo bridge).
 */
public final class LstmGradient {
    private static Boolean supported;

    private LstmGradient() {
    }

    /** Registers the gradient if not yet done; true when one is available. */
    static synchronized boolean ensureRegistered() {
        if (supported == null) {
            supported = register();
        }
        return supported;
    }

    /** TensorFlow Java cannot register gradients on Windows. */
    static boolean platformSupports() {
        return !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * Registers the gradient before a graph holding fused LSTMs gets its gradients.
     *
     * @throws IllegalStateException if it cannot be registered
     */
    public static void requireFor(List<Layer> layers, Class<?> type) {
        for (Layer l : layers) {
            if (l instanceof LSTM && ((LSTM) l).usesFused(type) && !ensureRegistered()) {
                throw new IllegalStateException("Cannot register the gradient of the fused LSTM op on this platform:"
                        + " build the model with Layers.lstm(units).route(\"unrolled\")");
            }
        }
    }

    private static boolean register() {
        if (!platformSupports()) {
            return false;
        }
        try {
            // false means a gradient was already registered (by another class loader's copy, say)
            TensorFlow.registerCustomGradient(BlockLSTM.OP_NAME, LstmGradient::gradient);
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Operand<?>> gradient(Ops tf, GraphOperation op, List<Output<?>> upstream) {
        Operand<TFloat32>[] in = new Operand[9];
        for (int k = 0; k < 9; k++) {
            in[k] = (Operand<TFloat32>) op.input(k);
        }
        Operand<TFloat32>[] out = new Operand[7];
        for (int k = 0; k < 7; k++) {
            out[k] = (Operand<TFloat32>) (Operand<?>) op.output(k);
        }
        // outputs i, cs, f, o, ci, co, h; only cs (1) and h (6) carry gradients into the op
        Operand<TFloat32> csGrad = orZeros(tf, upstream, 1, out[1]);
        Operand<TFloat32> hGrad = orZeros(tf, upstream, 6, out[6]);
        BlockLSTMGrad<TFloat32> g = tf.nn.blockLSTMGrad((Operand) op.input(0), in[1], in[2], in[3], in[4], in[5], in[6],
                in[7], in[8], out[0], out[1], out[2], out[3], out[4], out[5], out[6], csGrad, hGrad, false);
        return List.of(tf.zerosLike(op.input(0)), g.xGrad(), g.csPrevGrad(), g.hPrevGrad(), g.wGrad(),
                g.wciGrad(), g.wcfGrad(), g.wcoGrad(), g.bGrad());
    }

    /** The incoming gradient of an output, or zeros where nothing flows back through it. */
    @SuppressWarnings("unchecked")
    private static Operand<TFloat32> orZeros(Ops tf, List<Output<?>> upstream, int k, Operand<TFloat32> output) {
        if (k < upstream.size() && flows(upstream.get(k))) {
            return (Operand<TFloat32>) upstream.get(k);
        }
        return tf.zerosLike(output);
    }

    /** False for TensorFlow's "no gradient" (an output without an op), which a gradient function may be handed. */
    static boolean flows(Output<?> g) {
        return g != null && g.op() != null && ((GraphOperation) g.op()).getUnsafeNativeHandle() != null
                && !((GraphOperation) g.op()).getUnsafeNativeHandle().isNull();
    }
}
