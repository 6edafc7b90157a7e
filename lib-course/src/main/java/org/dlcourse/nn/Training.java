package org.dlcourse.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlcourse.nn.train.Metric;

/**
 * One {@code fit} call as its {@link Callback}s see it: the model (its weights through
 * {@link Sequential#getWeights()} and {@link Sequential#setWeights}), the history so far, the
 * epoch's running logs, the learning rate, and the way to stop. The built-in callbacks use nothing
 * else.
 */
public final class Training {
    private final Sequential model;
    private final int epochs;
    private final int batches;
    private final int firstEpoch;
    private final Progress progress;
    private int epoch;
    private int batch;
    private double lossSum;
    private int seen;
    private double[] metricSums;
    private boolean stopRequested;
    private String stopReason;
    private Callback current;

    Training(Sequential model, int epochs, int batches, Progress progress) {
        this.model = model;
        this.epochs = epochs;
        this.batches = batches;
        this.progress = progress;
        this.firstEpoch = model == null ? 1 : model.history().epochs() + 1;
        this.metricSums = new double[model == null ? 0 : model.metrics().size()];
    }

    /** The model being trained. */
    public Sequential model() {
        return model;
    }

    /** The history of every epoch so far, this fit's finished epochs included. */
    public History history() {
        return model.history();
    }

    /** The epoch running now (numbered across fits, from 1); 0 before the first. */
    public int epoch() {
        return epoch;
    }

    /** The first epoch of this fit call (1 unless the model was trained before). */
    public int firstEpoch() {
        return firstEpoch;
    }

    /** The number of epochs this fit call was asked for. */
    public int epochs() {
        return epochs;
    }

    /** Batches per epoch. */
    public int batches() {
        return batches;
    }

    /** Batches done in the running epoch. */
    public int batch() {
        return batch;
    }

    /** Optimiser steps taken by the model so far (all fits). */
    public long steps() {
        return model.steps();
    }

    /** The learning rate the next optimiser step uses. */
    public double learningRate() {
        return model.state().learningRate();
    }

    /**
     * Sets the learning rate from the next optimiser step on; it stays until the model is
     * compiled again (as a Keras learning-rate scheduler sets the optimiser's).
     *
     * @throws IllegalArgumentException unless the rate is a positive finite number
     */
    public void learningRate(double rate) {
        model.state().learningRate(rate);
    }

    /**
     * The means over the running epoch so far: {@code loss} and each metric (the logs an
     * {@code onEpochEnd} gets, without the validation ones).
     */
    public Map<String, Double> epochLogs() {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", lossSum / seen);
        logs.putAll(metricLogs());
        return logs;
    }

    /** The mean loss over the running epoch's finite batch losses so far. */
    public double epochLoss() {
        return lossSum / Math.max(seen, 1);
    }

    /**
     * Whether a lower value of this logged metric is better, as the loss and metric declare it
     * ({@code loss}, {@code mae}: lower; {@code accuracy}: higher; {@code val_} names as theirs).
     *
     * @throws IllegalArgumentException if the model logs no such metric
     */
    public boolean lowerIsBetter(String name) {
        String base = name.startsWith("val_") ? name.substring(4) : name;
        if (base.equals("loss")) {
            return true;
        }
        List<Metric> metrics = model == null ? List.of() : model.metrics();
        for (Metric m : metrics) {
            if (m.name().equals(base)) {
                return !m.higherIsBetter();
            }
        }
        throw new IllegalArgumentException("Cannot monitor '" + name + "': the model logs loss"
                + (metrics.isEmpty() ? "" : " and " + metrics) + (name.startsWith("val_") ? " (and val_ ones with validation data)" : ""));
    }

    /**
     * Stops training: after this epoch when called from {@code onEpochEnd} or {@code onEpochBegin},
     * after this batch when called from {@code onBatchEnd}. The history's stop reason names the
     * callback ("stopped by EarlyStopping"); the first callback to stop wins.
     */
    public void stopTraining() {
        String name = current == null ? "" : current.getClass().getSimpleName();
        stopTraining("stopped by " + (name.isEmpty() || name.contains("$") ? "a callback" : name));
    }

    /** Stops training as {@link #stopTraining()}, with this reason in the history. */
    public void stopTraining(String reason) {
        if (!stopRequested) {
            stopRequested = true;
            stopReason = reason;
        }
    }

    /** Whether a callback has asked to stop. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Why training stops, null unless a callback asked. */
    public String stopReason() {
        return stopReason;
    }

    /** Prints a message under the progress line (nothing with {@code verbose(0)}). */
    public void log(String message) {
        if (progress != null) {
            progress.message(message);
        } else {
            System.out.println(message);
        }
    }

    // ---- the trainer's side -----------------------------------------------------------------

    void startEpoch(int epoch) {
        this.epoch = epoch;
        batch = 0;
        lossSum = 0;
        seen = 0;
        metricSums = new double[metricSums.length];
    }

    /** Adds a batch's loss (if finite) and metric sums. */
    void addBatch(double loss, int size, double[] metrics) {
        batch++;
        if (Double.isFinite(loss)) {
            lossSum += loss * size;
            seen += size;
        }
        for (int m = 0; m < metrics.length; m++) {
            metricSums[m] += metrics[m];
        }
    }

    Map<String, Double> metricLogs() {
        Map<String, Double> m = new LinkedHashMap<>();
        List<Metric> metrics = model.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            m.put(metrics.get(i).name(), metricSums[i] / seen);
        }
        return m;
    }

    double lossSum() {
        return lossSum;
    }

    int seen() {
        return seen;
    }

    void current(Callback callback) {
        this.current = callback;
    }
}
