package org.dlcourse.nn.layer;

/**
 * Factory of layers, Keras style:
 * <pre>{@code
 * Sequential.of(input(28, 28, 1), conv2d(32, 3).activation("relu"), maxPool2d(2),
 *               flatten(), dense(10).activation("softmax"));
 * }</pre>
 */
public final class Layers {
    private Layers() {
    }

    /** The input of one example, e.g. {@code input(784)} or {@code input(28, 28, 1)}. */
    public static Input input(int... shape) {
        return new Input(shape, Input.DType.FLOAT);
    }

    /**
     * The input of a sequence model: {@code length} token ids per example, for an {@link Embedding}
     * first layer. The ids are given as rows of a {@code float[][]} (whole numbers in
     * [0, vocabulary size), exact up to 2^24) or as the {@code int[][]} that
     * {@code Sequences.pad} returns, through the {@code int[][]} overloads of fit/evaluate/predict.
     */
    public static Input tokenInput(int length) {
        return new Input(new int[] {length}, Input.DType.INT);
    }

    /** A token embedding: ids in [0, vocabularySize) become vectors of length {@code dimension}. */
    public static Embedding embedding(int vocabularySize, int dimension) {
        return new Embedding(vocabularySize, dimension);
    }

    /** A fully connected recurrent layer with {@code units} state units (tanh), returning the last state. */
    public static SimpleRNN simpleRnn(int units) {
        return new SimpleRNN(units);
    }

    /**
     * A long short-term memory layer with {@code units} state units, returning the last state;
     * fused or unrolled, chosen automatically (see {@link LSTM.Route}).
     */
    public static LSTM lstm(int units) {
        return new LSTM(units);
    }

    /** Averages (None, steps, features) over the steps to (None, features). */
    public static GlobalAveragePooling1D globalAveragePooling1d() {
        return new GlobalAveragePooling1D();
    }

    /** A fully connected layer with {@code units} outputs. */
    public static Dense dense(int units) {
        return new Dense(units);
    }

    /** A 2-D convolution with square kernels of size {@code kernelSize}. */
    public static Conv2D conv2d(int filters, int kernelSize) {
        return new Conv2D(filters, kernelSize, kernelSize);
    }

    /** A 2-D convolution with {@code kernelHeight x kernelWidth} kernels. */
    public static Conv2D conv2d(int filters, int kernelHeight, int kernelWidth) {
        return new Conv2D(filters, kernelHeight, kernelWidth);
    }

    /** Max pooling over {@code size x size} windows, stride {@code size}. */
    public static Pooling2D maxPool2d(int size) {
        return new Pooling2D(true, size);
    }

    /** Average pooling over {@code size x size} windows, stride {@code size}. */
    public static Pooling2D averagePooling2d(int size) {
        return new Pooling2D(false, size);
    }

    /** Dropout of a fraction {@code rate} of the inputs during training. */
    public static Dropout dropout(double rate) {
        return new Dropout(rate);
    }

    /**
     * A leaky ReLU layer with Keras' default negative slope 0.3 (the {@code "leaky_relu"} activation
     * of a Dense or Conv2D layer uses 0.2, Keras' default for the function).
     */
    public static LeakyReLU leakyRelu() {
        return new LeakyReLU(LeakyReLU.KERAS_LAYER_SLOPE);
    }

    /** A leaky ReLU layer: x for x >= 0, {@code negativeSlope * x} below. */
    public static LeakyReLU leakyRelu(double negativeSlope) {
        return new LeakyReLU(negativeSlope);
    }

    /**
     * Batch normalisation over the last axis (features or channels) with Keras' defaults: momentum
     * 0.99, epsilon 1e-3, a learned scale and offset. See {@link BatchNormalization}.
     */
    public static BatchNormalization batchNormalization() {
        return new BatchNormalization();
    }

    /** Flattens each example to a vector. */
    public static Flatten flatten() {
        return new Flatten();
    }
}
