package org.dlcourse.nn;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Metric;
import org.dlcourse.nn.train.Optimizer;

/**
 * What {@code compile} sets and training advances in a {@link Sequential}: the optimiser, loss and
 * metrics, the learning rate of the next step (the optimiser's until a callback sets another), the
 * optimiser steps and shuffles taken so far, the history of every epoch, and why the last fit
 * stopped early. The {@link Trainer} reads and advances it; {@link ModelFile} saves and restores it.
 */
final class TrainingState {
    private Loss loss;
    private Optimizer optimizer;
    private double learningRate;
    private List<Metric> metrics = List.of();
    private final History history = new History();
    private long step;
    private int shuffles;
    private String stopReason;

    /**
     * Sets the compile settings and starts the step count again.
     *
     * @throws IllegalArgumentException if the optimiser or loss is missing or a metric is given twice
     */
    void compile(Optimizer optimizer, Loss loss, Metric... metrics) {
        requireOptimizerAndLoss(optimizer, loss);
        List<String> names = new ArrayList<>();
        for (Metric m : metrics) {
            if (names.contains(m.name())) {
                throw new IllegalArgumentException("Metric '" + m.name() + "' is given twice");
            }
            names.add(m.name());
        }
        restore(optimizer, loss, List.of(metrics), 0);
    }

    /** Throws unless both are given (checked before anything else in compile). */
    static void requireOptimizerAndLoss(Optimizer optimizer, Loss loss) {
        if (optimizer == null || loss == null) {
            throw new IllegalArgumentException("compile needs an optimizer and a loss, e.g. compile(Optimizers.adam(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy())");
        }
    }

    /** Restores the compile settings and the step count of a loaded model. */
    void restore(Optimizer optimizer, Loss loss, List<Metric> metrics, long step) {
        this.optimizer = optimizer;
        this.learningRate = optimizer == null ? 0 : optimizer.learningRate();
        this.loss = loss;
        this.metrics = List.copyOf(metrics);
        this.step = step;
    }

    /** Whether training has started (a step taken or an epoch recorded). */
    boolean started() {
        return step > 0 || history.epochs() > 0;
    }

    /** Throws unless compile has set a loss; {@code what} names the call, e.g. "fit". */
    void requireCompiled(String what) {
        if (loss == null) {
            throw new IllegalStateException("The model is not compiled: call compile(optimizer, loss, metrics...) before " + what);
        }
    }

    Loss loss() {
        return loss;
    }

    Optimizer optimizer() {
        return optimizer;
    }

    List<Metric> metrics() {
        return metrics;
    }

    History history() {
        return history;
    }

    String stopReason() {
        return stopReason;
    }

    void stopReason(String reason) {
        stopReason = reason;
    }

    long steps() {
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
}
