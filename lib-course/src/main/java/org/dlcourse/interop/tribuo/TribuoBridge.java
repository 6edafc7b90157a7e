package org.dlcourse.interop.tribuo;

import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.graph.ModelInputs;
import org.dlcourse.nn.layer.Activation;
import org.dlcourse.nn.layer.BatchNormalization;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.LstmGradient;
import org.dlcourse.nn.layer.Net;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Optimizer;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.MutableFeatureMap;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.impl.ArrayExample;
import org.tribuo.interop.tensorflow.DenseFeatureConverter;
import org.tribuo.interop.tensorflow.GradientOptimiser;
import org.tribuo.interop.tensorflow.LabelConverter;
import org.tribuo.interop.tensorflow.RegressorConverter;
import org.tribuo.interop.tensorflow.TensorFlowTrainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.provenance.impl.EmptyDatasetProvenance;
import org.tribuo.provenance.impl.EmptyTrainerProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects {@link Sequential} models with Tribuo: evaluation through Tribuo's evaluators
 * ({@link LabelEvaluation}: accuracy, per-class precision/recall/F1, confusion matrix;
 * {@link RegressionEvaluation}: MAE, RMSE, R^2), datasets with zero-padded feature names, and the
 * model's graph handed to Tribuo's {@link TensorFlowTrainer} for users who want Tribuo's trainer
 * and provenance.
 *
 * <p>Classes are named by their number ({@code "0"}, {@code "1"}, ...); regression outputs
 * {@code "y0"}, {@code "y1"}, ...; features {@code "f000"}, {@code "f001"}, ... so that Tribuo's
 * id order equals the input order.
 */
public final class TribuoBridge {
    /** Name of the input placeholder in the exported graph (fed by a {@link DenseFeatureConverter}). */
    public static final String INPUT = "input";
    /** Name of the output op in the exported graph: logits for classification, outputs for regression. */
    public static final String OUTPUT = "tribuo_output";

    private static final LabelFactory LABELS = new LabelFactory();
    private static final RegressionFactory REGRESSORS = new RegressionFactory();

    private TribuoBridge() {
    }

