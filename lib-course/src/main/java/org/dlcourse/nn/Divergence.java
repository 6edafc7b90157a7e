package org.dlcourse.nn;

import org.dlcourse.config.RunProfile;

import java.util.Locale;

/**
 * The rule by which {@code fit} stops a run whose loss has diverged, so that a learning rate 1000x
 * too large is reported instead of training on silently (Keras's {@code TerminateOnNaN} catches
 * only the first of these):
 * <ol>
 *   <li>a batch loss that is NaN or infinite;</li>
 *   <li>an exploding loss: the mean loss of the epoch so far, after at least {@value #MIN_BATCHES}
 *       batches (or at the epoch's end), above {@value #FACTOR} times the larger of 1 and the loss of
 *       the first batch of the {@code fit}. An untrained classifier starts near ln(classes), about
 *       2.3 for 10 classes, so a run stops once it averages above 230; a regression on raw targets
 *       (Boston: about 600) stops above 100 times its start. Healthy training never comes near.</li>
 * </ol>
 * {@code FitOptions.stopOnDivergence(false)} turns the rule off. A callback like any other: it stops
 * training after the batch, prints what to try, and in the quick profile (CI's) fails the run when
 * training ends, since a run that diverges there is a broken notebook.
 */
final class Divergence implements Callback {
    /** How many times the first batch's loss counts as exploding. */
    static final double FACTOR = 100;
    /** Batches to average before the exploding rule applies, so one noisy batch cannot trigger it. */
    static final int MIN_BATCHES = 10;

    private double firstLoss = Double.NaN;
    private String stopped;

    @Override
    public void onBatchEnd(int batch, double loss, Training training) {
        String diverged = check(loss, training.epochLoss(), batch, batch == training.batches());
        if (diverged != null && !training.stopRequested()) {
            stopped = message(diverged, training.epoch(), batch, training.batches(), training.learningRate());
            training.stopTraining(stopped);
            System.out.println(stopped);
        }
    }

    @Override
    public void onTrainEnd(Training training) {
        if (stopped != null && RunProfile.isQuick()) {
            throw new IllegalStateException(stopped);
        }
    }

    /**
     * @param batchLoss  the loss of the batch just trained
     * @param epochMean  the mean loss of the epoch so far, this batch included
     * @param batches    batches of this epoch so far
     * @param epochEnd   true at the epoch's last batch
     * @return what diverged, e.g. "NaN" or "exploding (mean 5.1e+21, ...)", or null when all is well
     */
    String check(double batchLoss, double epochMean, int batches, boolean epochEnd) {
        if (Double.isNaN(batchLoss)) {
            return "NaN";
        }
        if (Double.isInfinite(batchLoss)) {
            return "infinite";
        }
        if (Double.isNaN(firstLoss)) {
            firstLoss = batchLoss;
        }
        double limit = FACTOR * Math.max(1.0, firstLoss);
        if ((batches >= MIN_BATCHES || epochEnd) && epochMean > limit) {
            return String.format(Locale.ROOT, "exploding (mean %.3g over the epoch's %d batches so far,"
                    + " more than %.0fx the first batch's %.3g)", epochMean, batches, FACTOR, firstLoss);
        }
        return null;
    }

    /** The message of a diverged run: what happened, and what to try. */
    static String message(String what, int epoch, int batch, int batches, double learningRate) {
        return String.format(Locale.ROOT,
                "Training stopped at epoch %d, batch %d/%d: the loss is %s. The weights have diverged:"
                        + " try a learning rate 10x smaller (now %s, e.g. %s), scale the inputs, or check the data"
                        + " for extreme values. (FitOptions.stopOnDivergence(false) turns this check off.)",
                epoch, batch, batches, what, learningRate, learningRate / 10);
    }
}
