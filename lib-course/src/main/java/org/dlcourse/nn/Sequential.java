package org.dlcourse.nn;

import org.dlcourse.config.Heap;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.family.TFloating;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

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
public final class Sequential implements AutoCloseable {
    private static final int PREDICT_BATCH = 256;
    private static final String TRAINING = "training the model (model.fit)";
    private static final String EVALUATING = "evaluating the model (model.evaluate)";

    private final Input input;
    private final List<Layer> layers;
    private final Plan plan;
    private final Class<? extends TFloating> precision;
    private long seed = 42;
    private Loss loss;
    private Optimizer optimizer;
    private double learningRate;
    private List<Metric> metrics = List.of();
    private TrainingGraph<?> graph;
    private double[][] weights;
    private final History history = new History();
    private long step;
    private int shuffles;
    private String stopReason;
    private boolean closed;
    private Threads threads;
    /** One fit, evaluate or predict at a time: an interrupted cell's run finishes its batch first. */
    private final ReentrantLock busy = new ReentrantLock();

    private Sequential(Input input, List<Layer> layers, Class<? extends TFloating> precision) {
        if (input == null) {
            throw new IllegalArgumentException("The first argument must be the input: Sequential.of(Layers.input(...), layers...)");
        }
        this.input = input;
        this.layers = List.copyOf(layers);
        this.precision = precision;
        ModelInputs.nameLayers(this.layers);
        ModelInputs.checkTokenInput(input, this.layers);
        plan = new Plan(input, this.layers);
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
        if (step > 0 || history.epochs() > 0) {
            throw new IllegalStateException("seed() must be called before training: the model has already been trained for "
                    + history.epochs() + " epochs; build a new model to start again from other initial weights");
        }
        this.seed = seed;
        this.weights = null;
        if (graph != null) {
            graph.writeParams(ModelWeights.initial(plan, seed));
        }
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
        Threads t = Threads.of(intraOp, interOp);
        if (graph != null) {
            throw new IllegalStateException("threads() must be called before the model first trains, evaluates or predicts:"
                    + " its TensorFlow session already runs with " + graph.threads() + "; build the model again and call"
                    + " threads(" + intraOp + ", " + interOp + ") right after compile(...)");
        }
        this.threads = t;
        return this;
    }

    /** The thread setting the model's session uses (or will use). */
    public Threads threads() {
        if (graph != null) {
            return graph.threads();
        }
        return threads != null ? threads : Threads.fromEnvironment();
    }

    /**
     * Sets the optimiser, loss and metrics. Compiling again keeps the weights and resets the
     * optimiser's state.
     *
     * @throws ShapeException if the output is not flat
     */
    public Sequential compile(Optimizer optimizer, Loss loss, Metric... metrics) {
        checkOpen();
        if (optimizer == null || loss == null) {
            throw new IllegalArgumentException("compile needs an optimizer and a loss, e.g. compile(Optimizers.adam(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy())");
        }
        int[] out = outputShape();
        if (out.length != 1) {
            throw new ShapeException("Output layer '" + lastName() + "' has output shape " + ShapeException.format(out)
                    + " but losses need a flat output (None, units): end the model with Flatten and Dense");
        }
        List<String> names = new ArrayList<>();
        for (Metric m : metrics) {
            if (names.contains(m.name())) {
                throw new IllegalArgumentException("Metric '" + m.name() + "' is given twice");
            }
            names.add(m.name());
        }
        double[][] keep = currentWeights();
        closeGraph();
        this.optimizer = optimizer;
        this.learningRate = optimizer.learningRate();
        this.loss = loss;
        this.metrics = List.of(metrics);
        this.weights = keep;
        this.step = 0;
        return this;
    }

    /**
     * Keras-style compile by names, e.g. {@code compile("rmsprop", "binary_crossentropy", "accuracy")};
     * optimisers get Keras' default learning rates.
     */
    public Sequential compile(String optimizer, String loss, String... metrics) {
        Metric[] m = new Metric[metrics.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = Metric.parse(metrics[i]);
        }
        return compile(Optimizers.parse(optimizer), Loss.parse(loss), m);
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
        return exclusive("fit", () -> fitNow(x, y, options));
    }

