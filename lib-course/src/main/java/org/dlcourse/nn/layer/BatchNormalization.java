package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Batch normalisation (Ioffe and Szegedy, 2015) over the last axis, as Keras 3's
 * {@code BatchNormalization}: the features of a Dense output, the channels of a Conv2D output.
 *
 * <p>Training ({@code fit}'s steps) normalises each feature with the batch's mean and (biased)
 * variance over all other axes, {@code y = gamma * (x - mean) / sqrt(var + epsilon) + beta}, and
 * updates the moving statistics: {@code moving = momentum * moving + (1 - momentum) * batch}.
 * Inference ({@code evaluate}, {@code predict}, validation, ONNX) uses the moving statistics, so a
 * prediction does not depend on the other examples of its batch.
 *
 * <p>Weights, in Keras' order: gamma (scale, starts at 1; trainable), beta (offset, starts at 0;
 * trainable), moving_mean (starts at 0) and moving_variance (starts at 1); the moving statistics
 * are not trained by the optimiser but saved with the model and counted as non-trainable
 * parameters by {@code summary()}.
 */
public final class BatchNormalization extends Layer {
    private double momentum = 0.99;
    private double epsilon = 1e-3;
    private boolean center = true;
    private boolean scale = true;

    BatchNormalization() {
    }

    /** The moving statistics' decay per training step (default 0.99, Keras'). */
    public BatchNormalization momentum(double momentum) {
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNormalization momentum must be in [0, 1], got " + momentum
                    + ": e.g. 0.99 (Keras' default); 0 keeps only the last batch's statistics");
        }
        this.momentum = momentum;
        return this;
    }

    /** Added to the variance before the square root (default 1e-3, Keras'). */
    public BatchNormalization epsilon(double epsilon) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("BatchNormalization epsilon must be a positive number, got " + epsilon);
        }
        this.epsilon = epsilon;
        return this;
    }

    /** Whether to add the learned offset beta (default true). */
    public BatchNormalization center(boolean center) {
        this.center = center;
        return this;
    }

    /** Whether to multiply by the learned scale gamma (default true). */
    public BatchNormalization scale(boolean scale) {
        this.scale = scale;
        return this;
    }

    @Override
    public BatchNormalization name(String name) {
        super.name(name);
        return this;
    }

    /** The moving statistics' decay. */
    public double momentum() {
        return momentum;
    }

    /** The variance's epsilon. */
    public double epsilon() {
        return epsilon;
    }

    /** Whether beta is learned and added. */
    public boolean centers() {
        return center;
    }

    /** Whether gamma is learned and multiplied. */
    public boolean scales() {
        return scale;
    }

    @Override
    public String kind() {
        return "BatchNormalization";
    }

    @Override
    public String type() {
        return "batch_normalization";
    }

    @Override
    int[] outputShape(int[] input) {
        return input.clone();
    }

    @Override
    public boolean trainingDiffers() {
        return true;
    }

    @Override
    List<ParamSpec> params(int[] input) {
        int[] shape = {input[input.length - 1]};
        int n = shape[0];
        List<ParamSpec> p = new ArrayList<>();
        if (scale) {
            p.add(new ParamSpec("gamma", shape, Initializer.ONES, n, n));
        }
        if (center) {
            p.add(new ParamSpec("beta", shape, Initializer.ZEROS, n, n));
        }
        p.add(new ParamSpec("moving_mean", shape, Initializer.ZEROS, n, n).frozen());
        p.add(new ParamSpec("moving_variance", shape, Initializer.ONES, n, n).frozen());
        return p;
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        var tf = net.tf;
        int k = 0;
        // gamma and beta are read through Identity, as Regularizer reads a kernel (TF's C++ gradients
        // of element-wise ops can crash on a variable read directly)
        Operand<T> gamma = scale ? tf.identity(params.get(k++)) : null;
        Operand<T> beta = center ? tf.identity(params.get(k++)) : null;
        Operand<T> movingMean = params.get(k++);
        Operand<T> movingVariance = params.get(k);
        Operand<T> mean;
        Operand<T> variance;
        if (training) {
            int[] axes = new int[input.length];
            for (int i = 0; i < axes.length; i++) {
                axes[i] = i;
            }
            Operand<TInt32> over = tf.constant(axes);
            mean = tf.math.mean(x, over);
            variance = tf.math.mean(tf.math.square(tf.math.sub(x, mean)), over);
            Operand<T> keep = net.scalar(momentum);
            Operand<T> blend = net.scalar(1 - momentum);
            net.recordUpdate(tf.assign(movingMean, tf.math.add(tf.math.mul(movingMean, keep), tf.math.mul(mean, blend))));
            net.recordUpdate(tf.assign(movingVariance,
                    tf.math.add(tf.math.mul(movingVariance, keep), tf.math.mul(variance, blend))));
        } else {
            mean = movingMean;
            variance = movingVariance;
        }
        Operand<T> y = tf.math.mul(tf.math.sub(x, mean), tf.math.rsqrt(tf.math.add(variance, net.scalar(epsilon))));
        if (gamma != null) {
            y = tf.math.mul(y, gamma);
        }
        return beta != null ? tf.math.add(y, beta) : y;
    }

    @Override
    public void writeConfig(Map<String, String> c) {
        c.put("momentum", Double.toString(momentum));
        c.put("epsilon", Double.toString(epsilon));
        c.put("center", Boolean.toString(center));
        c.put("scale", Boolean.toString(scale));
    }

    static BatchNormalization fromConfig(Map<String, String> c) {
        return new BatchNormalization().momentum(Double.parseDouble(c.get("momentum")))
                .epsilon(Double.parseDouble(c.get("epsilon"))).center(Boolean.parseBoolean(c.get("center")))
                .scale(Boolean.parseBoolean(c.get("scale")));
    }

    /**
     * ONNX's BatchNormalization (inference mode) on channels at axis 1: an image's channels are moved
     * there (channels first), a sequence's (batch, steps, features) is transposed there and back.
     */
    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        int[] in = built.inputShape();
        boolean sequence = in.length == 2;
        if (in.length == 3) {
            onnx.toChannelsFirst();
        }
        int channels = in[in.length - 1];
        int k = 0;
        float[] gamma = scales() ? w.get(k++) : new float[channels];
        if (!scales()) {
            java.util.Arrays.fill(gamma, 1f);
        }
        float[] beta = centers() ? w.get(k++) : new float[channels];
        String x = onnx.x();
        List<String> inputs = List.of(sequence ? onnx.transpose(x, 0, 2, 1) : x, onnx.initializer(gamma, channels),
                onnx.initializer(beta, channels), onnx.initializer(w.get(k), channels), onnx.initializer(w.get(k + 1), channels));
        String y = onnx.node("BatchNormalization", inputs, OnnxForm.Attr.real("epsilon", epsilon()));
        onnx.x(sequence ? onnx.transpose(y, 0, 2, 1) : y);
    }
}
