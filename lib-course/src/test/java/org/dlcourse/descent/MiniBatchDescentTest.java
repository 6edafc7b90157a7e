package org.dlcourse.descent;

import org.dlcourse.nn.FitOptions;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MiniBatchDescentTest {
    private final MiniBatchDescent line = MiniBatchDescent.line(200, 2, 1, 0.5, 7);

    @Test
    void batchSizeSetsTheUpdatesPerEpoch() {
        MiniBatchDescent.Run batch = line.train(1000, 0.1, 5, 1);
        MiniBatchDescent.Run sgd = line.train(1, 0.1, 5, 1);
        MiniBatchDescent.Run mini = line.train(32, 0.1, 5, 1);
        assertEquals(200, batch.batchSize(), "a batch larger than the data takes it all");
        assertEquals(1, batch.updatesPerEpoch());
        assertEquals(200, sgd.updatesPerEpoch());
        assertEquals(7, mini.updatesPerEpoch(), "200 / 32 = 6.25: 7 batches, the last of 8");
        assertEquals(5 * 7 + 1, mini.lossPerUpdate().length);
        assertEquals(6, mini.lossPerEpoch().length);
        assertEquals(line.loss(0, 0), mini.lossPerEpoch()[0], 1e-12);
        assertEquals(mini.lossPerUpdate()[7], mini.lossPerEpoch()[1], 1e-12);
        assertEquals(line.loss(mini.slope(), mini.intercept()), mini.lossPerEpoch()[5], 1e-12);
    }

    @Test
    void batchGradientDescentDescendsSmoothly() {
        double[] loss = line.train(200, 0.1, 20, 1).lossPerEpoch();
        for (int i = 1; i < loss.length; i++) {
            assertTrue(loss[i] < loss[i - 1], "epoch " + i + ": " + loss[i] + " after " + loss[i - 1]);
        }
    }

    @Test
    void moreUpdatesPerEpochGetLowerSooner() {
        double batch = line.train(200, 0.1, 3, 1).lossPerEpoch()[3];
        double mini = line.train(16, 0.1, 3, 1).lossPerEpoch()[3];
        assertTrue(mini < batch, "3 epochs: mini-batch " + mini + " vs batch " + batch);
    }

    @Test
    void sameSeedSameRunOtherSeedOtherOrder() {
        assertArrayEquals(line.train(8, 0.1, 2, 3).lossPerUpdate(), line.train(8, 0.1, 2, 3).lossPerUpdate());
        assertNotEquals(line.train(8, 0.1, 2, 3).slope(), line.train(8, 0.1, 2, 4).slope());
    }

    @Test
    void theDataFollowTheLine() {
        MiniBatchDescent big = MiniBatchDescent.line(20_000, 2, 1, 0.5, 1);
        assertEquals(0.25, big.loss(2, 1), 0.01, "the true line leaves the noise variance");
        float[][] f = big.features();
        for (float[] row : f) {
            assertTrue(row[0] >= -1 && row[0] <= 1);
        }
        assertEquals(20_000, big.targets().length);
    }

    /** In the same order, the plain-Java descent is the engine's SGD on a Dense(1). */
    @Test
    void sameStepsAsTheEngine() {
        for (int batchSize : List.of(200, 32)) {
            MiniBatchDescent.Run run = line.train(batchSize, 0.1, 3, (Long) null);
            try (Sequential model = Sequential.of(Layers.input(1), Layers.dense(1)).seed(1)) {
                model.compile(Optimizers.sgd(0.1), Losses.mse());
                model.setWeights(List.of(new float[] {0}, new float[] {0}));
                model.fit(line.features(), line.targets(),
                        FitOptions.epochs(3).batchSize(batchSize).shuffle(false).verbose(0));
                assertEquals(run.slope(), model.getWeights().get(0)[0], 1e-5, "w, batch " + batchSize);
                assertEquals(run.intercept(), model.getWeights().get(1)[0], 1e-5, "b, batch " + batchSize);
            }
        }
    }

    @Test
    void engineTimePerEpochIsPositive() {
        double s = line.engineSecondsPerEpoch(50, 0.1, 2);
        assertTrue(s > 0 && s < 10, "seconds per epoch: " + s);
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> line.train(0, 0.1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> line.train(1, 0.1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> line.train(1, -0.1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MiniBatchDescent.line(1, 2, 1, 0.5, 1));
    }
}
