package org.dlcourse.nn.layer;

import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backward pass of the unrolled LSTM, written by hand (backpropagation through time) instead
 * of left to TensorFlow's symbolic gradients. Two things make it cheaper:
 * <ul>
 *   <li>the recurrent kernel's gradient is one matrix product per block of steps (see
 *       {@link LSTM#BLOCK_STEPS}), {@code dU = [h_1 .. h_{T-1}]^T [dz_2 .. dz_T]} a block at a time,
 *       instead of one small product per step and a sum of 200 matrices; a block's product runs
 *       as soon as the backward pass is through that block, beside the earlier steps;</li>
 *   <li>each step's backward is about a dozen ops ({@code SigmoidGrad}, {@code TanhGrad}, products,
 *       one concatenation, one matrix product), where the symbolic gradient adds shape and
 *       broadcast bookkeeping to every product and sum, some seventy ops per step to build,
 *       set up and run.</li>
 * </ul>
 *
 * <p>How it is attached: the layer's output goes through {@code StopGradient}, so the symbolic
 * gradient never enters the steps, and then through an {@code IdentityN} op that also takes the
 * recurrent kernel, the last state and the projected inputs (one tensor per block).
 * {@code IdentityN} has no gradient in TensorFlow's C API; this class registers one from Java that
 * hands the recurrent kernel and the projected inputs their gradients, computed here. The
 * steps' ops are found by walking the forward graph back from the last state (op inputs only: a
 * lookup by name would wait on the lock the gradient builder holds), and so are the number of steps,
 * the blocks and whether every step is returned; the marker's name carries the units. Nothing is
 * kept on the Java side, so the gradient also serves a copy of the graph (Tribuo's trainer imports
 * the graph it is given into a graph of its own). An {@code IdentityN} without such a name gets the
 * identity's gradient.
 *
 * <p>Where gradients cannot be registered (Windows, see {@link LstmGradient}) the layer keeps the
 * symbolic gradient. The two agree to rounding; {@code SequenceLayersTest} checks this one
 * against central differences in float64.
 */
final class UnrolledLstmGradient {
    private static final String MARKER = "IdentityN";
    /** The marker op's name: this prefix, the units, a number that makes it unique in the graph. */
    private static final String NAME = "UnrolledLstmBackprop_u";
    private static final Pattern UNITS = Pattern.compile(NAME + "(\\d+)_\\d+$");
    private static final AtomicLong COUNT = new AtomicLong();
    private static Boolean supported;

    /** One step's forward tensors, found from its state h_t, and the op that unstacked its projected input. */
    private record Step(Output<?> i, Output<?> f, Output<?> g, Output<?> o, Output<?> tanhC, Output<?> cPrev,
                        Output<?> hPrev, String block) {
    }

    private UnrolledLstmGradient() {
    }

    /** Registers the gradient of the marker op if not yet done; true when one is available. */
    static synchronized boolean available() {
        if (supported == null) {
            supported = LstmGradient.platformSupports() && register();
        }
        return supported;
    }

