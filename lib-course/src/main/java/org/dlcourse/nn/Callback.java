package org.dlcourse.nn;

import java.util.Map;

/**
 * Hooks into {@link Sequential#fit}, the one API of everything that watches or steers training:
 * the progress line, the divergence stop, {@link EarlyStopping} and {@link ModelCheckpoint} are
 * callbacks of this interface too, and a learner's own callback can do all they do through the
 * {@link Training} it is given: read and replace the model's weights, stop training, read the
 * history so far and the epoch's logs, change the learning rate.
 *
 * <pre>{@code
 * Callback halveEveryTenEpochs = new Callback() {
 *     public void onEpochBegin(int epoch, Training training) {
 *         if (epoch > 1 && epoch % 10 == 1) {
 *             training.learningRate(training.learningRate() / 2);
 *         }
 *     }
 * };
 * }</pre>
 *
 * Epochs are numbered from 1 across calls to {@code fit} (continued training keeps counting);
 * batches from 1 within each epoch. Every method has an empty default: override those you need.
 */
public interface Callback {
    /** Called before the first epoch of a {@code fit} call. */
    default void onTrainBegin(Training training) {
        onTrainBegin(training.model());
    }

    /** Called before each epoch (the place for a learning-rate schedule). */
    default void onEpochBegin(int epoch, Training training) {
    }

    /**
     * Called after each optimiser step with the batch's loss; {@link Training#epochLogs()} has the
     * means of the epoch so far. {@link Training#stopTraining} here stops after this batch: the
     * unfinished epoch is recorded with its mean loss so far and NaN metrics, and no
     * {@code onEpochEnd} follows.
     */
    default void onBatchEnd(int batch, double loss, Training training) {
    }

    /**
     * Called after each epoch with its logs ({@code loss}, {@code val_loss}, ...), already appended
     * to {@link Training#history()}. {@link Training#stopTraining} here makes it the last epoch.
     */
    default void onEpochEnd(int epoch, Map<String, Double> logs, Training training) {
        if (onEpochEnd(epoch, logs, training.model())) {
            training.stopTraining();
        }
    }

    /**
     * Called when a {@code fit} call ends, normally, stopped or by an exception; every callback's
     * {@code onTrainEnd} runs even if an earlier one throws.
     */
    default void onTrainEnd(Training training) {
        onTrainEnd(training.model());
    }

    /** The earlier form of {@link #onTrainBegin(Training)}, still called by its default. */
    default void onTrainBegin(Sequential model) {
    }

    /**
     * The earlier form of {@link #onEpochEnd(int, Map, Training)}, still called by its default.
     *
     * @return true to stop training after this epoch
     */
    default boolean onEpochEnd(int epoch, Map<String, Double> logs, Sequential model) {
        return false;
    }

    /** The earlier form of {@link #onTrainEnd(Training)}, still called by its default. */
    default void onTrainEnd(Sequential model) {
    }
}