    /** Feature names f0..f9, f00..f99, ... zero-padded to the width of the largest index. */
    public static String[] featureNames(int count) {
        int digits = Integer.toString(Math.max(0, count - 1)).length();
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "f" + String.format("%0" + digits + "d", i);
        }
        return names;
    }

    private static String[] regressionNames(int count) {
        int digits = Integer.toString(Math.max(0, count - 1)).length();
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "y" + String.format("%0" + digits + "d", i);
        }
        return names;
    }

    /** A Tribuo classification dataset: every value kept (zeros included), labels "0", "1", ... */
    public static MutableDataset<Label> classificationDataset(float[][] x, int[] labels, String description) {
        if (x.length != labels.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but there are " + labels.length + " labels");
        }
        String[] names = featureNames(x[0].length);
        MutableDataset<Label> d = new MutableDataset<>(new SimpleDataSourceProvenance(description, LABELS), LABELS);
        for (int i = 0; i < x.length; i++) {
            d.add(new ArrayExample<>(new Label(Integer.toString(labels[i])), names, toDoubles(x[i])));
        }
        return d;
    }

    /** A Tribuo regression dataset with outputs "y0", "y1", ... */
    public static MutableDataset<Regressor> regressionDataset(float[][] x, float[][] targets, String description) {
        if (x.length != targets.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but there are " + targets.length + " target rows");
        }
        String[] names = featureNames(x[0].length);
        String[] outs = regressionNames(targets[0].length);
        MutableDataset<Regressor> d = new MutableDataset<>(new SimpleDataSourceProvenance(description, REGRESSORS), REGRESSORS);
        for (int i = 0; i < x.length; i++) {
            d.add(new ArrayExample<>(new Regressor(outs, toDoubles(targets[i])), names, toDoubles(x[i])));
        }
        return d;
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static ImmutableFeatureMap featureMap(int count) {
        MutableFeatureMap fm = new MutableFeatureMap();
        for (String n : featureNames(count)) {
            fm.add(n, 0.0);
        }
        return new ImmutableFeatureMap(fm);
    }

    private static ModelProvenance provenance() {
        return new ModelProvenance(Sequential.class.getName(), OffsetDateTime.now(),
                new EmptyDatasetProvenance(), new EmptyTrainerProvenance());
    }

    /**
     * Evaluates a classifier with Tribuo: accuracy, per-class precision/recall/F1, confusion matrix
     * ({@code evaluation.getConfusionMatrix()}, {@code evaluation.toString()}).
     */
    public static LabelEvaluation evaluateClassification(Sequential model, float[][] x, int[] labels) {
        return evaluateClassification(model, x, labels, new String[0]);
    }

    /**
     * As {@link #evaluateClassification(Sequential, float[][], int[])} with classes 0, 1, ...
     * named {@code classNames} in the report and the confusion matrix (none given: "0", "1", ...).
     */
    public static LabelEvaluation evaluateClassification(Sequential model, float[][] x, int[] labels,
                                                         String... classNames) {
        int width = ModelInputs.outputWidth(model.plan());
        int classes = Math.max(2, width);
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = classNames == null || classNames.length == 0 ? Integer.toString(c) : classNames[Math.min(c, classNames.length - 1)];
        }
        if (classNames != null && classNames.length != 0
                && (classNames.length != classes || java.util.Set.of(names).size() != classes)) {
            throw new IllegalArgumentException("Give " + classes + " different class names, one per class of the"
                    + " model's output " + ShapeException.format(model.outputShape()) + ", got "
                    + java.util.Arrays.toString(classNames));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new ShapeException("Label " + labels[i] + " at index " + i + " is not a class of the model's output "
                        + ShapeException.format(model.outputShape()) + ": labels must be 0.." + (classes - 1));
            }
        }
        if (x.length != labels.length) {
            throw new ShapeException("The data has " + x.length + " examples but " + labels.length + " labels: give one per example");
        }
        Map<Label, Integer> ids = new LinkedHashMap<>();
        for (int c = 0; c < classes; c++) {
            ids.put(new Label(names[c]), c);
        }
        ImmutableOutputInfo<Label> info = LABELS.constructInfoForExternalModel(ids);
        SimpleDataSourceProvenance data = new SimpleDataSourceProvenance("evaluation data", LABELS);
        SequentialTribuoModel<Label> tribuo = new SequentialTribuoModel<>(model, provenance(),
                featureMap(model.input().size()), info, true, (p, e) -> labelPrediction(p, e, names));
        float[][] outputs = model.predict(x);
        List<Prediction<Label>> predictions = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            predictions.add(labelPrediction(outputs[i], new ArrayExample<>(new Label(names[labels[i]])), names));
        }
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(tribuo, predictions, data);
        if (evaluation.getConfusionMatrix() instanceof org.tribuo.classification.evaluation.LabelConfusionMatrix m) {
            List<Label> order = new ArrayList<>();
            for (String name : names) {
                order.add(new Label(name));
            }
            m.setLabelOrder(order); // the report lists the classes as 0, 1, 2, ..., not in hash order
        }
        return evaluation;
    }

    private static Prediction<Label> labelPrediction(float[] p, Example<Label> example, String[] names) {
        int classes = names.length;
        double[] probs = new double[classes];
        if (p.length == 1) {
            probs[1] = p[0];
            probs[0] = 1 - p[0];
        } else {
            for (int c = 0; c < classes; c++) {
                probs[c] = p[c];
            }
        }
        Map<String, Label> scores = new LinkedHashMap<>();
        int best = 0;
        for (int c = 0; c < classes; c++) {
            scores.put(names[c], new Label(names[c], probs[c]));
            if (probs[c] > probs[best]) {
                best = c;
            }
        }
        return new Prediction<>(new Label(names[best], probs[best]), scores, example.size(), example, true);
    }

    /** Evaluates a regression model with Tribuo: MAE, RMSE and R^2 per output ({@code averageMAE()}, ...). */
    public static RegressionEvaluation evaluateRegression(Sequential model, float[][] x, float[][] targets) {
        int width = ModelInputs.outputWidth(model.plan());
        if (x.length != targets.length) {
            throw new ShapeException("The data has " + x.length + " examples but " + targets.length + " target rows: give one per example");
        }
        for (int i = 0; i < targets.length; i++) {
            if (targets[i].length != width) {
                throw new ShapeException("Target row " + i + " has shape " + ShapeException.format(new int[] {targets[i].length})
                        + " but the model's output is " + ShapeException.format(model.outputShape()));
            }
        }
        String[] names = regressionNames(width);
        Map<Regressor, Integer> ids = new HashMap<>();
        for (int j = 0; j < width; j++) {
            ids.put(new Regressor(names[j], Double.NaN), j);
        }
        ImmutableOutputInfo<Regressor> info = REGRESSORS.constructInfoForExternalModel(ids);
        SimpleDataSourceProvenance data = new SimpleDataSourceProvenance("evaluation data", REGRESSORS);
        SequentialTribuoModel<Regressor> tribuo = new SequentialTribuoModel<>(model, provenance(),
                featureMap(model.input().size()), info, false,
                (p, e) -> new Prediction<>(new Regressor(names, toDoubles(p)), e.size(), e));
        float[][] outputs = model.predict(x);
        List<Prediction<Regressor>> predictions = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Example<Regressor> e = new ArrayExample<>(new Regressor(names, toDoubles(targets[i])));
            predictions.add(new Prediction<>(new Regressor(names, toDoubles(outputs[i])), 0, e));
        }
        return new RegressionEvaluator().evaluate(tribuo, predictions, data);
    }

    /**
     * The model as a TensorFlow graph for Tribuo: placeholder {@value #INPUT} of shape
     * (None, features), reshaped to the model's input, the layers (dropout inactive: Tribuo has no
     * training flag) with the model's current weights as initial values, and {@value #OUTPUT}: the
     * last layer before its activation (logits) for classification, its output for regression.
     * The caller closes the graph.
     */
    public static Graph exportGraph(Sequential model, boolean logits) {
        Graph g = new Graph();
        try {
            Ops tf = Ops.create(g);
            Input input = model.input();
            Placeholder<TFloat32> in = tf.withName(INPUT).placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(-1, input.size())));
            int[] shape = input.shape();
            int[] dims = new int[shape.length + 1];
            dims[0] = -1;
            System.arraycopy(shape, 0, dims, 1, shape.length);
            Operand<TFloat32> h = shape.length == 1 ? in : tf.reshape(in, tf.constant(dims));
            Net<TFloat32> net = new Net<>(tf, TFloat32.class, null, null);
            // Tribuo's trainer adds gradients to this graph: a fused LSTM needs its gradient registered
            LstmGradient.requireFor(model.layers(), TFloat32.class);
            Plan plan = model.plan();
            List<List<float[]>> weights = plan.byLayer(model.getWeights());
            List<List<Operand<TFloat32>>> params = new ArrayList<>();
            for (BuiltLayer layer : plan.layers()) {
                List<Operand<TFloat32>> own = new ArrayList<>();
                List<int[]> shapes = layer.paramShapes();
                List<String> names = layer.paramNames();
                for (int k = 0; k < shapes.size(); k++) {
                    own.add(tf.withName(layer.name() + "_" + names.get(k)).variable(tf.constant(
                            Shape.of(Arrays.stream(shapes.get(k)).asLongStream().toArray()),
                            DataBuffers.of(weights.get(layer.index()).get(k), true, false))));
                }
                params.add(own);
            }
            List<Operand<TFloat32>> out = plan.forward(net, h, params, false);
            Operand<TFloat32> z = out.get(0);
            h = out.get(1);
            tf.withName(OUTPUT).identity(logits ? z : h);
            return g;
        } catch (RuntimeException e) {
            g.close();
            throw e;
        }
    }

    /** Tribuo trains the inference graph: it would descend a batch normalisation's moving statistics. */
    private static void refuseBatchNormalization(Sequential model) {
        for (Layer l : model.layers()) {
            if (l instanceof BatchNormalization) {
                throw new IllegalArgumentException("Tribuo's trainer cannot train layer '" + l.name() + "' (BatchNormalization):"
                        + " it has no training mode, so it would treat the moving statistics as weights; train the model"
                        + " with model.fit(...) instead");
            }
        }
    }

    private static GradientOptimiser optimiser(Optimizer o, Map<String, Float> params) {
        params.put("learningRate", (float) o.learningRate());
        return o.tribuo(params); // the optimiser's own settings, under Tribuo's names
    }

    /**
     * A Tribuo {@link TensorFlowTrainer} for the model's graph and optimiser: softmax
     * cross-entropy on the logits (the model must end in a softmax layer). Tribuo trains from the
     * model's current weights, without reshuffling or validation, and gives a
     * {@code TensorFlowModel} with provenance; train it on {@link #classificationDataset}.
     */
    public static TensorFlowTrainer<Label> classificationTrainer(Sequential model, int batchSize, int epochs) {
        List<Layer> layers = model.layers();
        if (model.optimizer() == null) {
            throw new IllegalStateException("Compile the model first: Tribuo's trainer takes the optimiser from compile(...)");
        }
        if (layers.isEmpty() || layers.get(layers.size() - 1).activation() != Activation.SOFTMAX) {
            throw new IllegalArgumentException("Tribuo's classification trainer needs a model ending in a softmax layer"
                    + " (its LabelConverter applies softmax cross-entropy to the logits)");
        }
        refuseBatchNormalization(model);
        Map<String, Float> params = new HashMap<>();
        GradientOptimiser opt = optimiser(model.optimizer(), params);
        try (Graph g = exportGraph(model, true)) {
            return new TensorFlowTrainer<>(g, OUTPUT, opt, params, new DenseFeatureConverter(INPUT), new LabelConverter(),
                    batchSize, epochs, Math.max(batchSize, 256), -1);
        }
    }

    /** A Tribuo {@link TensorFlowTrainer} for a regression model (mean squared error on the outputs). */
    public static TensorFlowTrainer<Regressor> regressionTrainer(Sequential model, int batchSize, int epochs) {
        if (model.optimizer() == null) {
            throw new IllegalStateException("Compile the model first: Tribuo's trainer takes the optimiser from compile(...)");
        }
        refuseBatchNormalization(model);
        Map<String, Float> params = new HashMap<>();
        GradientOptimiser opt = optimiser(model.optimizer(), params);
        try (Graph g = exportGraph(model, false)) {
            return new TensorFlowTrainer<>(g, OUTPUT, opt, params, new DenseFeatureConverter(INPUT), new RegressorConverter(),
                    batchSize, epochs, Math.max(batchSize, 256), -1);
        }
    }
}
