package org.dlcourse.nn;

import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Chapter 06's two models, trained twice from the same seed with 2 intra-op and 2 inter-op threads
 * (what a 2-core laptop gets by default), end with bit-identical weights: a learner who re-runs the
 * chapter gets the stored numbers. The reviews are synthetic token ids with a Zipf-like spread, so
 * that frequent words repeat inside a batch as they do in IMDB.
 */
class RecurrentDeterminismTest {
    private static final int WORDS = 2000;

    private static int[][] reviews(int n, int length, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] x = new int[n][length];
        for (int[] row : x) {
            int start = r.nextInt(length / 2); // left padding with 0, as Sequences.pad does
            for (int t = start; t < length; t++) {
                row[t] = 1 + (int) Math.min(WORDS - 2, Math.floor(Math.exp(r.nextDouble() * Math.log(WORDS))) - 1);
            }
        }
        return x;
    }

    private static int[] labels(int[][] x) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][x[i].length - 1] % 2;
        }
        return y;
    }

    private static List<float[]> train(Supplier<Sequential> build, Optimizer optimizer, int[][] x, int[] y) {
        try (Sequential m = build.get().seed(7).threads(2, 2)) {
            m.compile(optimizer, Losses.binaryCrossentropy(), Metrics.accuracy());
            m.fit(x, y, FitOptions.epochs(2).batchSize(128).validationSplit(0.1).seed(7).verbose(0));
            return m.getWeights();
        }
    }

    private static void assertBitIdentical(Supplier<Sequential> build, Optimizer optimizer, int length) {
        int[][] x = reviews(300, length, 5);
        int[] y = labels(x);
        List<float[]> first = train(build, optimizer, x, y);
        List<float[]> second = train(build, optimizer, x, y);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), 0f, "weight " + i + " differs between two identical runs");
        }
    }

    @Test
    void chapter06SimpleRnnIsReproducible() {
        assertBitIdentical(() -> Sequential.of(Layers.tokenInput(200), Layers.embedding(WORDS, 32), Layers.dropout(0.3),
                Layers.simpleRnn(32), Layers.dense(1).activation("sigmoid")), Optimizers.rmsprop(5e-4), 200);
    }

    @Test
    void chapter06LstmIsReproducible() {
        assertBitIdentical(() -> Sequential.of(Layers.tokenInput(400), Layers.embedding(WORDS, 32),
                Layers.lstm(32), Layers.dense(1).activation("sigmoid")), Optimizers.rmsprop(1e-3), 400);
    }
}
