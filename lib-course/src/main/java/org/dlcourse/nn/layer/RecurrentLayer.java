package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What SimpleRNN and LSTM share: the units, whether to return the whole sequence or the last
 * state, and the input check. Takes (None, steps, features); returns (None, units) or
 * (None, steps, units), so recurrent layers stack when all but the last return sequences.
 */
public abstract class RecurrentLayer extends Layer {
    final int units;
    boolean returnSequences;

    RecurrentLayer(int units) {
        if (units <= 0) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " units must be positive, got " + units);
        }
        this.units = units;
    }

    /** The size of the state. */
    public int units() {
        return units;
    }

    /** True when the layer returns the state after every step, not only the last. */
    public boolean returnsSequences() {
        return returnSequences;
    }

    @Override
    int[] outputShape(int[] input) {
        if (input.length != 2) {
            throw shapeError("a sequence (None, steps, features)", input, input.length == 1
                    ? "put an Embedding before it, or a recurrent layer with returnSequences(true)"
                    : "reshape the data to (steps, features)");
        }
        return returnSequences ? new int[] {input[0], units} : new int[] {units};
    }

    /** x W + b for every step at once, split into one (None, width) operand per step. */
    static <T extends TFloating> List<Operand<T>> projectSteps(Net<T> net, Operand<T> x, int[] input,
                                                               Operand<T> kernel, Operand<T> bias, int width) {
        var tf = net.tf;
        if (input[0] == 1) {
            Operand<T> flat = tf.reshape(x, tf.constant(new int[] {-1, input[1]}));
            return List.of(tf.nn.biasAdd(tf.linalg.matMul(flat, kernel), bias));
        }
        return unstackSteps(net, projectBlocks(net, x, input, kernel, bias, width, new int[] {input[0]}).get(0), input[0]);
    }

    /**
     * x W + b, time-major, in consecutive blocks of steps: (size, None, width) for each of
     * {@code sizes}, which add up to the steps. Separate products let the later blocks' projections
     * and their gradients run beside the steps of the earlier ones.
     */
    static <T extends TFloating> List<Operand<T>> projectBlocks(Net<T> net, Operand<T> x, int[] input, Operand<T> kernel,
                                                                Operand<T> bias, int width, int[] sizes) {
        var tf = net.tf;
        // Time-major first: the per-step slices are then contiguous blocks, which Unstack and the
        // Pack of its gradient copy far faster than the strided slices of a batch-major tensor.
        Operand<T> timeMajor = tf.linalg.transpose(x, tf.constant(new int[] {1, 0, 2}));
        List<Operand<T>> parts = sizes.length == 1 ? List.of(timeMajor)
                : new ArrayList<>(tf.splitV(timeMajor, tf.constant(sizes), tf.constant(0), (long) sizes.length).output());
        List<Operand<T>> blocks = new ArrayList<>();
        for (Operand<T> part : parts) {
            Operand<T> flat = tf.reshape(part, tf.constant(new int[] {-1, input[1]}));
            Operand<T> z = tf.nn.biasAdd(tf.linalg.matMul(flat, kernel), bias);
            blocks.add(tf.reshape(z, tf.constant(new int[] {sizes[blocks.size()], -1, width})));
        }
        return blocks;
    }

    /** Block sizes of at most {@code most} steps, as equal as they can be, adding up to {@code steps}. */
    static int[] blockSizes(int steps, int most) {
        int n = (steps + most - 1) / most;
        int[] sizes = new int[n];
        for (int k = 0; k < n; k++) {
            sizes[k] = steps / n + (k < steps % n ? 1 : 0);
        }
        return sizes;
    }

    /** One (None, width) operand per step of a time-major sequence. */
    static <T extends TFloating> List<Operand<T>> unstackSteps(Net<T> net, Operand<T> seq, int steps) {
        return new ArrayList<>(net.tf.unstack(seq, (long) steps, Unstack.axis(0L)).output());
    }

    /** One (None, width) operand per step, block after block ({@code sizes[k]} steps in block k). */
    static <T extends TFloating> List<Operand<T>> unstackBlocks(Net<T> net, List<Operand<T>> blocks, int[] sizes) {
        List<Operand<T>> steps = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            steps.addAll(unstackSteps(net, blocks.get(k), sizes[k]));
        }
        return steps;
    }

    /** The states of every step as (None, steps, units); Reshape and ConcatV2 have C API gradients. */
    static <T extends TFloating> Operand<T> stackSteps(Net<T> net, List<Operand<T>> states, int units) {
        var tf = net.tf;
        List<Operand<T>> parts = new ArrayList<>();
        for (Operand<T> h : states) {
            parts.add(tf.reshape(h, tf.constant(new int[] {-1, 1, units})));
        }
        return parts.size() == 1 ? parts.get(0) : tf.concat(parts, tf.constant(1));
    }

    void writeCommon(Map<String, String> config) {
        config.put("units", Integer.toString(units));
        config.put("return_sequences", Boolean.toString(returnSequences));
    }

    /** Y (steps, 1, batch, units) or Y_h (1, batch, units) of ONNX's RNN and LSTM, laid out as Keras. */
    static String onnxOutput(OnnxForm onnx, List<String> outs, boolean sequences) {
        if (sequences) {
            String y = onnx.node("Squeeze", List.of(outs.get(0), onnx.int64s(1)));
            return onnx.transpose(y, 1, 0, 2);
        }
        return onnx.node("Squeeze", List.of(outs.get(1), onnx.int64s(0)));
    }

    /** The transpose of a rows x cols row-major matrix (ONNX stores W and R as (gates x units, inputs)). */
    static float[] transposed(float[] m, int rows, int cols) {
        float[] t = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }
}
