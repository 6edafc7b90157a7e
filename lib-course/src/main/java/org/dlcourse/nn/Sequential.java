package org.dlcourse.nn;

import org.dlcourse.config.Heap;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.family.TFloating;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
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
        nameLayers();
        checkTokenInput();
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

    private void nameLayers() {
        Map<String, Integer> counts = new HashMap<>();
        List<String> used = new ArrayList<>();
        for (Layer l : layers) {
            if (l.name() != null) {
                used.add(l.name());
            }
        }
        for (Layer l : layers) {
            if (l.name() == null) {
                String name;
                do {
                    int k = counts.merge(l.type(), 1, Integer::sum);
                    name = l.type() + "_" + k;
                } while (used.contains(name));
                l.name(name);
                used.add(name);
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                if (layers.get(i) == layers.get(j)) {
                    throw new IllegalArgumentException("Layer '" + layers.get(i).name()
                            + "' is added twice: create a new layer object for each position");
                }
                if (layers.get(i).name().equals(layers.get(j).name())) {
                    throw new IllegalArgumentException("Two layers are named '" + layers.get(i).name() + "': names must be unique");
                }
            }
        }
    }

    /** Token inputs and Embedding layers go together, the embedding first. */
    private void checkTokenInput() {
        boolean tokens = input.dtype() == Input.DType.INT;
        if (tokens && (layers.isEmpty() || !(layers.get(0) instanceof Embedding))) {
            throw new IllegalArgumentException("A token input needs an Embedding as its first layer:"
                    + " Sequential.of(Layers.tokenInput(length), Layers.embedding(vocabulary, dimension), ...)");
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Embedding && (i > 0 || !tokens)) {
                throw new IllegalArgumentException("Embedding '" + layers.get(i).name() + "' must be the first layer, after"
                        + " Layers.tokenInput(length)" + (tokens ? "" : " (the input is Layers.input(...), which holds floats, not token ids)"));
            }
        }
    }

    /** The token ids as float rows (exact up to 2^24), the form the graph is fed. */
    private static float[][] tokenRows(int[][] tokens, String what) {
        if (tokens == null) {
            throw new IllegalArgumentException("The " + what + " is null: pass an int[][] with one row of token ids per example");
        }
        float[][] x = new float[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == null) {
                throw new IllegalArgumentException("Row " + i + " of the " + what + " is null: every example needs its token ids");
            }
            x[i] = new float[tokens[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = tokens[i][j];
            }
        }
        return x;
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
            graph.writeParams(initialWeights());
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
        return Heap.guard(TRAINING, () -> fit(tokenRows(tokens, "training data"), labels, options));
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

    /** Throws when the thread was interrupted between two batches of an evaluation or prediction. */
    private static void stopIfInterrupted(String what, int done, int n) {
        if (RunInterruptedException.requested()) {
            throw RunInterruptedException.rethrow(String.format(Locale.ROOT,
                    "%s interrupted after %d of %d rows; the model is unchanged.", what, done, n));
        }
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

    private Map<String, Double> metricMap(double[] sums, int n, String prefix) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            m.put(prefix + metrics.get(i).name(), sums[i] / n);
        }
        return m;
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
        return Heap.guard(EVALUATING, () -> evaluateChecked(x, Targets.labels(labels)));
    }

    /** The loss and metrics of a sequence model on token ids and class labels. */
    public Map<String, Double> evaluate(int[][] tokens, int[] labels) {
        return Heap.guard(EVALUATING, () -> evaluate(tokenRows(tokens, "evaluation data"), labels));
    }

    /** The loss and metrics on target rows. */
    public Map<String, Double> evaluate(float[][] x, float[][] targets) {
        return Heap.guard(EVALUATING, () -> evaluateChecked(x, Targets.values(targets)));
    }

    private Map<String, Double> evaluateChecked(float[][] x, Targets y) {
        return exclusive("evaluate", () -> evaluateCheckedNow(x, y));
    }

    private Map<String, Double> evaluateCheckedNow(float[][] x, Targets y) {
        checkOpen();
        if (loss == null) {
            throw new IllegalStateException("The model is not compiled: call compile(optimizer, loss, metrics...) before evaluate");
        }
        checkRows(x, y, "evaluation data");
        return evaluateRows(x, y, "");
    }

    /** Checks data rows and their targets against the model's input and output. */
    void checkRows(float[][] x, Targets y, String what) {
        checkX(x, what);
        y.check(outputWidth(), lastName(), x.length, loss);
    }

    /** The loss and metrics on checked rows, their names prefixed (e.g. {@code val_}). */
    Map<String, Double> evaluateRows(float[][] x, Targets y, String prefix) {
        TrainingGraph<?> g = graph();
        int n = x.length;
        int rowLength = input.size();
        double lossSum = 0;
        double[] sums = new double[metrics.size()];
        for (int from = 0; from < n; from += PREDICT_BATCH) {
            stopIfInterrupted("Evaluation", from, n);
            int size = Math.min(PREDICT_BATCH, n - from);
            float[] rows = new float[size * rowLength];
            RowOrder.gather(x, null, from, size, rowLength, rows);
            try (Tensor xt = g.floats(g.inputShape(size), rows); Tensor yt = g.targetTensor(y, null, from, size)) {
                TrainingGraph.StepResult r = g.evaluate(xt, yt, y.isLabels());
                lossSum += r.loss() * size;
                for (int m = 0; m < metrics.size(); m++) {
                    sums[m] += metrics.get(m).sum(r.outputs(), outputWidth(), y, null, from, size);
                }
            }
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put(prefix + "loss", lossSum / n);
        logs.putAll(metricMap(sums, n, prefix));
        return logs;
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
        return evaluateClassification(tokenRows(tokens, "evaluation data"), labels);
    }

    /** Evaluates a regression model through Tribuo: MAE, RMSE and R^2 per output. */
    public org.tribuo.regression.evaluation.RegressionEvaluation evaluateRegression(float[][] x, float[][] targets) {
        checkOpen();
        checkX(x, "evaluation data");
        return TribuoBridge.evaluateRegression(this, x, targets);
    }

    /** The model's outputs (probabilities after softmax/sigmoid), one row per example. */
    public float[][] predict(float[][] x) {
        return Heap.guard("predicting (model.predict)", () -> exclusive("predict", () -> predictNow(x)));
    }

    private float[][] predictNow(float[][] x) {
        checkOpen();
        checkX(x, "prediction data");
        TrainingGraph<?> g = graph();
        int[] outShape = outputShape();
        int width = Layer.product(outShape);
        int rowLength = input.size();
        float[][] out = new float[x.length][];
        for (int from = 0; from < x.length; from += PREDICT_BATCH) {
            stopIfInterrupted("Prediction", from, x.length);
            int size = Math.min(PREDICT_BATCH, x.length - from);
            float[] rows = new float[size * rowLength];
            RowOrder.gather(x, null, from, size, rowLength, rows);
            float[] flat;
            try (Tensor xt = g.floats(g.inputShape(size), rows)) {
                flat = g.predict(xt);
            }
            for (int i = 0; i < size; i++) {
                out[from + i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
            }
        }
        return out;
    }

    /** The outputs of a sequence model on token ids, one row per example. */
    public float[][] predict(int[][] tokens) {
        return Heap.guard("predicting (model.predict)", () -> predict(tokenRows(tokens, "prediction data")));
    }

    /** The predicted classes of a sequence model on token ids. */
    public int[] predictClasses(int[][] tokens) {
        return predictClasses(tokenRows(tokens, "prediction data"));
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
        List<String[]> rows = new ArrayList<>();
        long total = 0;
        long frozen = 0;
        for (BuiltLayer l : plan.layers()) {
            total += l.paramCount();
            frozen += l.frozenCount();
            rows.add(new String[] {l.name() + " (" + l.layer().kind() + ")", ShapeException.format(l.outputShape()),
                String.format(Locale.ROOT, "%,d", l.paramCount())});
        }
        int nameW = 30, shapeW = 25, countW = 10;
        for (String[] r : rows) {
            nameW = Math.max(nameW, r[0].length() + 2);
            shapeW = Math.max(shapeW, r[1].length() + 2);
            countW = Math.max(countW, r[2].length());
        }
        String row = "%-" + nameW + "s%-" + shapeW + "s%" + countW + "s%n";
        String rule = "=".repeat(nameW + shapeW + countW) + "\n";
        StringBuilder b = new StringBuilder();
        b.append("Model: \"sequential\"   input ").append(ShapeException.format(input.shape())).append('\n');
        b.append(String.format(Locale.ROOT, row, "Layer (type)", "Output Shape", "Param #"));
        b.append(rule);
        for (String[] r : rows) {
            b.append(String.format(Locale.ROOT, row, r[0], r[1], r[2]));
        }
        b.append(rule);
        b.append(String.format(Locale.ROOT, "Total params: %,d%nTrainable params: %,d%nNon-trainable params: %,d%n",
                total, total - frozen, frozen));
        return b.toString();
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
        List<float[]> out = new ArrayList<>();
        for (double[] w : currentWeights()) {
            float[] f = new float[w.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) w[i];
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Replaces the weights.
     *
     * @throws ShapeException if the count or a size does not match
     */
    public void setWeights(List<float[]> values) {
        checkOpen();
        if (values == null) {
            throw new IllegalArgumentException("setWeights got null: pass a list like model.getWeights() returns,"
                    + " one float[] per parameter");
        }
        List<int[]> specs = plan.paramShapes();
        List<String> names = plan.paramNames();
        if (values.size() != specs.size()) {
            throw new ShapeException("setWeights got " + values.size() + " arrays but the model has " + specs.size()
                    + " parameters " + names + ": pass one float[] per parameter in this order, as getWeights()"
                    + " returns them (weights saved from a model with another architecture do not fit; see summary())");
        }
        double[][] d = new double[values.size()][];
        for (int i = 0; i < d.length; i++) {
            float[] f = values.get(i);
            if (f == null || f.length != Layer.product(specs.get(i))) {
                throw new ShapeException("Weight " + i + " (" + names.get(i) + ", shape " + Arrays.toString(specs.get(i))
                        + ") needs " + Layer.product(specs.get(i)) + " values but got " + (f == null ? "null" : f.length)
                        + ": the list must hold the parameters in getWeights() order, each flattened row-major;"
                        + " compare the layer sizes with summary()");
            }
            d[i] = new double[f.length];
            for (int j = 0; j < f.length; j++) {
                d[i][j] = f[j];
            }
        }
        restoreWeights(d);
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
            weights = copy(values);
        }
    }

    private double[][] currentWeights() {
        if (graph != null) {
            return graph.readParams();
        }
        if (weights == null) {
            weights = initialWeights();
        }
        return copy(weights);
    }

    private static double[][] copy(double[][] w) {
        double[][] c = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i].clone();
        }
        return c;
    }

    private double[][] initialWeights() {
        List<ParamSpec> params = plan.params();
        double[][] out = new double[params.size()][];
        for (int i = 0; i < out.length; i++) {
            ParamSpec p = params.get(i);
            out[i] = p.initializer().sample(p.size(), p.fanIn(), p.fanOut(), new SplittableRandom(RowOrder.mix(seed, i)));
        }
        return out;
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
        if (x == null) {
            throw new IllegalArgumentException("The " + what + " is null: pass a float[][] with one row per example");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("The " + what + " is empty: pass at least one example");
        }
        int expected = input.size();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != expected) {
                throw new ShapeException("Row " + i + " of the " + what + " has " + (x[i] == null ? 0 : x[i].length)
                        + " values but the model's input " + ShapeException.format(input.shape()) + " takes " + expected
                        + " per example: check the data or Layers.input(...)");
            }
            for (int j = 0; j < expected; j++) {
                if (!Float.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("Row " + i + " column " + j + " of the " + what + " is " + x[i][j]
                            + ": inputs must be finite numbers (fill or drop missing values first)");
                }
            }
            if (input.dtype() == Input.DType.INT) {
                int vocabulary = ((Embedding) layers.get(0)).vocabularySize();
                for (int j = 0; j < expected; j++) {
                    float v = x[i][j];
                    if (v != Math.rint(v) || v < 0 || v >= vocabulary) {
                        throw new IllegalArgumentException("Row " + i + " position " + j + " of the " + what + " is token id " + v
                                + " but the embedding takes whole ids in [0, " + vocabulary + "): load the data with numWords <= "
                                + vocabulary + " or enlarge Layers.embedding(vocabulary, ...)");
                    }
                }
            }
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
