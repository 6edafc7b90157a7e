package org.dlcourse.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens, vocabulary, corpora, windows, n-gram baselines, perplexity, sampling, one-hot sequences. */
class TextToolsTest {

    @Test
    void tokenizerKeepsPunctuationAndSplitsPossessives() {
        assertEquals(List.of("\"", "anne", "'s", "sister", ",", "\"", "said", "he", "--", "still-born", "don't", "1810", "."),
                Tokenizer.words("\"Anne's _sister_,\" said he-- still-born don\u2019t 1810."));
        assertEquals("she said, \"yes.\" anne's", Tokenizer.join(List.of("she", "said", ",", "\"", "yes", ".", "\"", "anne", "'s")));
    }

    @Test
    void vocabularyKeepsTheMostFrequentWordsWithUnkAtZero() {
        List<String> tokens = List.of("b", "a", "c", "a", "b", "d", "a", "<unk>");
        Vocabulary v = Vocabulary.build(tokens, 3);
        assertEquals(List.of("<unk>", "a", "b"), v.words());
        assertArrayEquals(new int[] {2, 1, 0, 0}, v.encode(List.of("b", "a", "c", "zzz")));
        assertEquals(3, v.count(1));
        assertEquals(3, v.count(0)); // c, d and the <unk> already in the tokens
        assertEquals(5.0 / 8, v.coverage(tokens), 1e-12);
        assertEquals("b a <unk>", v.decode(new int[] {2, 1, 0}));
        // ties in alphabetical order: c and d occur once each
        assertEquals(List.of("<unk>", "a", "b", "c"), Vocabulary.build(tokens, 4).words());
        assertThrows(IllegalArgumentException.class, () -> v.word(3));
    }

    @Test
    void austenIsSplitByNovel() {
        Corpus c = Corpus.austen();
        assertEquals(668_077, c.train().size());
        assertEquals(91_917, c.valid().size());
        assertEquals(97_828, c.test().size());
        assertEquals(List.of("persuasion", "by", "jane", "austen"), c.test().subList(0, 4));
        assertTrue(Corpus.novel("emma").startsWith("EMMA"));
        assertThrows(IllegalArgumentException.class, () -> Corpus.novel("ulysses"));
        assertEquals(100, c.limit(100, 10, 5).train().size());
    }

    @Test
    void ptbFilesAreReadLineByLineWithEos(@TempDir Path dir) throws IOException {
        assertFalse(Corpus.hasPtb(dir));
        Files.writeString(dir.resolve("ptb.train.txt"), " the <unk> rose N points \n\n a b \n");
        Files.writeString(dir.resolve("ptb.valid.txt"), " a b\n");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Corpus.ptb(dir));
        assertTrue(e.getMessage().contains("ptb.test.txt"), e.getMessage());
        Files.writeString(dir.resolve("ptb.test.txt"), "b a\n");
        assertTrue(Corpus.hasPtb(dir));
        Corpus c = Corpus.ptb(dir);
        assertEquals(List.of("the", "<unk>", "rose", "N", "points", "<eos>", "a", "b", "<eos>"), c.train());
        assertEquals(List.of("b", "a", "<eos>"), c.test());
        Vocabulary v = Vocabulary.build(c.train(), 100);
        assertEquals(0, v.id("<unk>"));
        assertEquals(8, v.size()); // <unk> + 7 other types
    }

    @Test
    void windowsPairEachRunOfIdsWithTheNextId() {
        Windows w = Windows.of(new int[] {5, 6, 7, 8, 9}, 3);
        assertEquals(2, w.size());
        assertArrayEquals(new int[] {6, 7, 8}, w.inputs()[1]);
        assertArrayEquals(new int[] {8, 9}, w.targets());
        Windows strided = Windows.of(new int[] {0, 1, 2, 3, 4, 5, 6}, 2, 2);
        assertArrayEquals(new int[] {2, 4, 6}, strided.targets());
        Windows s = Windows.of(new int[20], 2).sample(5, 1);
        assertEquals(5, s.size());
        assertThrows(IllegalArgumentException.class, () -> Windows.of(new int[] {1, 2}, 2));
    }

    @Test
    void unigramAndBigramProbabilitiesByHand() {
        int[] ids = {1, 2, 1, 2, 1, 3}; // V = 4 (0 unused)
        NGram uni = NGram.unigram(ids, 4);
        assertEquals((3 + 1) / 10.0, uni.probability(-1, 1), 1e-12);
        assertEquals(1 / 10.0, uni.probability(2, 0), 1e-12);
        NGram bi = NGram.bigram(ids, 4, 0.5);
        // after 1: 2 twice, 3 once
        assertEquals(0.5 * 2 / 3 + 0.5 * 3 / 10.0, bi.probability(1, 2), 1e-12);
        assertEquals(0.5 * 0 + 0.5 * 4 / 10.0, bi.probability(1, 1), 1e-12);
        // an unseen context falls back to the unigram
        assertEquals(uni.probability(-1, 2), bi.probability(3, 2), 1e-12);
        for (int prev = 0; prev < 4; prev++) {
            double sum = 0;
            for (double p : bi.distribution(prev)) {
                sum += p;
            }
            assertEquals(1.0, sum, 1e-12);
        }
        double expected = Math.exp(-(Math.log(bi.probability(1, 2)) + Math.log(bi.probability(2, 1))) / 2);
        assertEquals(expected, bi.perplexity(new int[] {1, 2, 1}, 1), 1e-12);
        NGram tuned = NGram.bigramTuned(new int[] {1, 2, 1, 2, 1, 2, 1, 2}, new int[] {1, 2, 1, 2}, 3);
        assertEquals(0.95, tuned.lambda(), 1e-12); // a perfectly predictable pair wants the most weight
    }

    @Test
    void perplexityOfAUniformGuessIsTheNumberOfChoices() {
        assertEquals(4.0, Perplexity.of(new double[] {0.25, 0.25, 0.25}), 1e-12);
        assertEquals(Math.exp(2.0), Perplexity.fromLoss(2.0), 1e-12);
        assertEquals(Math.sqrt(1 / (0.5 * 0.125)), Perplexity.of(new double[] {0.5, 0.125}), 1e-9);
    }

    @Test
    void temperatureSharpensOrFlattens() {
        float[] p = {0.1f, 0.6f, 0.3f};
        assertEquals(1, Sampler.greedy(p));
        double[] same = Sampler.withTemperature(p, 1.0);
        assertEquals(0.6, same[1], 1e-6);
        double[] sharp = Sampler.withTemperature(p, 0.5);
        assertEquals(0.36 / (0.01 + 0.36 + 0.09), sharp[1], 1e-6);
        double[] flat = Sampler.withTemperature(p, 100);
        assertEquals(1 / 3.0, flat[0], 0.01);
        assertThrows(IllegalArgumentException.class, () -> Sampler.withTemperature(p, 0));
        SplittableRandom r = new SplittableRandom(3);
        int[] counts = new int[3];
        for (int i = 0; i < 20_000; i++) {
            counts[Sampler.sample(p, 1.0, r)]++;
        }
        assertEquals(0.6, counts[1] / 20_000.0, 0.02);
        assertEquals(1, Sampler.sample(p, 0, r));
    }

    @Test
    void oneHotSequencesArePaddedInFront() {
        float[][] rows = OneHot.sequences(new int[][] {{0}, {0, 1}}, 2, 3);
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0}, rows[0]);
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0}, rows[1]);
        assertThrows(IllegalArgumentException.class, () -> OneHot.sequences(new int[][] {{3}}, 1, 3));
    }
}
