package org.dlcourse.text;

import org.dlcourse.interop.onnx.OnnxInference;
import org.dlcourse.interop.onnx.SequentialOnnx;
import org.dlcourse.nn.FitOptions;
import org.dlcourse.nn.LayerOutputs;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chapter's windowed next-word model end to end on a tiny, fully predictable "language":
 * it learns it (perplexity near 1, far below the bigram's), greedy generation continues it, and
 * the model survives save/load and ONNX export with the same probabilities.
 */
class LanguageModelTest {
    /** "a b c . a b d ." repeated: after "b" the next word depends on the word two back. */
    private static List<String> tokens() {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            t.addAll(List.of("x", "a", "b", "c", ".", "y", "a", "b", "d", "."));
        }
        return t;
    }

    private static Sequential model(int vocab, int window) {
        Sequential m = Sequential.of(Layers.tokenInput(window), Layers.embedding(vocab, 8), Layers.lstm(16),
                Layers.dense(vocab).activation("softmax")).seed(3);
        m.compile(Optimizers.adam(0.02), Losses.sparseCategoricalCrossentropy());
        return m;
    }

    @Test
    void learnsWhatABigramCannotAndSurvivesSaveLoadAndOnnx(@TempDir Path dir) throws Exception {
        Vocabulary vocab = Vocabulary.build(tokens(), 20);
        int[] ids = vocab.encode(tokens());
        int window = 4;
        Windows w = Windows.of(ids, window);
        double bigram = NGram.bigramTuned(ids, ids, vocab.size()).perplexity(ids, window);
        try (Sequential m = model(vocab.size(), window)) {
            m.fit(w.inputs(), w.targets(), FitOptions.epochs(15).batchSize(32).seed(1).verbose(0));
            double ppl = Perplexity.of(m, w);
            assertTrue(ppl < 1.2 && bigram > 1.3, "LSTM " + ppl + " vs bigram " + bigram);
            // perplexity is exp of the evaluation loss
            assertEquals(Perplexity.fromLoss(m.evaluate(w.inputs(), w.targets()).get("loss")), ppl, 1e-3 * ppl);
            assertEquals("a b d. x a b c.", TextGenerator.generate(m, vocab, "x a b c . y", 9, 0, 1));
            assertEquals(TextGenerator.generate(m, vocab, "y a", 12, 1.5, 5), TextGenerator.generate(m, vocab, "y a", 12, 1.5, 5));
            // at a very high temperature every word is likely, but <unk> only when allowed
            String hot = TextGenerator.generate(m, vocab, "y a", 300, 50, 5);
            assertTrue(!hot.contains("<unk>") && hot.contains("x"), hot);
            assertTrue(TextGenerator.generate(m, vocab, "y a", 300, 50, 5, true).contains("<unk>"));

            Path file = dir.resolve("lm.dlmodel");
            m.save(file);
            try (Sequential loaded = Sequential.load(file)) {
                assertEquals(ppl, Perplexity.of(loaded, w), 0.0);
                assertEquals(TextGenerator.generate(m, vocab, "x a", 12, 1.0, 9), TextGenerator.generate(loaded, vocab, "x a", 12, 1.0, 9));
            }

            float[][] rows = new float[20][window];
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < window; j++) {
                    rows[i][j] = w.inputs()[i][j];
                }
            }
            float[][] expected = m.predict(rows);
            try (OnnxInference onnx = OnnxInference.load(SequentialOnnx.export(m, dir.resolve("lm.onnx")))) {
                float[][] got = onnx.run(rows).get("output");
                for (int i = 0; i < rows.length; i++) {
                    assertArrayEquals(expected[i], got[i], 1e-5f);
                }
            }
        }
    }

    @Test
    void layerOutputsGiveTheHiddenStateOfEachPrefix() {
        // one-hot characters, as the chapter's first lab: the RNN's output for a prefix is its last hidden state
        try (Sequential m = Sequential.of(Layers.input(3, 4), Layers.simpleRnn(5), Layers.dense(4).activation("softmax"))
                .seed(2)) {
            float[][] x = OneHot.sequences(new int[][] {{0}, {0, 1}, {0, 1, 2}}, 3, 4);
            float[][] h = LayerOutputs.of(m, "simple_rnn_1", x);
            assertEquals(3, h.length);
            assertEquals(5, h[0].length);
            float[][] out = LayerOutputs.of(m, "dense_1", x);
            float[][] predicted = m.predict(x);
            for (int i = 0; i < x.length; i++) {
                assertArrayEquals(predicted[i], out[i], 1e-6f);
            }
            // after a one-step prefix (zero vectors in front) the state is tanh(x W + b) started from tanh(b)
            List<float[]> weights = m.getWeights();
            float[] kernel = weights.get(0);
            float[] recurrent = weights.get(1);
            float[] bias = weights.get(2);
            double[] state = new double[5];
            for (int step = 0; step < 3; step++) {
                double[] next = new double[5];
                for (int u = 0; u < 5; u++) {
                    double z = bias[u];
                    for (int f = 0; f < 4; f++) {
                        z += x[0][step * 4 + f] * kernel[f * 5 + u];
                    }
                    for (int k = 0; k < 5; k++) {
                        z += state[k] * recurrent[k * 5 + u];
                    }
                    next[u] = Math.tanh(z);
                }
                state = next;
            }
            for (int u = 0; u < 5; u++) {
                assertEquals(state[u], h[0][u], 1e-5);
            }
        }
    }
}
