package org.dlcourse.text;

import org.dlcourse.nn.Sequential;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes text with a next-word model trained on {@link Windows}: the last {@code window} ids go in,
 * a word is picked from the predicted probabilities ({@link Sampler}), appended, and the window
 * slides on. A prompt shorter than the window is padded on the left with {@code "."} (as if it
 * started a sentence). By default the generator never picks {@value Vocabulary#UNK} (id 0): it
 * stands for "some rare word" and cannot be written out, and a model that predicts it often would
 * fill the text with it; its probability is set to 0 before picking.
 *
 * <pre>{@code
 * TextGenerator.generate(model, vocab, "she was", 20, 0.5, 7)   // 20 words, temperature 0.5
 * }</pre>
 */
public final class TextGenerator {
    private TextGenerator() {
    }

    /**
     * Continues a prompt.
     *
     * @param words       how many tokens to add
     * @param temperature 0 for greedy, else the sampling temperature
     * @param seed        the sampling seed (same seed, same text)
     * @return the added tokens as text
     */
    public static String generate(Sequential model, Vocabulary vocab, String prompt, int words, double temperature,
                                  long seed) {
        return generate(model, vocab, prompt, words, temperature, seed, false);
    }

    /**
     * Continues a prompt, optionally allowing {@value Vocabulary#UNK} in the text.
     *
     * @param allowUnknown true to let the generator pick {@value Vocabulary#UNK} like any word
     */
    public static String generate(Sequential model, Vocabulary vocab, String prompt, int words, double temperature,
                                  long seed, boolean allowUnknown) {
        int window = model.input().shape()[0];
        List<String> tokens = Tokenizer.words(prompt);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("The prompt has no words: give a few words to continue, e.g. \"she was\"");
        }
        int[] context = new int[window];
        int pad = vocab.id(".");
        for (int i = 0; i < window; i++) {
            int k = tokens.size() - window + i;
            context[i] = k >= 0 ? vocab.id(tokens.get(k)) : pad;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int n = 0; n < words; n++) {
            float[] p = model.predict(new int[][] {context})[0];
            if (!allowUnknown) {
                p[0] = 0f;
            }
            int next = Sampler.sample(p, temperature, random);
            out.add(vocab.word(next));
            System.arraycopy(context, 1, context, 0, window - 1);
            context[window - 1] = next;
        }
        return Tokenizer.join(out);
    }
}