    private History fitNow(float[][] x, Targets y, FitOptions options) {
        checkOpen();
        if (loss == null) {
            throw new IllegalStateException("The model is not compiled: call compile(optimizer, loss, metrics...) before fit");
        }
        return Trainer.fit(this, x, y, options);
    }

    /**
     * Runs one fit, evaluate or predict at a time. A cell that was interrupted returns at once, but
     * its thread finishes the batch in progress: a new call waits for that (a second or so) instead
     * of training the same weights from two threads.
     */
    private <T> T exclusive(String what, Supplier<T> work) {
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

    /** The history of every epoch trained so far (appended to by each {@code fit}). */
    public History history() {
        return history;
    }

    /**
     * Why the last {@code fit} stopped inside an epoch (a NaN or infinite loss, an interrupt, a
     * callback stopping after a batch); null if it did not.
     */
    public String stopReason() {
        return stopReason;
    }

    void stopReason(String reason) {
        stopReason = reason;
    }

    /** Optimiser steps taken so far. */
    public long steps() {
        return step;
    }

    /** Counts an optimiser step and returns its number (from 1). */
    long nextStep() {
        return ++step;
    }

    /** The number of the next shuffle (the fit's seed and it give the epoch's order). */
    int nextShuffle() {
        return shuffles++;
    }

    /** The learning rate of the next step: the optimiser's until a callback sets another. */
    double learningRate() {
        return learningRate;
    }

    void learningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("Learning rate must be a positive number, got " + rate);
        }
        learningRate = rate;
    }

    // ---- evaluation and prediction ----------------------------------------------------------

    /** The loss and metrics on labelled data, e.g. {@code {loss=0.05, accuracy=0.98}}. */
    public Map<String, Double> evaluate(float[][] x, int[] labels) {
        return evaluate(x, labels, PREDICT_BATCH);
    }

    /**
     * As {@link #evaluate(float[][], int[])}, {@code batchSize} rows at a time (default 256; the
     * means can differ from it in the last digits, as float sums in another order do).
     *
     * @throws IllegalArgumentException if the batch size is not positive
     */
    public Map<String, Double> evaluate(float[][] x, int[] labels, int batchSize) {
        checkBatchSize(batchSize);
        return Heap.guard(EVALUATING, () -> evaluateChecked(x, Targets.labels(labels), batchSize));
    }

    /** The loss and metrics of a sequence model on token ids and class labels. */
    public Map<String, Double> evaluate(int[][] tokens, int[] labels) {
        return evaluate(tokens, labels, PREDICT_BATCH);
    }

    /** As {@link #evaluate(int[][], int[])}, {@code batchSize} rows at a time. */
    public Map<String, Double> evaluate(int[][] tokens, int[] labels, int batchSize) {
        return Heap.guard(EVALUATING, () -> evaluate(ModelInputs.tokenRows(tokens, "evaluation data"), labels, batchSize));
    }

    /** The loss and metrics on target rows. */
    public Map<String, Double> evaluate(float[][] x, float[][] targets) {
        return evaluate(x, targets, PREDICT_BATCH);
    }

    /** As {@link #evaluate(float[][], float[][])}, {@code batchSize} rows at a time. */
    public Map<String, Double> evaluate(float[][] x, float[][] targets, int batchSize) {
        checkBatchSize(batchSize);
        return Heap.guard(EVALUATING, () -> evaluateChecked(x, Targets.values(targets), batchSize));
    }

    private Map<String, Double> evaluateChecked(float[][] x, Targets y, int batchSize) {
        return exclusive("evaluate", () -> evaluateCheckedNow(x, y, batchSize));
    }

    private Map<String, Double> evaluateCheckedNow(float[][] x, Targets y, int batchSize) {
        checkOpen();
        if (loss == null) {
            throw new IllegalStateException("The model is not compiled: call compile(optimizer, loss, metrics...) before evaluate");
        }
        checkRows(x, y, "evaluation data");
        return evaluateRows(x, y, "", batchSize);
    }

    /** Checks data rows and their targets against the model's input and output. */
    void checkRows(float[][] x, Targets y, String what) {
        checkX(x, what);
        y.check(outputWidth(), lastName(), x.length, loss);
    }

    /** The loss and metrics on checked rows, their names prefixed (e.g. {@code val_}). */
    Map<String, Double> evaluateRows(float[][] x, Targets y, String prefix) {
        return evaluateRows(x, y, prefix, PREDICT_BATCH);
    }

    private Map<String, Double> evaluateRows(float[][] x, Targets y, String prefix, int batchSize) {
        return Inference.evaluate(graph(), x, y, prefix, batchSize, metrics, outputWidth(), input.size());
    }

    /**
     * Evaluates a classifier through Tribuo: accuracy, per-class precision, recall and F1, and the
     * confusion matrix ({@code toString()} prints them all). Classes are named "0", "1", ...
     */
    public org.tribuo.classification.evaluation.LabelEvaluation evaluateClassification(float[][] x, int[] labels) {
        checkOpen();
        checkX(x, "evaluation data");
        return TribuoBridge.evaluateClassification(this, x, labels);
    }

    /**
     * As {@link #evaluateClassification(float[][], int[])} with the classes named in the report
     * and the confusion matrix ("setosa" instead of "0").
     *
     * @throws IllegalArgumentException if the names are not one per class, all different
     */
    public org.tribuo.classification.evaluation.LabelEvaluation evaluateClassification(float[][] x, int[] labels,
                                                                                       String... classNames) {
        checkOpen();
        checkX(x, "evaluation data");
        return TribuoBridge.evaluateClassification(this, x, labels, classNames);
    }

    /** As {@link #evaluateClassification(float[][], int[])} for a sequence model on token ids. */
    public org.tribuo.classification.evaluation.LabelEvaluation evaluateClassification(int[][] tokens, int[] labels) {
        return evaluateClassification(ModelInputs.tokenRows(tokens, "evaluation data"), labels);
    }

    /** Evaluates a regression model through Tribuo: MAE, RMSE and R^2 per output. */
    public org.tribuo.regression.evaluation.RegressionEvaluation evaluateRegression(float[][] x, float[][] targets) {
        checkOpen();
        checkX(x, "evaluation data");
        return TribuoBridge.evaluateRegression(this, x, targets);
    }

    /** The model's outputs (probabilities after softmax/sigmoid), one row per example. */
    public float[][] predict(float[][] x) {
        return predict(x, PREDICT_BATCH);
    }

    /**
     * The model's outputs, computed {@code batchSize} rows at a time (the default is 256: a smaller
     * batch needs less memory, the outputs are the same).
     *
     * @throws IllegalArgumentException if the batch size is not positive
     */
    public float[][] predict(float[][] x, int batchSize) {
        checkBatchSize(batchSize);
        return Heap.guard("predicting (model.predict)", () -> exclusive("predict", () -> predictNow(x, batchSize)));
    }

    private float[][] predictNow(float[][] x, int batchSize) {
        checkOpen();
        checkX(x, "prediction data");
        return Inference.predict(graph(), x, batchSize, Layer.product(outputShape()), input.size());
    }

    /** The outputs of a sequence model on token ids, one row per example. */
    public float[][] predict(int[][] tokens) {
        return predict(tokens, PREDICT_BATCH);
    }

    /** As {@link #predict(int[][])}, {@code batchSize} rows at a time. */
    public float[][] predict(int[][] tokens, int batchSize) {
        return Heap.guard("predicting (model.predict)", () -> predict(ModelInputs.tokenRows(tokens, "prediction data"), batchSize));
    }

    /** The predicted classes of a sequence model on token ids. */
    public int[] predictClasses(int[][] tokens) {
        return predictClasses(ModelInputs.tokenRows(tokens, "prediction data"));
    }

    /** The predicted class of each example: the arg-max output, or output >= 0.5 for one output. */
    public int[] predictClasses(float[][] x) {
        float[][] p = predict(x);
        int[] classes = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            classes[i] = p[i].length == 1 ? (p[i][0] >= 0.5f ? 1 : 0) : Metric.argMax(p[i], 0, p[i].length);
        }
        return classes;
    }

    // ---- description ------------------------------------------------------------------------

    /**
     * A Keras-like table of layers, output shapes and parameter counts; the columns widen to the
     * longest layer name and shape, so every row stays aligned.
     */
    public String summary() {
        return ModelSummary.of(plan);
    }

    /**
     * The number of parameters, as Keras' {@code count_params()}: the trainable ones and the
     * non-trainable ones (a batch normalisation's moving statistics).
     */
    public long countParams() {
        return plan.paramCount();
    }

    /** The built model: each layer with its input and output shapes and its parameters. */
    public Plan plan() {
        return plan;
    }

    /** The output shape of a layer (without the batch dimension). */
    public int[] outputShape(int layer) {
        return plan.layers().get(layer).outputShape();
    }

    /** The model's output shape (without the batch dimension). */
    public int[] outputShape() {
        return plan.outputShape();
    }

    /** The input. */
    public Input input() {
        return input;
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    /** The loss, null before compile. */
    public Loss loss() {
        return loss;
    }

    /** The optimiser, null before compile. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The metrics. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** The seed of the initial weights. */
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return "Sequential[" + input + ", " + layers.size() + " layers, " + countParams() + " params]";
    }

    // ---- weights ----------------------------------------------------------------------------

    /** The weights, one flat row-major array per parameter (kernel, bias of each layer in order). */
    public List<float[]> getWeights() {
        checkOpen();
        return ModelWeights.toFloats(currentWeights());
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

    /**
     * The model up to and including layer {@code index}: copies of those layers with their current
     * weights, to look inside the model ({@link FeatureMaps}, {@link LayerOutputs}). The caller
     * closes it.
     */
    Sequential front(int index) {
        Layer[] prefix = new Layer[index + 1];
        for (int i = 0; i <= index; i++) {
            prefix[i] = ModelFile.copyOf(layers.get(i), i);
        }
        Input in = input.dtype() == Input.DType.INT ? Layers.tokenInput(input.shape()[0]) : Layers.input(input.shape());
        Sequential front = Sequential.of(in, prefix);
        BuiltLayer last = plan.layers().get(index);
        front.restoreWeights(Arrays.copyOf(currentWeights(), last.firstParam() + last.params().size()));
        return front;
    }

    double[][] weightsAsDoubles() {
        return currentWeights();
    }

    void restoreWeights(double[][] values) {
        if (graph != null) {
            graph.writeParams(values);
        } else {
            weights = ModelWeights.copy(values);
        }
    }

    private double[][] currentWeights() {
        if (graph != null) {
            return graph.readParams();
        }
        if (weights == null) {
            weights = ModelWeights.initial(plan, seed);
        }
        return ModelWeights.copy(weights);
    }

    // ---- the graph --------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "rawtypes"})
    TrainingGraph<?> graph() {
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

    private void closeGraph() {
        if (graph != null) {
            graph.close();
            graph = null;
        }
    }

    // ---- files ------------------------------------------------------------------------------

    /**
     * Saves the architecture, compile settings and weights to a file (a zip with a properties
     * header and raw floats; never Java serialisation).
     */
    public void save(Path file) throws IOException {
        checkOpen();
        ModelFile.write(this, file, currentWeights(), step);
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
        this.optimizer = optimizer;
        this.learningRate = optimizer == null ? 0 : optimizer.learningRate();
        this.loss = loss;
        this.metrics = List.copyOf(metrics);
        this.weights = w;
        this.step = step;
        this.seed = seed;
    }

    // ---- helpers ----------------------------------------------------------------------------

    int outputWidth() {
        int[] out = outputShape();
        return out.length == 1 ? out[0] : -1;
    }

    private String lastName() {
        return layers.isEmpty() ? "input" : layers.get(layers.size() - 1).name();
    }

    private void checkX(float[][] x, String what) {
        ModelInputs.checkRows(input, layers, x, what);
    }

    private static void checkBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, got " + batchSize + " (the default is 256)");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The model is closed: build or load it again");
        }
    }

    /** Frees the TensorFlow graph and session. */
    @Override
    public void close() {
        closeGraph();
        closed = true;
    }
}
