package org.dlcourse.nn;

import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CNN toy task, divergence, early stopping and checkpoints. */
public class TrainingBehaviourTest {

    /** 8x8 images with a horizontal (class 0) or vertical (class 1) bar at a random place, plus noise. */
    public static float[][] bars(int n, long seed, int[] labels) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][64];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            int at = r.nextInt(8);
            for (int k = 0; k < 8; k++) {
                int row = labels[i] == 0 ? at : k;
                int col = labels[i] == 0 ? k : at;
                x[i][row * 8 + col] = 1f;
            }
            for (int j = 0; j < 64; j++) {
                x[i][j] += (float) (r.nextDouble() * 0.3);
            }
        }
        return x;
    }

    @Test
    void cnnLearnsBarOrientation() {
        int[] y = new int[200];
        float[][] x = bars(200, 1, y);
        int[] yTest = new int[100];
        float[][] xTest = bars(100, 2, yTest);
        try (Sequential m = Sequential.of(input(8, 8, 1), conv2d(4, 3).activation("relu"), maxPool2d(2), flatten(),
                dense(2).activation("softmax"))) {
            m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
            History h = m.fit(x, y, FitOptions.epochs(8).batchSize(20).validationData(xTest, yTest).verbose(0));
            assertTrue(h.last("val_accuracy") >= 0.95, "val accuracy " + h.last("val_accuracy"));
            assertTrue(h.get("loss")[0] > h.last("loss"));
        }
    }

    @Test
    void regressionWithMseAndMaeMetric() {
        SplittableRandom r = new SplittableRandom(4);
        float[][] x = new float[200][3];
        float[][] y = new float[200][1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (float) r.nextDouble();
            }
            y[i][0] = 2 * x[i][0] - x[i][1] + 0.5f * x[i][2] + 1;
        }
        try (Sequential m = Sequential.of(input(3), dense(1))) {
            m.compile(Optimizers.rmsprop(0.01), Losses.mse(), Metrics.mae());
            History h = m.fit(x, y, FitOptions.epochs(60).batchSize(20).verbose(0));
            assertTrue(h.last("mae") < 0.05, "mae " + h.last("mae"));
            assertEquals(h.last("mae"), m.evaluate(x, y).get("mae"), 0.05);
        }
    }

    @Test
    void aDivergingRegressionStopsTrainingWithAClearMessage() {
        float[][] x = new float[40][2];
        float[][] y = new float[40][1];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = 1000 * i;
            x[i][1] = -500 * i;
            y[i][0] = 1e6f * i;
        }
        try (Sequential m = Sequential.of(input(2), dense(4), dense(1))) {
            m.compile(Optimizers.sgd(10), Losses.mse());
            History h = m.fit(x, y, FitOptions.epochs(50).batchSize(4).verbose(0));
            assertNotNull(m.stopReason());
            assertTrue(m.stopReason().startsWith("Training stopped at epoch"), m.stopReason());
            assertTrue(m.stopReason().contains("learning rate 10x smaller"), m.stopReason());
            assertTrue(h.epochs() < 50);
            assertEquals(m.stopReason(), h.stopReason());
        }
    }

    private static float[][] noise(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) r.nextDouble();
            }
        }
        return x;
    }

    private static int[] coin(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(2);
        }
        return y;
    }

    @Test
    void earlyStoppingRestoresTheEpochTheCheckpointSaved(@TempDir Path dir) throws IOException {
        // random labels: the model memorises the training set and validation loss soon rises
        float[][] x = noise(60, 10, 1);
        int[] y = coin(60, 2);
        float[][] xv = noise(60, 10, 3);
        int[] yv = coin(60, 4);
        Path best = dir.resolve("best.dlmodel");
        EarlyStopping early = EarlyStopping.monitor("val_loss").patience(2).restoreBestWeights();
        ModelCheckpoint checkpoint = ModelCheckpoint.to(best).monitor("val_loss");
        try (Sequential m = Sequential.of(input(10), dense(64).activation("relu"), dense(2).activation("softmax"))) {
            m.compile(Optimizers.adam(0.02), Losses.categoricalCrossentropy(), Metrics.accuracy());
            History h = m.fit(x, y, FitOptions.epochs(60).batchSize(10).validationData(xv, yv)
                    .callbacks(early, checkpoint).verbose(0));
            assertTrue(early.stoppedEpoch() > 0, "did not stop early");
            assertEquals(early.stoppedEpoch(), h.epochs());
            assertEquals(h.bestEpoch("val_loss"), early.bestEpoch());
            assertEquals(early.bestEpoch() + 2, early.stoppedEpoch(), "patience 2: the second epoch without improvement is the last");
            assertEquals(early.bestEpoch(), checkpoint.savedEpoch());
            // the restored weights are the best epoch's, which the checkpoint saved
            double restoredValLoss = m.evaluate(xv, yv).get("loss");
            assertEquals(h.get("val_loss")[early.bestEpoch() - 1], restoredValLoss, 1e-6);
            try (Sequential saved = Sequential.load(best)) {
                List<float[]> a = m.getWeights();
                List<float[]> b = saved.getWeights();
                for (int i = 0; i < a.size(); i++) {
                    assertArrayEquals(a.get(i), b.get(i), 0f);
                }
            }
        }
    }

    @Test
    void monitoringAMissingMetricSaysWhatIsLogged() {
        try (Sequential m = Sequential.of(input(2), dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.sgd(0.1), Losses.binaryCrossentropy());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> m.fit(SequentialTrainingTest.XOR_X, SequentialTrainingTest.XOR_Y,
                            FitOptions.epochs(2).verbose(0).callbacks(EarlyStopping.monitor("val_loss"))));
            assertTrue(e.getMessage().startsWith("Cannot monitor 'val_loss'"), e.getMessage());
            assertNull(m.stopReason());
        }
    }

    @Test
    void continuedFitMustKeepTheSameMetrics() {
        try (Sequential m = Sequential.of(input(2), dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.sgd(0.1), Losses.binaryCrossentropy(), Metrics.accuracy());
            m.fit(SequentialTrainingTest.XOR_X, SequentialTrainingTest.XOR_Y, FitOptions.epochs(1).verbose(0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> m.fit(SequentialTrainingTest.XOR_X, SequentialTrainingTest.XOR_Y,
                            FitOptions.epochs(1).verbose(0).validationSplit(0.5)));
            assertTrue(e.getMessage().startsWith("This fit would log"), e.getMessage());
        }
    }
}
