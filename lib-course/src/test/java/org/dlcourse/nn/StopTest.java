package org.dlcourse.nn;

import org.dlcourse.config.RunProfile;
import org.dlcourse.nn.graph.RunInterruptedException;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training stops when asked to (an interrupt) and when it must (a diverged loss), and says so. */
class StopTest {
    private static final float[][] X = new float[2000][20];
    private static final int[] Y = new int[X.length];

    static {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < X.length; i++) {
            for (int j = 0; j < X[i].length; j++) {
                X[i][j] = (float) r.nextGaussian();
            }
            Y[i] = X[i][0] + X[i][1] > 0 ? 1 : (X[i][2] > 0 ? 2 : 0);
        }
    }

    @AfterEach
    void clearProfile() {
        System.clearProperty(RunProfile.KEY);
    }

    private static Sequential classifier(Optimizer optimizer) {
        Sequential m = Sequential.of(input(20), dense(64).activation("relu"), dense(3).activation("softmax")).seed(3);
        m.compile(optimizer, Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    private static String stdoutOf(Runnable work) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRuleCatchesNanInfiniteAndExplodingLossesButNotNoise() {
        Divergence d = new Divergence();
        assertNull(d.check(2.3, 2.3, 1, false));
        assertNull(d.check(400, 50, 5, false), "too few batches for the exploding rule");
        assertTrue(d.check(1e21, 1e20, 10, false).startsWith("exploding"));
        assertEquals("NaN", new Divergence().check(Double.NaN, Double.NaN, 1, false));
        assertEquals("infinite", new Divergence().check(Double.POSITIVE_INFINITY, 1, 1, false));
        Divergence regression = new Divergence();
        assertNull(regression.check(600, 600, 1, false));
        assertNull(regression.check(5000, 3000, 20, true), "a regression starting at 600 may wobble to thousands");
        assertTrue(regression.check(1e9, 1e8, 20, true).startsWith("exploding"));
    }

    @Test
    void aHugeLearningRateStopsTrainingLoudly() {
        try (Sequential m = classifier(Optimizers.sgd(1e6))) {
            AtomicReference<History> h = new AtomicReference<>();
            String out = stdoutOf(() -> h.set(m.fit(X, Y, FitOptions.epochs(5).batchSize(32).verbose(0))));
            String reason = h.get().stopReason();
            assertTrue(reason != null && reason.startsWith("Training stopped at epoch 1"), reason);
            assertTrue(reason.contains("learning rate 10x smaller (now 1000000.0, e.g. 100000.0)"), reason);
            assertTrue(out.contains(reason), "the message goes to the cell's output, not only stderr: " + out);
            assertEquals(reason, m.stopReason());
            assertEquals(1, h.get().epochs(), "the epoch that diverged is recorded");
        }
    }

    @Test
    void adamWithAHugeLearningRateIsCaughtEvenWithoutNan() {
        try (Sequential m = classifier(Optimizers.adam(1e6))) {
            History h = m.fit(X, Y, FitOptions.epochs(3).batchSize(32).verbose(0));
            assertTrue(h.stopReason() != null && h.stopReason().contains("the loss is"), h.stopReason());
            assertTrue(h.epochs() <= 1);
        }
    }

    @Test
    void theCheckCanBeTurnedOff() {
        try (Sequential m = classifier(Optimizers.sgd(1e6))) {
            History h = m.fit(X, Y, FitOptions.epochs(2).batchSize(500).verbose(0).stopOnDivergence(false));
            assertEquals(2, h.epochs());
            assertNull(h.stopReason());
        }
    }

    @Test
    void inTheQuickProfileADivergedRunFailsTheCell() {
        System.setProperty(RunProfile.KEY, "quick");
        try (Sequential m = classifier(Optimizers.sgd(1e6))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> m.fit(X, Y, FitOptions.epochs(2).batchSize(32).verbose(0)));
            assertTrue(e.getMessage().startsWith("Training stopped at epoch 1"), e.getMessage());
        }
    }

    @Test
    void aHealthyRunEndsWithoutAReasonAndEarlyStoppingNamesItself() {
        try (Sequential m = classifier(Optimizers.adam(1e-3))) {
            History h = m.fit(X, Y, FitOptions.epochs(2).batchSize(64).verbose(0));
            assertNull(h.stopReason());
        }
        class StopAtTwo implements Callback {
            @Override
            public boolean onEpochEnd(int epoch, java.util.Map<String, Double> logs, Sequential model) {
                return epoch == 2;
            }
        }
        try (Sequential m = classifier(Optimizers.adam(1e-3))) {
            History h = m.fit(X, Y, FitOptions.epochs(20).batchSize(64).verbose(0).callbacks(new StopAtTwo()));
            assertEquals(2, h.epochs());
            assertEquals("stopped by StopAtTwo", h.stopReason());
            h = m.fit(X, Y, FitOptions.epochs(3).batchSize(64).verbose(0).callbacks(new Callback() {
                @Override
                public boolean onEpochEnd(int epoch, java.util.Map<String, Double> logs, Sequential model) {
                    return true;
                }
            }));
            assertEquals("stopped by a callback", h.stopReason());
        }
    }

    @Test
    void anInterruptStopsTrainingAtTheNextBatchAndTheNextFitRunsNormally() throws Exception {
        try (Sequential m = classifier(Optimizers.sgd(0.01))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread cell = new Thread(() -> {
                try {
                    m.fit(X, Y, FitOptions.epochs(1000).batchSize(8).verbose(0));
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            cell.start();
            while (m.steps() < 600) {
                Thread.sleep(5);
            }
            cell.interrupt();
            // as in a notebook: the next cell does not wait for the old thread, it calls fit at once
            History again = m.fit(X, Y, FitOptions.epochs(1).batchSize(100).verbose(0));
            cell.join(10_000);
            assertTrue(!cell.isAlive(), "the training thread must end");
            RunInterruptedException e = assertInstanceOf(RunInterruptedException.class, thrown.get());
            assertTrue(e.getMessage().startsWith("Training interrupted in epoch"), e.getMessage());
            long steps = m.steps();
            Thread.sleep(200);
            assertEquals(steps, m.steps(), "no training goes on after the interrupt");
            int interruptedEpochs = again.epochs() - 1;
            assertTrue(interruptedEpochs >= 2 && interruptedEpochs < 1000, "epochs " + again.epochs());
            assertNull(again.stopReason(), "the new fit ran to its end");
            long partial = steps - 20 - interruptedEpochs * 250L;
            assertTrue(partial >= 0 && partial < 250, "the interrupted epoch stopped between two batches: " + partial);
        }
    }

    @Test
    void anInterruptStopsAPrediction() throws Exception {
        try (Sequential m = classifier(Optimizers.sgd(0.01))) {
            float[][] many = new float[200_000][];
            java.util.Arrays.fill(many, X[0]);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            // the stop button pressed while the prediction runs: the flag is up before the next batch
            Thread cell = new Thread(() -> {
                try {
                    Thread.currentThread().interrupt();
                    m.predict(many);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            cell.start();
            cell.join(10_000);
            assertTrue(!cell.isAlive());
            Throwable t = thrown.get();
            assertInstanceOf(RunInterruptedException.class, t);
            assertTrue(t.getMessage().startsWith("Prediction interrupted after 0 of 200000 rows"), t.getMessage());
            assertEquals(3, m.predict(new float[][] {X[0]})[0].length, "the model still predicts");
        }
    }
}
