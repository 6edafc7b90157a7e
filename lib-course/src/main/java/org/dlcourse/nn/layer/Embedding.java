package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Map;

/**
 * Maps each token id of a sequence to a learnt vector: (None, length) ids become
 * (None, length, dimension). It must be the first layer, after {@link Layers#tokenInput(int)};
 * ids must lie in [0, vocabularySize). Parameters: vocabularySize x dimension, initialised
 * uniformly on [-0.05, 0.05] as Keras.
 *
 * <p>In the graph the ids (fed as floats, exact up to 2^24) are cast to int32 and looked up with
 * {@code Gather} on an ordinary variable: its gradient is known to TensorFlow's C API, whereas
 * that of {@code ResourceGather} is not.
 *
 * <p><b>Training, as Keras.</b> In Keras (TensorFlow backend) the gradient of a lookup is "sparse":
 * one row per token occurrence in the batch, not summed per word. RMSprop and Adam square those
 * rows one by one, so a word's second moment grows by the <i>sum of squares</i> of its
 * occurrences' gradients, not by the square of their sum as a dense gradient would give. The step
 * itself is the same (the rows are summed into the table). This library does the same: the model
 * takes the gradient of the looked-up rows and the optimiser updates the table from them (see
 * {@code Optimizer}). It changes how fast the word vectors learn: from the same initial weights and
 * batches, the Reuters LSTM of bench/ now ends its first epoch with Keras's loss to 4 decimals
 * (bench/README.md, "same start").
 */
public final class Embedding extends Layer {
    private final int vocabularySize;
    private final int dimension;

    Embedding(int vocabularySize, int dimension) {
        if (vocabularySize <= 0 || dimension <= 0) {
            throw new IllegalArgumentException("Embedding vocabulary size and dimension must be positive, got "
                    + vocabularySize + " and " + dimension);
        }
        this.vocabularySize = vocabularySize;
        this.dimension = dimension;
    }

    @Override
    public Embedding name(String name) {
        super.name(name);
        return this;
    }

    /** The number of token ids, e.g. 10,000 for the most frequent 10,000 words. */
    public int vocabularySize() {
        return vocabularySize;
    }

    /** The length of each token's vector. */
    public int dimension() {
        return dimension;
    }

    @Override
    public String kind() {
        return "Embedding";
    }

    @Override
    public String type() {
        return "embedding";
    }

    @Override
    int[] outputShape(int[] input) {
        if (input.length != 1) {
            throw shapeError("a sequence of token ids (None, length)", input,
                    "declare the input as Layers.tokenInput(length)");
        }
        return new int[] {input[0], dimension};
    }

    @Override
    List<ParamSpec> params(int[] input) {
        return List.of(new ParamSpec("embeddings", new int[] {vocabularySize, dimension},
                Initializer.RANDOM_UNIFORM, vocabularySize, dimension));
    }

    @Override
    <T extends TFloating> Operand<T> forward(Net<T> net, Operand<T> x, int[] input, List<Operand<T>> params,
                                             boolean training, int index) {
        Operand<TInt32> ids = net.tf.dtypes.cast(x, TInt32.class);
        Operand<T> rows = net.tf.gather(params.get(0), ids, net.tf.constant(0));
        net.recordLookup(new Net.Lookup<>(params.get(0), ids, rows, vocabularySize, dimension), training);
        return rows;
    }

    @Override
    public void writeConfig(Map<String, String> config) {
        config.put("input_dim", Integer.toString(vocabularySize));
        config.put("output_dim", Integer.toString(dimension));
    }

    static Embedding fromConfig(Map<String, String> c) {
        return new Embedding(Integer.parseInt(c.get("input_dim")), Integer.parseInt(c.get("output_dim")));
    }

    @Override
    void toOnnx(OnnxForm onnx, BuiltLayer built, List<float[]> w) {
        String table = onnx.initializer(w.get(0), vocabularySize(), dimension());
        onnx.x(onnx.node("Gather", List.of(table, onnx.x()), OnnxForm.Attr.of("axis", 0)));
    }
}
