package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.nn.BlockLSTM;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A long short-term memory layer, as Keras' {@code LSTM} with its defaults (tanh, sigmoid gates,
 * no peepholes, zero initial state). Per step, with z = x_t W + h_{t-1} U + b split into four
 * blocks of {@code units} in Keras' gate order <b>i, f, c, o</b> (input, forget, cell, output):
 * <pre>
 *   i = sigmoid(z_i)   f = sigmoid(z_f)   g = tanh(z_c)   o = sigmoid(z_o)
 *   c_t = f * c_{t-1} + i * g            h_t = o * tanh(c_t)
 * </pre>
 * Parameters: kernel (features x 4 units, Glorot uniform), recurrent kernel (units x 4 units,
 * orthogonal), bias (4 units, ones for the forget gate, else zeros).
 *
 * <p>Two routes compute the same function (see {@link Route}): TensorFlow's fused
 * {@code BlockLSTMV2} op, whose gradient this library registers from Java (it uses the same
 * i, f, c, o layout, so the weights need no reordering), and an unrolled graph of small ops.
 * The default picks the fused op where the gradient can be registered (not on Windows) and in
 * 32-bit models (the op has no float64 kernel), except for wide layers on sequences of moderate
 * length (at least {@value #UNROLL_MIN_UNITS} units, at most {@value #UNROLL_MAX_STEPS} steps):
 * there the unrolled graph trains faster. Measured on 2 cores, training ms per batch, fused vs
 * unrolled: 64 units x 200 steps (batch 128) 112 vs 79, 128 units x 100 steps (batch 64) 114 vs 58,
 * 32 units x 400 steps 65 vs 65 but 12 s more graph set-up for the unrolled one. The fused kernel
 * splits each step's small matrix product over the threads, and the hand-offs cost more than they
 * gain; the unrolled graph projects the steps' inputs in a few large products first (in blocks of
 * {@value #BLOCK_STEPS} steps) and, where gradients can be registered, backpropagates through time
 * by hand ({@link UnrolledLstmGradient}). With both (2026-12-05), 64 units x 200 steps train in
 * 57 ms of wall time and 92 ms of CPU per batch of 128 (74 and 116 ms by hand on one projection);
 * an epoch of the Reuters LSTM costs 7.3-7.5 CPU seconds against 9.3-9.8 with TensorFlow's
 * symbolic gradient (bench/README).
 */
public final class LSTM extends RecurrentLayer {
    /** How the layer is computed. */
    public enum Route {
        /** Unrolled for wide layers on moderate lengths (faster there), else fused where supported. */
        AUTO,
        /** TensorFlow's fused BlockLSTMV2 op with a Java-registered gradient (fast, little memory). */
        FUSED,
        /** One group of small ops per step (works everywhere; graph grows with the length). */
        UNROLLED
    }

    /** AUTO unrolls layers with at least this many units ... */
    static final int UNROLL_MIN_UNITS = 64;
    /** ... on sequences of at most this many steps (longer ones make a large, slow-to-build graph). */
    static final int UNROLL_MAX_STEPS = 200;

    /**
     * The unrolled route projects the inputs in blocks of at most this many steps: the products of
     * the later blocks, and in the backward pass the gradients of the blocks already done, then run
     * on the second core beside the steps (measured on the Reuters LSTM, 200 steps: see bench/README).
     */
    static final int BLOCK_STEPS = 20;

    private Route route = Route.AUTO;

    LSTM(int units) {
        super(units);
    }

    /** Returns the state after every step (for stacking) instead of only the last one. */
    public LSTM returnSequences(boolean returnSequences) {
        this.returnSequences = returnSequences;
        return this;
    }

    /** Forces a route (default {@link Route#AUTO}). */
    public LSTM route(Route route) {
        if (route == null) {
            throw new IllegalArgumentException("LSTM route is null: use Route.AUTO, FUSED or UNROLLED");
        }
        this.route = route;
        return this;
    }

    /** Forces a route by name: {@code auto}, {@code fused} or {@code unrolled}. */
    public LSTM route(String name) {
        try {
            return route(Route.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown LSTM route '" + name + "': use auto, fused or unrolled");
        }
    }

    /** The requested route. */
    public Route route() {
        return route;
    }

    /**
     * True when the fused op can be trained on this platform: its gradient is registered (this
     * call registers it if needed).
     */
    public static boolean fusedSupported() {
        return LstmGradient.platformSupports() && LstmGradient.ensureRegistered();
    }

    @Override
    public LSTM name(String name) {
        super.name(name);
        return this;
    }

    @Override
    public String kind() {
        return "LSTM";
    }

    @Override
    public String type() {
        return "lstm";
    }

    @Override
    List<ParamSpec> params(int[] input) {
        int f = input[1];
        return List.of(new ParamSpec("kernel", new int[] {f, 4 * units}, Initializer.GLOROT_UNIFORM, f, 4 * units),
                new ParamSpec("recurrent_kernel", new int[] {units, 4 * units}, Initializer.ORTHOGONAL, units, 4 * units),
                new ParamSpec("bias", new int[] {4 * units}, Initializer.UNIT_FORGET_BIAS, f, 4 * units));
    }

    /**
     * Whether a graph of this float type may use the fused op (the gradient must then be
     * registered; {@link #usesFused(Class, int)} decides per sequence length). The choice depends only on the
     * platform, not on the gradient being registered: a model built for prediction never
     * registers it, and training registers it when the gradients are added.
     */
    boolean usesFused(Class<?> type) {
        switch (route) {
            case UNROLLED:
                return false;
            case FUSED:
                if (type != TFloat32.class) {
                    throw new IllegalStateException("LSTM '" + name() + "' is forced to the fused route, which has no float64 kernel:"
                            + " use route(\"unrolled\") or route(\"auto\")");
                }
                if (!LstmGradient.platformSupports()) {
                    throw new IllegalStateException("LSTM '" + name() + "' is forced to the fused route, but its gradient cannot be"
                            + " registered on " + System.getProperty("os.name") + ": use route(\"unrolled\") or route(\"auto\")");
                }
                return true;
            default:
                return type == TFloat32.class && LstmGradient.platformSupports();
        }
    }

    /** Whether this layer, on sequences of {@code steps} steps, is computed by the fused op. */
    boolean usesFused(Class<?> type, int steps) {
        // one step is left to the fused op: unrolled, the recurrent kernel would get no gradient at all
        if (route == Route.AUTO && units >= UNROLL_MIN_UNITS && steps > 1 && steps <= UNROLL_MAX_STEPS) {
            return false;
        }
        return usesFused(type);
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        return usesFused(net.type, input[0]) ? fused(net, x, input, params) : unrolled(net, x, input, params);
    }

    private <T extends TFloating> Operand<T> unrolled(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params) {
        var tf = net.tf;
        // two or more steps: the inputs are projected in blocks, and the backward pass is written by
        // hand where it can be registered
        int[] sizes = blockSizes(input[0], BLOCK_STEPS);
        List<Operand<T>> blocks = input[0] > 1 ? projectBlocks(net, x, input, params.get(0), params.get(2), 4 * units, sizes) : null;
        List<Operand<T>> xw = blocks == null ? projectSteps(net, x, input, params.get(0), params.get(2), 4 * units)
                : unstackBlocks(net, blocks, sizes);
        List<Operand<T>> states = new ArrayList<>();
        Operand<T> h = null;
        Operand<T> c = null;
        for (Operand<T> step : xw) {
            Operand<T> z = h == null ? step : tf.math.add(step, tf.linalg.matMul(h, params.get(1)));
            List<Operand<T>> gates = new ArrayList<>(tf.split(tf.constant(1), z, 4L).output());
            Operand<T> i = tf.math.sigmoid(gates.get(0));
            Operand<T> f = tf.math.sigmoid(gates.get(1));
            Operand<T> g = tf.math.tanh(gates.get(2));
            Operand<T> o = tf.math.sigmoid(gates.get(3));
            Operand<T> ig = tf.math.mul(i, g);
            // the zero initial state: c_1 = i * g, no f * c_0 term (saves a zeros op per batch size)
            c = c == null ? ig : tf.math.add(tf.math.mul(f, c), ig);
            Operand<T> tanhC = tf.math.tanh(c);
            h = tf.math.mul(o, tanhC);
            states.add(h);
        }
        Operand<T> out = returnSequences ? stackSteps(net, states, units) : h;
        boolean byHand = blocks != null && UnrolledLstmGradient.available();
        return byHand ? UnrolledLstmGradient.attach(net, out, h, blocks, params.get(1), units) : out;
    }

    @SuppressWarnings("unchecked")
    private <T extends TFloating> Operand<T> fused(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params) {
        var tf = net.tf;
        Operand<TFloat32> xs = (Operand<TFloat32>) tf.linalg.transpose(x, tf.constant(new int[] {1, 0, 2}));
        Operand<TFloat32> w = (Operand<TFloat32>) tf.concat(List.of(params.get(0), params.get(1)), tf.constant(0));
        Operand<TFloat32> b = (Operand<TFloat32>) params.get(2);
        Operand<TInt32> batch = tf.slice(tf.shape(x), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
        Operand<TFloat32> state = tf.zeros(tf.concat(List.of(batch, tf.constant(new int[] {units})), tf.constant(0)),
                TFloat32.class);
        Operand<TFloat32> peephole = tf.zeros(tf.constant(new int[] {units}), TFloat32.class);
        Operand<TInt64> length = tf.constant((long) input[0]);
        BlockLSTM<TFloat32> lstm = tf.nn.blockLSTM(length, xs, state, state, w, peephole, peephole, peephole, b,
                BlockLSTM.usePeephole(false), BlockLSTM.cellClip(-1f));
        Operand<TFloat32> h = lstm.h(); // (steps, batch, units)
        if (returnSequences) {
            return (Operand<T>) tf.linalg.transpose(h, tf.constant(new int[] {1, 0, 2}));
        }
        return (Operand<T>) tf.gather(h, tf.constant(input[0] - 1), tf.constant(0));
    }

    @Override
    public void writeConfig(Map<String, String> config) {
        writeCommon(config);
        config.put("route", route.name().toLowerCase(Locale.ROOT));
    }

    static LSTM fromConfig(Map<String, String> c) {
        return new LSTM(Integer.parseInt(c.get("units")))
                .returnSequences(Boolean.parseBoolean(c.get("return_sequences")))
                .route(c.getOrDefault("route", "auto"));
    }

    /**
     * ONNX's LSTM on time-major data (transposed in and out), with a zero recurrent bias; the gate
     * blocks are reordered from Keras' i, f, c, o to ONNX's i, o, f, c.
     */
    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        int u = units();
        float[] kernel = w.get(0);
        int f = kernel.length / (4 * u);
        float[] b = new float[8 * u];
        System.arraycopy(iofc(w.get(2), 1, u), 0, b, 0, 4 * u);
        List<String> outs = onnx.nodeOutputs("LSTM", List.of(onnx.transpose(onnx.x(), 1, 0, 2),
                        onnx.initializer(transposed(iofc(kernel, f, u), f, 4 * u), 1, 4 * u, f),
                        onnx.initializer(transposed(iofc(w.get(1), u, u), u, 4 * u), 1, 4 * u, u),
                        onnx.initializer(b, 1, 8 * u)), 3,
                OnnxForm.Attr.of("hidden_size", u));
        onnx.x(onnxOutput(onnx, outs.subList(0, 2), returnsSequences()));
    }

    /** Reorders the four gate blocks of each row from Keras' i, f, c, o to ONNX's i, o, f, c. */
    static float[] iofc(float[] m, int rows, int units) {
        int[] from = {0, 3, 1, 2}; // ONNX block k comes from Keras block from[k]
        int width = 4 * units;
        float[] out = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < 4; k++) {
                System.arraycopy(m, r * width + from[k] * units, out, r * width + k * units, units);
            }
        }
        return out;
    }
}
