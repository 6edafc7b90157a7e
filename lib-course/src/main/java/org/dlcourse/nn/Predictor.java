package org.dlcourse.nn;

import org.dlcourse.config.Heap;
import org.dlcourse.nn.graph.Inference;
import org.dlcourse.nn.graph.ModelInputs;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluation;

import java.util.Map;

/**
 * What a trained model answers about data: its outputs, classes and scores. A model implements
 * the batched forms on float rows; the forms without a batch size (256 rows at a time) and the
 * forms on token ids (a sequence model's input, one id per step) follow from them here.
 */
public interface Predictor {
    /** Rows per batch when none is given. */
    int DEFAULT_BATCH = 256;

    /**
     * The loss and metrics on labelled data, {@code batchSize} rows at a time (the means can differ
     * from another batch size's in the last digits, as float sums in another order do).
     *
     * @throws IllegalArgumentException if the batch size is not positive
     */
    Map<String, Double> evaluate(float[][] x, int[] labels, int batchSize);

    /** As {@link #evaluate(float[][], int[], int)} on target rows. */
    Map<String, Double> evaluate(float[][] x, float[][] targets, int batchSize);

    /**
     * The model's outputs (probabilities after softmax/sigmoid), one row per example, computed
     * {@code batchSize} rows at a time (a smaller batch needs less memory, the outputs are the same).
     *
     * @throws IllegalArgumentException if the batch size is not positive
     */
    float[][] predict(float[][] x, int batchSize);

    /**
     * Evaluates a classifier through Tribuo: accuracy, per-class precision, recall and F1, and the
     * confusion matrix ({@code toString()} prints them all). Classes are named "0", "1", ...
     */
    default LabelEvaluation evaluateClassification(float[][] x, int[] labels) {
        return evaluateClassification(x, labels, new String[0]);
    }

    /**
     * As {@link #evaluateClassification(float[][], int[])} with the classes named in the report
     * and the confusion matrix ("setosa" instead of "0").
     *
     * @throws IllegalArgumentException if the names are not one per class, all different
     */
    LabelEvaluation evaluateClassification(float[][] x, int[] labels, String... classNames);

    /** Evaluates a regression model through Tribuo: MAE, RMSE and R^2 per output. */
    RegressionEvaluation evaluateRegression(float[][] x, float[][] targets);

    /** As {@link #evaluateClassification(float[][], int[])} for a sequence model on token ids. */
    default LabelEvaluation evaluateClassification(int[][] tokens, int[] labels) {
        return evaluateClassification(ModelInputs.tokenRows(tokens, "evaluation data"), labels);
    }

    /** The loss and metrics on labelled data, e.g. {@code {loss=0.05, accuracy=0.98}}. */
    default Map<String, Double> evaluate(float[][] x, int[] labels) {
        return evaluate(x, labels, DEFAULT_BATCH);
    }

    /** The loss and metrics on target rows. */
    default Map<String, Double> evaluate(float[][] x, float[][] targets) {
        return evaluate(x, targets, DEFAULT_BATCH);
    }

    /** The loss and metrics of a sequence model on token ids and class labels. */
    default Map<String, Double> evaluate(int[][] tokens, int[] labels) {
        return evaluate(tokens, labels, DEFAULT_BATCH);
    }

    /** As {@link #evaluate(int[][], int[])}, {@code batchSize} rows at a time. */
    default Map<String, Double> evaluate(int[][] tokens, int[] labels, int batchSize) {
        return Heap.guard("evaluating the model (model.evaluate)",
                () -> evaluate(ModelInputs.tokenRows(tokens, "evaluation data"), labels, batchSize));
    }

    /** The model's outputs, one row per example. */
    default float[][] predict(float[][] x) {
        return predict(x, DEFAULT_BATCH);
    }

    /** The outputs of a sequence model on token ids, one row per example. */
    default float[][] predict(int[][] tokens) {
        return predict(tokens, DEFAULT_BATCH);
    }

    /** As {@link #predict(int[][])}, {@code batchSize} rows at a time. */
    default float[][] predict(int[][] tokens, int batchSize) {
        return Heap.guard("predicting (model.predict)",
                () -> predict(ModelInputs.tokenRows(tokens, "prediction data"), batchSize));
    }

    /** The predicted class of each example: the arg-max output, or output >= 0.5 for one output. */
    default int[] predictClasses(float[][] x) {
        return Inference.classes(predict(x));
    }

    /** The predicted classes of a sequence model on token ids. */
    default int[] predictClasses(int[][] tokens) {
        return predictClasses(ModelInputs.tokenRows(tokens, "prediction data"));
    }
}
