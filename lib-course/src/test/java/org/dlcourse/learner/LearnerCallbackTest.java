package org.dlcourse.learner;

import org.dlcourse.nn.Callback;
import org.dlcourse.nn.FitOptions;
import org.dlcourse.nn.History;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.Training;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callbacks as a learner writes them, outside the engine's package and with its public API only:
 * a learning-rate schedule, a callback that stops training after an epoch and one that stops inside
 * an epoch, and one that keeps the best weights as EarlyStopping does.
 */
class LearnerCallbackTest {
    private static final float[][] X = new float[600][10];
    private static final int[] Y = new int[X.length];

    static {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < X.length; i++) {
            for (int j = 0; j < X[i].length; j++) {
                X[i][j] = (float) r.nextGaussian();
            }
            Y[i] = X[i][0] - X[i][3] > 0 ? 1 : 0;
        }
    }

    private static Sequential model(double learningRate) {
        Sequential m = Sequential.of(Layers.input(10), Layers.dense(16).activation("relu"),
                Layers.dense(2).activation("softmax")).seed(4);
        m.compile(Optimizers.sgd(learningRate), Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    /** Halves the learning rate from the second epoch on. */
    private static final class HalveAfterFirstEpoch implements Callback {
        final List<Double> rates = new ArrayList<>();

        @Override
        public void onEpochBegin(int epoch, Training training) {
            if (epoch == 2) {
                training.learningRate(training.learningRate() / 2);
            }
            rates.add(training.learningRate());
        }
    }

    @Test
    void aLearningRateScheduleTrainsAsAModelRecompiledWithTheNewRate() {
        HalveAfterFirstEpoch schedule = new HalveAfterFirstEpoch();
        List<float[]> scheduled;
        try (Sequential m = model(0.2)) {
            m.fit(X, Y, FitOptions.epochs(2).batchSize(50).seed(9).verbose(0).callbacks(schedule));
            scheduled = m.getWeights();
        }
        assertEquals(List.of(0.2, 0.1), schedule.rates);
        List<float[]> byHand;
        try (Sequential m = model(0.2)) {
            m.fit(X, Y, FitOptions.epochs(1).batchSize(50).seed(9).verbose(0));
            // plain SGD has no state: compiling again with half the rate is what the schedule does
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy(), Metrics.accuracy());
            m.fit(X, Y, FitOptions.epochs(1).batchSize(50).seed(9).verbose(0));
            byHand = m.getWeights();
        }
        List<float[]> constant;
        try (Sequential m = model(0.2)) {
            m.fit(X, Y, FitOptions.epochs(2).batchSize(50).seed(9).verbose(0));
            constant = m.getWeights();
        }
        for (int i = 0; i < scheduled.size(); i++) {
            assertArrayEquals(byHand.get(i), scheduled.get(i), 0f, "weight " + i);
        }
        assertFalse(java.util.Arrays.equals(constant.get(0), scheduled.get(0)), "the schedule changed the training");
    }

    @Test
    void aCallbackStopsAfterAnEpochOrInsideOne() {
        class StopWhenAccurate implements Callback {
            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs, Training training) {
                if (logs.get("accuracy") > 0.5 && training.history().epochs() >= 2) {
                    training.stopTraining();
                }
            }
        }
        try (Sequential m = model(0.2)) {
            History h = m.fit(X, Y, FitOptions.epochs(30).batchSize(50).seed(9).verbose(0).callbacks(new StopWhenAccurate()));
            assertEquals(2, h.epochs());
            assertEquals("stopped by StopWhenAccurate", h.stopReason());
        }
        class StopAfterThreeBatches implements Callback {
            @Override
            public void onBatchEnd(int batch, double loss, Training training) {
                assertTrue(Double.isFinite(training.epochLogs().get("accuracy")));
                if (batch == 3) {
                    training.stopTraining("enough: three batches");
                }
            }
        }
        try (Sequential m = model(0.2)) {
            History h = m.fit(X, Y, FitOptions.epochs(5).batchSize(50).seed(9).verbose(0)
                    .callbacks(new StopAfterThreeBatches()));
            assertEquals(3, m.steps());
            assertEquals(1, h.epochs(), "the unfinished epoch is recorded");
            assertTrue(Double.isNaN(h.last("accuracy")));
            assertEquals("enough: three batches", h.stopReason());
            assertEquals("enough: three batches", m.stopReason());
        }
    }

    @Test
    void aCallbackKeepsTheBestWeightsWithTheDirectionTheMetricDeclares() {
        class KeepBest implements Callback {
            List<float[]> best;
            double bestValue = Double.NaN;
            int bestEpoch;

            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs, Training training) {
                double v = logs.get("val_accuracy");
                boolean lower = training.lowerIsBetter("val_accuracy");
                if (Double.isNaN(bestValue) || (lower ? v < bestValue : v > bestValue)) {
                    bestValue = v;
                    bestEpoch = epoch;
                    best = training.model().getWeights();
                }
            }

            @Override
            public void onTrainEnd(Training training) {
                training.model().setWeights(best);
            }
        }
        KeepBest keep = new KeepBest();
        try (Sequential m = model(0.5)) {
            History h = m.fit(X, Y, FitOptions.epochs(4).batchSize(50).validationSplit(0.2).seed(9).verbose(0)
                    .callbacks(keep));
            assertEquals(h.bestEpoch("val_accuracy"), keep.bestEpoch);
            assertEquals(keep.bestValue, m.evaluate(java.util.Arrays.copyOfRange(X, 480, 600),
                    java.util.Arrays.copyOfRange(Y, 480, 600)).get("accuracy"), 1e-12);
        }
    }
}
