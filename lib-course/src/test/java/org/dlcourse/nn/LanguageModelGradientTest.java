package org.dlcourse.nn;

import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gradient checks (float64, central differences) for the models of chapter 09: the one-hot
 * character RNN and LSTM of "반갑습니다", and the windowed Embedding-LSTM next-word model with a
 * softmax over the vocabulary.
 */
class LanguageModelGradientTest {
    private static int[] labels(int n, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(classes);
        }
        return y;
    }

    private static float[][] oneHotRows(int n, int steps, int depth, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][steps * depth];
        for (float[] row : x) {
            for (int t = 0; t < steps; t++) {
                row[t * depth + r.nextInt(depth)] = 1f;
            }
        }
        return x;
    }

    @Test
    void oneHotCharacterRnnAndLstm() {
        try (Sequential m = Sequential.float64(Layers.input(4, 5), Layers.simpleRnn(6), Layers.dense(5).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, oneHotRows(4, 4, 5, 1), Targets.labels(labels(4, 5, 2))) > 30);
        }
        try (Sequential m = Sequential.float64(Layers.input(4, 5), Layers.lstm(6), Layers.dense(5).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, oneHotRows(4, 4, 5, 3), Targets.labels(labels(4, 5, 4))) > 30);
        }
    }

    @Test
    void windowedNextWordModel() {
        int vocab = 40;
        SplittableRandom r = new SplittableRandom(5);
        float[][] x = new float[6][5];
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextInt(vocab);
            }
        }
        try (Sequential m = Sequential.float64(Layers.tokenInput(5), Layers.embedding(vocab, 4), Layers.lstm(6),
                Layers.dense(vocab).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.sparseCategoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, x, Targets.labels(labels(6, vocab, 6))) > 40);
        }
    }
}
