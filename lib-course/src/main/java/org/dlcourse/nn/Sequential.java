package org.dlcourse.nn;

import org.dlcourse.config.Heap;
import org.dlcourse.interop.tribuo.TribuoBridge;
import org.dlcourse.nn.graph.Inference;
import org.dlcourse.nn.graph.ModelInputs;
import org.dlcourse.nn.graph.ModelSession;
import org.dlcourse.nn.graph.ModelWeights;
import org.dlcourse.nn.graph.Threads;
import org.dlcourse.nn.graph.TrainingGraph;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Metric;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.family.TFloating;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Keras-style stack of layers trained by its own loop on TensorFlow Java (graph mode).
 *
 * <pre>{@code
 * Sequential model = Sequential.of(input(28, 28, 1), conv2d(32, 3).activation("relu"), maxPool2d(2),
 *         flatten(), dense(10).activation("softmax"));
 * model.compile(Optimizers.adam(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy());
 * History h = model.fit(x, labels, FitOptions.epochs(10).batchSize(100).validationSplit(0.1));
 * }</pre>
 *
 * <p>Shapes are checked when the model is built and when data arrives, before TensorFlow sees
 * them. The same seed and data give bit-identical weights with every optimiser. The model holds
 * native memory: {@link #close()} it when done (or let a notebook session end).
 */
public final class Sequential implements Predictor, Architecture, AutoCloseable {
    private static final int PREDICT_BATCH = DEFAULT_BATCH;
    private static final String TRAINING = "training the model (model.fit)";
    private static final String EVALUATING = "evaluating the model (model.evaluate)";

    private final Input input;
    private final List<Layer> layers;
    private final Plan plan;
    /** Weights, graph, session, threads and the one-run-at-a-time lock. */
    private final ModelSession session;
    /** Compile settings, step counts, history. */
    private final TrainingState state = new TrainingState();

    private Sequential(Input input, List<Layer> layers, Class<? extends TFloating> precision) {
        if (input == null) {
            throw new IllegalArgumentException("The first argument must be the input: Sequential.of(Layers.input(...), layers...)");
        }
        this.input = input;
        this.layers = List.copyOf(layers);
        ModelInputs.nameLayers(this.layers);
        ModelInputs.checkTokenInput(input, this.layers);
        plan = new Plan(input, this.layers);
        session = new ModelSession(plan, precision);
    }

    /**
     * Builds a model from its input and layers.
     *
     * @throws ShapeException if a layer cannot take the previous layer's output
     */
    public static Sequential of(Input input, Layer... layers) {
        for (Layer l : layers) {
            if (l == null) {
                throw new IllegalArgumentException("A layer is null: pass layers made with Layers.dense(...), Layers.conv2d(...), ...");
            }
        }
        return new Sequential(input, Arrays.asList(layers), TFloat32.class);
    }

    /** A 64-bit float model, for gradient checks in tests. */
    static Sequential float64(Input input, Layer... layers) {
        return new Sequential(input, Arrays.asList(layers), TFloat64.class);
    }

    /**
     * Sets the seed of the initial weights (and the default seed of {@code fit}); default 42.
     * Re-initialises the weights; not allowed once training has started.
     */
    public Sequential seed(long seed) {
        checkOpen();
        if (state.started()) {
            throw new IllegalStateException("seed() must be called before training: the model has already been trained for "
                    + state.history().epochs() + " epochs; build a new model to start again from other initial weights");
        }
        session.reseed(seed);
        return this;
    }

    /**
     * Sets TensorFlow's thread pools for this model (see {@link Threads}); without it the model
     * uses {@value Threads#KEY} if set, else TensorFlow's default (the number of cores).
     * Must be called before the model first trains, evaluates or predicts.
     *
     * @param intraOp threads inside one op, at least 1
     * @param interOp ops run side by side, at least 1
     * @throws IllegalStateException if the model's TensorFlow session already exists
     */
    public Sequential threads(int intraOp, int interOp) {
        checkOpen();
        session.threads(intraOp, interOp);
        return this;
    }

    /** The thread setting the model's session uses (or will use). */
    public Threads threads() {
        return session.threads();
    }

    /**
     * Sets the optimiser, loss and metrics. Compiling again keeps the weights and resets the
     * optimiser's state.
     *
     * @throws ShapeException if the output is not flat
     */
    public Sequential compile(Optimizer optimizer, Loss loss, Metric... metrics) {
        checkOpen();
        TrainingState.requireOptimizerAndLoss(optimizer, loss);
        ModelInputs.checkFlatOutput(plan);
        state.compile(optimizer, loss, metrics);
        session.closeGraph();
        return this;
    }

    /**
     * Keras-style compile by names, e.g. {@code compile("rmsprop", "binary_crossentropy", "accuracy")};
     * optimisers get Keras' default learning rates.
     */
    public Sequential compile(String optimizer, String loss, String... metrics) {
        return compile(Optimizers.parse(optimizer), Loss.parse(loss),
                Arrays.stream(metrics).map(Metric::parse).toArray(Metric[]::new));
    }

    // ---- training ---------------------------------------------------------------------------

    /** Trains on class labels (categorical or binary cross-entropy, accuracy). */
    public History fit(float[][] x, int[] labels, FitOptions options) {
        return Heap.guard(TRAINING, () -> fit(x, Targets.labels(labels), options));
    }

    /**
     * Trains a sequence model on token ids (e.g. from {@code Sequences.pad}) and class labels; the
     * same as {@link #fit(float[][], int[], FitOptions)} with the ids as floats.
     */
    public History fit(int[][] tokens, int[] labels, FitOptions options) {
        return Heap.guard(TRAINING, () -> fit(ModelInputs.tokenRows(tokens, "training data"), labels, options));
    }

    /** Trains on target rows (regression, or one-hot rows). */
    public History fit(float[][] x, float[][] targets, FitOptions options) {
        return Heap.guard(TRAINING, () -> fit(x, Targets.values(targets), options));
    }

    private History fit(float[][] x, Targets y, FitOptions options) {
        return session.exclusive("fit", () -> {
            checkOpen();
            state.requireCompiled("fit");
            return Trainer.fit(this, x, y, options);
        });
    }

    /** The history of every epoch trained so far (appended to by each {@code fit}). */
    public History history() {
        return state.history();
    }

    /**
     * Why the last {@code fit} stopped inside an epoch (a NaN or infinite loss, an interrupt, a
     * callback stopping after a batch); null if it did not.
     */
    public String stopReason() {
        return state.stopReason();
    }

    /** Optimiser steps taken so far. */
    public long steps() {
        return state.steps();
    }

    /** The compile settings and training counters, for the trainer and the model file. */
    TrainingState state() {
        return state;
    }

    // ---- evaluation and prediction ----------------------------------------------------------

    @Override
    public Map<String, Double> evaluate(float[][] x, int[] labels, int batchSize) {
        Inference.checkBatchSize(batchSize);
        return Heap.guard(EVALUATING, () -> evaluateChecked(x, Targets.labels(labels), batchSize));
    }

    @Override
    public Map<String, Double> evaluate(float[][] x, float[][] targets, int batchSize) {
        Inference.checkBatchSize(batchSize);
        return Heap.guard(EVALUATING, () -> evaluateChecked(x, Targets.values(targets), batchSize));
    }

    private Map<String, Double> evaluateChecked(float[][] x, Targets y, int batchSize) {
        return session.exclusive("evaluate", () -> {
            checkOpen();
            state.requireCompiled("evaluate");
            checkRows(x, y, "evaluation data");
            return evaluateRows(x, y, "", batchSize);
        });
    }

    /** Checks data rows and their targets against the model's input and output. */
    void checkRows(float[][] x, Targets y, String what) {
        ModelInputs.checkRows(plan, x, y, state.loss(), what);
    }

    /** The loss and metrics on checked rows, their names prefixed (e.g. {@code val_}). */
    Map<String, Double> evaluateRows(float[][] x, Targets y, String prefix) {
        return evaluateRows(x, y, prefix, PREDICT_BATCH);
    }

    private Map<String, Double> evaluateRows(float[][] x, Targets y, String prefix, int batchSize) {
        return Inference.evaluate(graph(), x, y, prefix, batchSize, state.metrics(), outputWidth(), input.size());
    }

    @Override
    public LabelEvaluation evaluateClassification(float[][] x, int[] labels, String... classNames) {
        return TribuoBridge.evaluateClassification(this, checkedRows(x, "evaluation data"), labels, classNames);
    }

    @Override
    public RegressionEvaluation evaluateRegression(float[][] x, float[][] targets) {
        return TribuoBridge.evaluateRegression(this, checkedRows(x, "evaluation data"), targets);
    }

    @Override
    public float[][] predict(float[][] x, int batchSize) {
        Inference.checkBatchSize(batchSize);
        return Heap.guard("predicting (model.predict)", () -> session.exclusive("predict", () -> {
            checkedRows(x, "prediction data");
            return Inference.predict(graph(), x, batchSize, Layer.product(outputShape()), input.size());
        }));
    }

    // ---- description ------------------------------------------------------------------------

    @Override
    public Plan plan() {
        return plan;
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    /** The loss, null before compile. */
    public Loss loss() {
        return state.loss();
    }

    /** The optimiser, null before compile. */
    public Optimizer optimizer() {
        return state.optimizer();
    }

    /** The metrics. */
    public List<Metric> metrics() {
        return state.metrics();
    }

    /** The seed of the initial weights. */
    public long seed() {
        return session.seed();
    }

    @Override
    public String toString() {
        return "Sequential[" + input + ", " + layers.size() + " layers, " + countParams() + " params]";
    }

    // ---- weights ----------------------------------------------------------------------------

    /** The weights, one flat row-major array per parameter (kernel, bias of each layer in order). */
    public List<float[]> getWeights() {
        checkOpen();
        return ModelWeights.toFloats(session.currentWeights());
    }

    /**
     * Replaces the weights.
     *
     * @throws ShapeException if the count or a size does not match
     */
    public void setWeights(List<float[]> values) {
        checkOpen();
        restoreWeights(ModelWeights.fromFloats(plan, values));
    }

    /** A copy of the weights as doubles (the model file, tests). */
    double[][] weightsAsDoubles() {
        return session.currentWeights();
    }

    /** Replaces the weights with checked arrays. */
    void restoreWeights(double[][] values) {
        session.restoreWeights(values);
    }

    // ---- the graph --------------------------------------------------------------------------

    /** The model's graph, built on first use. */
    TrainingGraph<?> graph() {
        return session.graph(state.loss(), state.optimizer());
    }

    // ---- files ------------------------------------------------------------------------------

    /**
     * Saves the architecture, compile settings and weights to a file (a zip with a properties
     * header and raw floats; never Java serialisation).
     */
    public void save(Path file) throws IOException {
        checkOpen();
        ModelFile.write(this, file, session.currentWeights(), state.steps());
    }

    /**
     * Loads a model saved by {@link #save(Path)}; it predicts exactly as the saved one.
     *
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the file is not a model file or is corrupt
     */
    public static Sequential load(Path file) throws IOException {
        return ModelFile.read(file);
    }

    /** Restores compile settings and weights when loading. */
    void restore(Optimizer optimizer, Loss loss, List<Metric> metrics, double[][] w, long step, long seed) {
        state.restore(optimizer, loss, metrics, step);
        session.seedOnly(seed);
        session.restoreWeights(w);
    }

    /** The width of a flat output, -1 if the output is not flat. */
    int outputWidth() {
        return ModelInputs.outputWidth(plan);
    }

    /** {@code x}, once the model is open and the rows fit its input. */
    private float[][] checkedRows(float[][] x, String what) {
        checkOpen();
        ModelInputs.checkRows(input, layers, x, what);
        return x;
    }

    private void checkOpen() {
        session.checkOpen();
    }

    /** Frees the TensorFlow graph and session. */
    @Override
    public void close() {
        session.close();
    }
}