    private static boolean register() {
        try {
            return TensorFlow.registerCustomGradient(MARKER, UnrolledLstmGradient::gradient);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Returns {@code output} (the last state, or every state) passed through the marker op, whose
     * gradient hands the projected inputs ({@code blocks}, each (size, batch, 4 units), time-major)
     * and {@code recurrentKernel} theirs. {@code last} is the last step's state,
     * {@code h_T = o * tanh(c_T)}, as the forward pass built it.
     */
    static <T extends TFloating> Operand<T> attach(Net<T> net, Operand<T> output, Operand<T> last, List<Operand<T>> blocks,
                                                   Operand<T> recurrentKernel, int units) {
        var tf = net.tf;
        List<Operand<?>> in = new ArrayList<>(List.of(tf.stopGradient(output), recurrentKernel, tf.stopGradient(last)));
        in.addAll(blocks);
        GraphOperation marker = (GraphOperation) tf.withName(NAME + units + "_" + COUNT.getAndIncrement()).identityN(in).op();
        @SuppressWarnings("unchecked")
        Operand<T> out = (Operand<T>) (Operand<?>) marker.output(0);
        return out;
    }

    private static List<Operand<?>> gradient(Ops tf, GraphOperation op, List<Output<?>> upstream) {
        Matcher units = UNITS.matcher(op.name());
        if (!units.find()) {
            return new ArrayList<>(upstream); // some other IdentityN: the identity's gradient
        }
        return backward(tf, op, Integer.parseInt(units.group(1)), upstream.get(0));
    }

    /** Backpropagation through time, from the last step to the first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends TFloating> List<Operand<?>> backward(Ops tf, GraphOperation op, int units,
                                                                   Output<?> upstream) {
        Operand<T> kernel = (Operand<T>) op.input(1);
        if (!LstmGradient.flows(upstream)) {
            List<Operand<?>> zeros = new ArrayList<>();
            for (int k = 0; k < op.numInputs(); k++) {
                zeros.add(tf.zerosLike(op.input(k)));
            }
            return zeros;
        }
        Operand<T> dOut = (Operand<T>) upstream;
        List<Step> steps = walk(op.input(2));
        int n = steps.size();
        // every step is returned when the output is their concatenation, not the last state itself
        boolean sequences = !((GraphOperation) op.input(0).op()).input(0).op().name()
                .equals(((GraphOperation) op.input(2).op()).input(0).op().name());
        // then step t's output gradient is column t of dOut (batch, steps, units)
        List<Operand<T>> dSeq = sequences
                ? new ArrayList<>(tf.unstack(dOut, (long) n, Unstack.axis(1L)).output()) : null;
        Operand<T> dh = sequences ? dSeq.get(n - 1) : dOut;
        Operand<T> dc = null;
        Operand<T>[] dz = new Operand[n];
        for (int t = n - 1; t >= 0; t--) {
            Step s = steps.get(t);
            Operand<T> i = (Operand<T>) s.i();
            Operand<T> f = (Operand<T>) s.f();
            Operand<T> g = (Operand<T>) s.g();
            Operand<T> o = (Operand<T>) s.o();
            Operand<T> tanhC = (Operand<T>) s.tanhC();
            // h_t = o * tanh(c_t)
            Operand<T> dzO = tf.math.sigmoidGrad(o, tf.math.mul(dh, tanhC));
            Operand<T> dcFromH = tf.math.tanhGrad(tanhC, tf.math.mul(dh, o));
            dc = dc == null ? dcFromH : tf.math.add(dc, dcFromH);
            // c_t = f * c_{t-1} + i * g, and c_1 = i * g (zero initial state)
            Operand<T> dzI = tf.math.sigmoidGrad(i, tf.math.mul(dc, g));
            Operand<T> dzG = tf.math.tanhGrad(g, tf.math.mul(dc, i));
            Operand<T> dzF = t == 0 ? tf.zerosLike(dzO) : tf.math.sigmoidGrad(f, tf.math.mul(dc, (Operand<T>) s.cPrev()));
            dz[t] = tf.concat(List.of(dzI, dzF, dzG, dzO), tf.constant(1));
            if (t > 0) {
                // z_t = x_t W + h_{t-1} U + b
                dh = tf.linalg.matMul(dz[t], kernel, MatMul.transposeB(true));
                if (sequences) {
                    dh = tf.math.add(dh, dSeq.get(t - 1));
                }
                dc = tf.math.mul(dc, f);
            }
        }
        // each block's inputs get their step gradients; the recurrent kernel gets
        // dU = sum over t >= 2 of h_{t-1}^T dz_t, one product per block over its (steps x batch) rows
        List<Operand<?>> grads = new ArrayList<>();
        grads.add(dOut);
        grads.add(null); // the recurrent kernel's, set below
        grads.add(dOut);
        List<Operand<T>> dKernel = new ArrayList<>();
        int start = 0;
        for (int size : blockSizes(steps, op)) {
            Operand<T> dBlock = tf.stack(List.of(dz).subList(start, start + size));
            grads.add(dBlock);
            List<Operand<T>> previous = new ArrayList<>();
            for (int t = Math.max(start, 1); t < start + size; t++) {
                previous.add((Operand<T>) steps.get(t).hPrev());
            }
            if (!previous.isEmpty()) {
                Operand<T> h = tf.reshape(tf.stack(previous), tf.constant(new int[] {-1, units}));
                Operand<T> later = start > 0 ? dBlock
                        : tf.slice(dBlock, tf.constant(new int[] {1, 0, 0}), tf.constant(new int[] {-1, -1, -1}));
                dKernel.add(tf.linalg.matMul(h, tf.reshape(later, tf.constant(new int[] {-1, 4 * units})),
                        MatMul.transposeA(true)));
            }
            start += size;
        }
        grads.set(1, dKernel.size() == 1 ? dKernel.get(0) : tf.math.addN(dKernel));
        // the first and third inputs are StopGradients of the output and the last state: what they are
        // handed goes nowhere
        return grads;
    }

    /**
     * The steps' tensors, first to last, walking back from the StopGradient of the last state through
     * the ops {@code LSTM}'s unrolled forward pass builds:
     * {@code h = o * tanh(c)}, {@code c = f * c_prev + i * g} (the first step: {@code c = i * g}),
     * the gates from {@code Split(z)} and {@code z = x W + b + h_prev U} (the first step: {@code z = x W + b}).
     */
    private static List<Step> walk(Output<?> stoppedLast) {
        List<Step> steps = new ArrayList<>();
        Output<?> h = input(stoppedLast, 0, "StopGradient");
        while (h != null) {
            Output<?> o = input(h, 0, "Mul");
            Output<?> tanhC = input(h, 1, "Mul");
            Output<?> c = input(tanhC, 0, "Tanh");
            boolean first = "Mul".equals(c.op().type());
            Output<?> ig = first ? c : input(c, 1, "Add");
            Output<?> fc = first ? null : input(c, 0, "Add");
            Output<?> z = input(input(o, 0, "Sigmoid"), 1, "Split");
            Output<?> projected = first ? z : input(z, 0, "Add");
            Output<?> hPrev = first ? null : input(input(z, 1, "Add"), 0, "MatMul");
            if (!"Unpack".equals(projected.op().type())) {
                throw new IllegalStateException("The unrolled LSTM's backward pass expected a step's projected input from an"
                        + " Unpack op and found " + projected.op().type() + ": the forward pass and UnrolledLstmGradient.walk disagree");
            }
            steps.add(new Step(input(ig, 0, "Mul"), fc == null ? null : input(fc, 0, "Mul"), input(ig, 1, "Mul"), o, tanhC,
                    fc == null ? null : input(fc, 1, "Mul"), hPrev, projected.op().name()));
            h = hPrev;
        }
        Collections.reverse(steps);
        return steps;
    }

    /** The number of steps in each block, from the Unpack ops the steps read, checked against the marker's inputs. */
    private static int[] blockSizes(List<Step> steps, GraphOperation marker) {
        List<Integer> sizes = new ArrayList<>();
        String current = null;
        for (Step s : steps) {
            if (!s.block().equals(current)) {
                current = s.block();
                sizes.add(0);
            }
            sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
        }
        if (sizes.size() != marker.numInputs() - 3) {
            throw new IllegalStateException("The unrolled LSTM's steps read " + sizes.size() + " blocks but its marker holds "
                    + (marker.numInputs() - 3) + ": the forward pass and UnrolledLstmGradient.walk disagree");
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Input {@code k} of the op that produced {@code x}, which must be of the given type. */
    private static Output<?> input(Output<?> x, int k, String type) {
        GraphOperation op = (GraphOperation) x.op();
        if (!type.equals(op.type())) {
            throw new IllegalStateException("The unrolled LSTM's backward pass expected a " + type + " op and found "
                    + op.type() + " (" + op.name() + "): the forward pass and UnrolledLstmGradient.walk disagree");
        }
        return op.input(k);
    }
}
