package org.dlcourse.nn;

import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.dropout;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Same seed and data give bit-identical weights, for every optimiser (dropout included). */
class DeterminismTest {
    private static final float[][] X = new float[64][6];
    private static final int[] Y = new int[64];

    static {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < X.length; i++) {
            for (int j = 0; j < 6; j++) {
                X[i][j] = (float) r.nextDouble();
            }
            Y[i] = X[i][0] + X[i][1] > 1 ? 1 : (X[i][2] > 0.5 ? 2 : 0);
        }
    }

    private static List<float[]> train(Optimizer optimizer, long seed) {
        try (Sequential m = Sequential.of(input(6), dense(32).activation("relu"), dropout(0.3),
                dense(16).activation("tanh"), dense(3).activation("softmax")).seed(seed)) {
            m.compile(optimizer, Losses.categoricalCrossentropy(), Metrics.accuracy());
            m.fit(X, Y, FitOptions.epochs(3).batchSize(8).verbose(0));
            return m.getWeights();
        }
    }

    private static void assertReproducible(Optimizer a, Optimizer b) {
        List<float[]> first = train(a, 5);
        List<float[]> second = train(b, 5);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), 0f, a + " weight " + i);
        }
        List<float[]> otherSeed = train(b, 6);
        boolean same = true;
        for (int i = 0; i < first.size(); i++) {
            same &= java.util.Arrays.equals(first.get(i), otherSeed.get(i));
        }
        assertFalse(same, "a different seed must give different weights");
    }

    @Test
    void sgd() {
        assertReproducible(Optimizers.sgd(0.05), Optimizers.sgd(0.05));
    }

    @Test
    void sgdWithMomentum() {
        assertReproducible(Optimizers.sgd(0.05, 0.9), Optimizers.sgd(0.05, 0.9));
    }

    @Test
    void rmsprop() {
        assertReproducible(Optimizers.rmsprop(1e-3), Optimizers.rmsprop(1e-3));
    }

    @Test
    void adam() {
        assertReproducible(Optimizers.adam(1e-3), Optimizers.adam(1e-3));
    }
}
