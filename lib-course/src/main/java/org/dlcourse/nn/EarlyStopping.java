package org.dlcourse.nn;

import java.util.List;
import java.util.Map;

/**
 * Stops training when a monitored metric has not improved for {@code patience} epochs and can put
 * back the best epoch's weights:
 * <pre>{@code
 * EarlyStopping.monitor("val_loss").patience(3).restoreBestWeights()
 * }</pre>
 */
public final class EarlyStopping implements Callback {
    private final Monitor monitor;
    private int patience;
    private boolean restore;
    private int wait;
    private int stoppedEpoch;
    private List<float[]> bestWeights;

    private EarlyStopping(String metric, double minDelta) {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("EarlyStopping needs a metric to watch, e.g. EarlyStopping.monitor(\"val_loss\")");
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("minDelta must be a number >= 0, got " + minDelta
                    + ": the smallest change that counts as an improvement, e.g. 0.001 (0 counts any improvement)");
        }
        this.monitor = new Monitor(metric, minDelta);
    }

    /** Watches a metric of the history, e.g. {@code val_loss} or {@code val_accuracy}. */
    public static EarlyStopping monitor(String metric) {
        return new EarlyStopping(metric, 0);
    }

    /** Watches a metric; an improvement must exceed {@code minDelta}. */
    public static EarlyStopping monitor(String metric, double minDelta) {
        return new EarlyStopping(metric, minDelta);
    }

    /**
     * Epochs without improvement after which training stops, as in Keras: with patience 3 the
     * third epoch in a row that does not improve on the best is the last one. 0 (the default) and 1
     * both stop at the first epoch that does not improve.
     */
    public EarlyStopping patience(int patience) {
        if (patience < 0) {
            throw new IllegalArgumentException("Patience must be 0 or more, got " + patience
                    + ": it is the number of epochs without improvement to wait, e.g. patience(3)");
        }
        this.patience = patience;
        return this;
    }

    /**
     * At the end of training (stopped early or not), put back the weights of the best epoch of
     * this {@code fit} call, so the model is the one its best validation score describes.
     */
    public EarlyStopping restoreBestWeights() {
        this.restore = true;
        return this;
    }

    /** The epoch training was stopped after, 0 if it ran to the end. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** The epoch with the best value of the monitored metric. */
    public int bestEpoch() {
        return monitor.bestEpoch();
    }

    /** The best value of the monitored metric. */
    public double bestValue() {
        return monitor.best();
    }

    @Override
    public void onTrainBegin(Training training) {
        monitor.reset(training);
        wait = 0;
        stoppedEpoch = 0;
        bestWeights = null;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, Training training) {
        if (monitor.offer(epoch, logs)) {
            wait = 0;
            if (restore) {
                bestWeights = training.model().getWeights();
            }
            return;
        }
        wait++;
        if (wait >= Math.max(1, patience)) {
            stoppedEpoch = epoch;
            training.stopTraining();
        }
    }

    @Override
    public void onTrainEnd(Training training) {
        if (restore && bestWeights != null) {
            training.model().setWeights(bestWeights);
            if (stoppedEpoch > 0) {
                training.log("Early stopping after epoch " + stoppedEpoch + ": restored the weights of epoch "
                        + monitor.bestEpoch() + " (" + monitor.name() + " = " + String.format("%.4f", monitor.best()) + ")");
            }
        } else if (stoppedEpoch > 0) {
            training.log("Early stopping after epoch " + stoppedEpoch + " (best " + monitor.name() + " at epoch "
                    + monitor.bestEpoch() + ")");
        }
    }
}
