package org.dlcourse.nn;

import org.dlcourse.nn.graph.RunInterruptedException;
import org.dlcourse.nn.graph.TrainingGraph;
import org.dlcourse.nn.train.Metric;
import org.dlcourse.nn.train.RowOrder;
import org.dlcourse.nn.train.Targets;
import org.tensorflow.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The training loop of {@link Sequential#fit}: splits off the validation rows, shuffles, steps the
 * optimiser batch by batch, validates, records the history, and calls the {@link Callback}s
 * (progress and the divergence stop first, then the fit's own). Between two batches it checks for
 * an interrupt (the notebook's stop button) and ends with {@link RunInterruptedException}.
 */
final class Trainer {
    private final Sequential model;
    private final FitOptions options;

    private Trainer(Sequential model, FitOptions options) {
        this.model = model;
        this.options = options;
    }

    /** Trains the model on checked data; the caller holds the model's lock. */
    static History fit(Sequential model, float[][] x, Targets y, FitOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("fit needs options, e.g. FitOptions.epochs(10).batchSize(32)");
        }
        return new Trainer(model, options).run(x, y);
    }

    private History run(float[][] x, Targets y) {
        model.checkRows(x, y, "training data");
        float[][] trainX = x;
        Targets trainY = y;
        float[][] valX = options.validationX();
        Targets valY = options.validationTargets();
        if (valX != null) {
            model.checkRows(valX, valY, "validation data");
        } else if (options.validationSplit() > 0) {
            int nVal = (int) Math.round(x.length * options.validationSplit());
            if (nVal == 0 || nVal == x.length) {
                throw new IllegalArgumentException("validationSplit " + options.validationSplit() + " of " + x.length
                        + " examples leaves " + (x.length - nVal) + " to train and " + nVal + " to validate: both must be at least 1");
            }
            int nTrain = x.length - nVal;
            trainX = Arrays.copyOfRange(x, 0, nTrain);
            valX = Arrays.copyOfRange(x, nTrain, x.length);
            trainY = y.rows(0, nTrain);
            valY = y.rows(nTrain, x.length);
        }
        checkContinuedNames(valX != null);
        TrainingGraph<?> g = model.graph();
        long fitSeed = options.seed() != null ? options.seed() : model.seed();
        int n = trainX.length;
        int batch = Math.min(options.batchSize(), n);
        int batches = (n + batch - 1) / batch;
        int width = model.outputWidth();
        int rowLength = model.input().size();
        Augmentation augmentation = options.augmentation();
        int[] imageShape = augmentation == null ? null : augmentation.shapeFor(model.input());
        List<Metric> metrics = model.metrics();
        History history = model.history();
        model.state().stopReason(null);
        history.stopReason(null);
        Progress progress = new Progress(options.verbose(), options.epochs(), batches);
        Training t = new Training(model, options.epochs(), batches, progress);
        List<Callback> callbacks = new ArrayList<>();
        if (options.stopOnDivergence()) {
            callbacks.add(new Divergence());
        }
        callbacks.add(progress);
        callbacks.addAll(options.callbacks());
        Throwable thrown = null;
        try {
            // inside the try: a callback that refuses to start (a checkpoint that cannot be written) still ends cleanly
            each(callbacks, t, c -> c.onTrainBegin(t));
            for (int e = 0; e < options.epochs() && !t.stopRequested(); e++) {
                int epoch = t.firstEpoch() + e;
                t.startEpoch(epoch);
                each(callbacks, t, c -> c.onEpochBegin(epoch, t));
                int[] order = options.shuffle()
                        ? RowOrder.permutation(n, RowOrder.mix(fitSeed, model.state().nextShuffle())) : RowOrder.identity(n);
                float[] buffer = new float[batch * rowLength];
                double[] batchMetrics = new double[metrics.size()];
                double lastLoss = Double.NaN;
                boolean stopAtEnd = t.stopRequested(); // asked before the epoch: it still runs to its end
                boolean unfinished = false;
                for (int b = 0; b < batches && !unfinished; b++) {
                    if (RunInterruptedException.requested()) {
                        throw interrupted(progress, epoch, b, batches);
                    }
                    int from = b * batch;
                    int size = Math.min(batch, n - from);
                    float[] rows = size == batch ? buffer : new float[size * rowLength];
                    RowOrder.gather(trainX, order, from, size, rowLength, rows);
                    long step = model.state().nextStep();
                    if (augmentation != null) {
                        augmentation.apply(rows, size, imageShape, fitSeed, step);
                    }
                    TrainingGraph.StepResult r;
                    try (Tensor xt = g.floats(g.inputShape(size), rows);
                         Tensor yt = g.targetTensor(trainY, order, from, size)) {
                        r = g.trainStep(xt, yt, trainY.isLabels(), fitSeed, step, model.state().learningRate());
                    }
                    for (int m = 0; m < metrics.size(); m++) {
                        batchMetrics[m] = metrics.get(m).sum(r.outputs(), width, trainY, order, from, size);
                    }
                    t.addBatch(r.loss(), size, batchMetrics);
                    lastLoss = r.loss();
                    int done = b + 1;
                    double loss = r.loss();
                    each(callbacks, t, c -> c.onBatchEnd(done, loss, t));
                    unfinished = t.stopRequested() && !stopAtEnd;
                }
                if (unfinished) {
                    // stopped inside the epoch (a diverged loss): the unfinished epoch is recorded as far as it went
                    recordUnfinished(Double.isFinite(lastLoss) ? t.lossSum() / t.seen() : lastLoss, valX != null);
                    model.state().stopReason(t.stopReason());
                    break;
                }
                Map<String, Double> logs = t.epochLogs();
                if (valX != null) {
                    if (RunInterruptedException.requested()) {
                        throw interrupted(progress, epoch, batches, batches);
                    }
                    logs.putAll(model.evaluateRows(valX, valY, "val_"));
                }
                history.record(logs);
                each(callbacks, t, c -> c.onEpochEnd(epoch, logs, t));
            }
            history.stopReason(t.stopReason());
        } catch (Throwable e) {
            thrown = e;
            throw e;
        } finally {
            endAll(callbacks, t, thrown);
        }
        return history;
    }

    private interface Call {
        void on(Callback c);
    }

    /** Calls every callback in turn; {@link Training#stopTraining()} names the one calling it. */
    private static void each(List<Callback> callbacks, Training t, Call call) {
        for (Callback c : callbacks) {
            t.current(c);
            call.on(c);
        }
        t.current(null);
    }

    /**
     * Ends every callback, even when one throws. The fit's own failure goes on with the callbacks'
     * suppressed in it; without one, the first callback's failure is thrown.
     */
    private static void endAll(List<Callback> callbacks, Training t, Throwable failure) {
        RuntimeException first = null;
        for (Callback c : callbacks) {
            try {
                t.current(c);
                c.onTrainEnd(t);
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        t.current(null);
        if (first != null) {
            throw first;
        }
    }

    /** Records an epoch stopped inside: its loss so far, NaN for what it did not reach. */
    private void recordUnfinished(double loss, boolean validating) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", loss);
        for (Metric m : model.metrics()) {
            logs.put(m.name(), Double.NaN);
        }
        if (validating) {
            logs.put("val_loss", Double.NaN);
            for (Metric m : model.metrics()) {
                logs.put("val_" + m.name(), Double.NaN);
            }
        }
        model.history().record(logs);
    }

    /** Ends an interrupted fit: the history says so, the progress line too, and the caller gets an exception. */
    private RunInterruptedException interrupted(Progress progress, int epoch, int batchesDone, int batches) {
        History history = model.history();
        model.state().stopReason("interrupted");
        history.stopReason("interrupted");
        String message = String.format(Locale.ROOT, "Training interrupted in epoch %d after batch %d/%d: the model keeps"
                        + " the weights of its last completed batch (step %d), and history() the %d epoch%s completed.",
                epoch, batchesDone, batches, model.steps(), history.epochs(), history.epochs() == 1 ? "" : "s");
        progress.interrupted(message);
        Thread.currentThread().interrupt();
        return new RunInterruptedException(message);
    }

    /** A continued fit must log the same names as before, or the History could not hold them. */
    private void checkContinuedNames(boolean validating) {
        History history = model.history();
        if (history.epochs() == 0) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add("loss");
        model.metrics().forEach(m -> names.add(m.name()));
        if (validating) {
            names.add("val_loss");
            model.metrics().forEach(m -> names.add("val_" + m.name()));
        }
        if (!names.equals(history.names())) {
            throw new IllegalArgumentException("This fit would log " + names + " but the model's history has "
                    + history.names() + ": continue with the same metrics and validation setting, or build a new model");
        }
    }
}
