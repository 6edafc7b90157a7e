package org.dlcourse.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a language model knows: id 0 is {@value #UNK} (every word outside the vocabulary),
 * ids 1.. are the most frequent training words, most frequent first (ties in alphabetical order,
 * so the same tokens always give the same ids).
 *
 * <pre>{@code
 * Vocabulary vocab = Vocabulary.build(corpus.train(), 5000);   // <unk> + 4,999 words
 * int[] ids = vocab.encode(corpus.test());
 * }</pre>
 */
public final class Vocabulary {
    /** The token that stands for every word outside the vocabulary (also Penn Treebank's). */
    public static final String UNK = "<unk>";

    private final List<String> words;
    private final Map<String, Integer> ids = new HashMap<>();
    private final long[] counts;

    private Vocabulary(List<String> words, long[] counts) {
        this.words = List.copyOf(words);
        this.counts = counts;
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
    }

    /**
     * The {@code size - 1} most frequent tokens plus {@value #UNK} at id 0. A {@value #UNK} already
     * in the tokens (Penn Treebank has one) is counted as id 0.
     *
     * @param size the number of ids, {@value #UNK} included; at least 2
     */
    public static Vocabulary build(List<String> tokens, int size) {
        if (tokens == null || tokens.isEmpty()) {
            throw new IllegalArgumentException("No tokens to build a vocabulary from: pass the training tokens");
        }
        if (size < 2) {
            throw new IllegalArgumentException("A vocabulary needs at least 2 ids (<unk> and one word), got " + size);
        }
        Map<String, Long> freq = new HashMap<>();
        for (String t : tokens) {
            freq.merge(t, 1L, Long::sum);
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>();
        for (Map.Entry<String, Long> e : freq.entrySet()) {
            if (!e.getKey().equals(UNK)) {
                sorted.add(e);
            }
        }
        sorted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Long.compare(b.getValue(), a.getValue()));
        int n = Math.min(size - 1, sorted.size());
        List<String> words = new ArrayList<>(n + 1);
        long[] counts = new long[n + 1];
        words.add(UNK);
        long kept = 0;
        for (int i = 0; i < n; i++) {
            words.add(sorted.get(i).getKey());
            counts[i + 1] = sorted.get(i).getValue();
            kept += counts[i + 1];
        }
        counts[0] = tokens.size() - kept;
        return new Vocabulary(words, counts);
    }

    /** The number of ids, {@value #UNK} included. */
    public int size() {
        return words.size();
    }

    /** The id of a word; 0 ({@value #UNK}) for a word outside the vocabulary. */
    public int id(String word) {
        return ids.getOrDefault(word, 0);
    }

    /** True when the word has its own id. */
    public boolean contains(String word) {
        return ids.containsKey(word);
    }

    /** The word of an id. */
    public String word(int id) {
        if (id < 0 || id >= words.size()) {
            throw new IllegalArgumentException("Word id " + id + " is outside the vocabulary's ids 0.." + (words.size() - 1));
        }
        return words.get(id);
    }

    /** The words by id ({@value #UNK} first). */
    public List<String> words() {
        return Collections.unmodifiableList(words);
    }

    /** How often the word of an id occurred in the tokens the vocabulary was built from. */
    public long count(int id) {
        return counts[id];
    }

    /** The ids of tokens. */
    public int[] encode(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(tokens.get(i));
        }
        return out;
    }

    /** The words of ids, as tokens. */
    public List<String> decodeTokens(int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(word(id));
        }
        return out;
    }

    /** The words of ids as readable text ({@link Tokenizer#join}). */
    public String decode(int[] ids) {
        return Tokenizer.join(decodeTokens(ids));
    }

    /** The fraction of tokens that the vocabulary knows (not mapped to {@value #UNK}). */
    public double coverage(List<String> tokens) {
        long known = 0;
        for (String t : tokens) {
            if (!t.equals(UNK) && ids.containsKey(t)) {
                known++;
            }
        }
        return tokens.isEmpty() ? 0 : (double) known / tokens.size();
    }

    @Override
    public String toString() {
        return "Vocabulary[" + size() + " ids: " + String.join(" ", words.subList(0, Math.min(12, words.size())))
                + (size() > 12 ? " ..." : "") + "]";
    }
}
