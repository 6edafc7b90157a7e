package org.dlcourse.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counting baselines for a language model, over the same word ids as the network.
 *
 * <ul>
 *   <li><b>Unigram</b>: P(w) = (count(w) + 1) / (N + V), word frequencies with add-one smoothing;
 *       it ignores the context.</li>
 *   <li><b>Bigram</b>: P(w | v) = λ count(v, w) / count(v) + (1 - λ) P_unigram(w), the previous
 *       word's counts interpolated with the unigram (so an unseen pair keeps a small probability);
 *       {@link #bigramTuned} picks λ on validation ids.</li>
 * </ul>
 *
 * <pre>{@code
 * NGram bigram = NGram.bigramTuned(trainIds, validIds, vocab.size());
 * double ppl = bigram.perplexity(testIds, 20);   // predict testIds[20..]
 * }</pre>
 */
public final class NGram {
    private final int order;
    private final int vocabularySize;
    private final double[] unigram;
    private final long[] contextCounts;
    private final Map<Long, Integer> pairCounts;
    private final double lambda;

    private NGram(int order, int vocabularySize, double[] unigram, long[] contextCounts, Map<Long, Integer> pairCounts,
                  double lambda) {
        this.order = order;
        this.vocabularySize = vocabularySize;
        this.unigram = unigram;
        this.contextCounts = contextCounts;
        this.pairCounts = pairCounts;
        this.lambda = lambda;
    }

    /** The add-one unigram of training ids in [0, vocabularySize). */
    public static NGram unigram(int[] ids, int vocabularySize) {
        return new NGram(1, vocabularySize, unigramProbabilities(ids, vocabularySize), null, null, 0);
    }

    /** The interpolated bigram of training ids with weight {@code lambda} in [0, 1] on the pair counts. */
    public static NGram bigram(int[] ids, int vocabularySize, double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
        }
        double[] uni = unigramProbabilities(ids, vocabularySize);
        long[] ctx = new long[vocabularySize];
        Map<Long, Integer> pairs = new HashMap<>();
        for (int i = 1; i < ids.length; i++) {
            ctx[ids[i - 1]]++;
            pairs.merge(key(ids[i - 1], ids[i], vocabularySize), 1, Integer::sum);
        }
        return new NGram(2, vocabularySize, uni, ctx, pairs, lambda);
    }

    /** The bigram whose λ (0.05, 0.10, ..., 0.95) gives the lowest perplexity on the validation ids. */
    public static NGram bigramTuned(int[] train, int[] valid, int vocabularySize) {
        NGram best = null;
        double bestPpl = Double.POSITIVE_INFINITY;
        NGram base = bigram(train, vocabularySize, 0.5);
        for (int k = 1; k <= 19; k++) {
            NGram m = new NGram(2, vocabularySize, base.unigram, base.contextCounts, base.pairCounts, k * 0.05);
            double p = m.perplexity(valid, 1);
            if (p < bestPpl) {
                bestPpl = p;
                best = m;
            }
        }
        return best;
    }

    private static double[] unigramProbabilities(int[] ids, int v) {
        if (v < 1) {
            throw new IllegalArgumentException("The vocabulary size must be positive, got " + v);
        }
        double[] p = new double[v];
        for (int id : ids) {
            if (id < 0 || id >= v) {
                throw new IllegalArgumentException("Word id " + id + " is outside [0, " + v + ")");
            }
            p[id]++;
        }
        for (int i = 0; i < v; i++) {
            p[i] = (p[i] + 1) / (ids.length + v);
        }
        return p;
    }

    private static long key(int previous, int word, int v) {
        return (long) previous * v + word;
    }

    /** 1 for the unigram, 2 for the bigram. */
    public int order() {
        return order;
    }

    /** The bigram's weight on the pair counts (0 for the unigram). */
    public double lambda() {
        return lambda;
    }

    /** P(word | previous); the unigram ignores {@code previous}. */
    public double probability(int previous, int word) {
        double pu = unigram[word];
        if (order == 1 || previous < 0) {
            return pu;
        }
        long c = contextCounts[previous];
        if (c == 0) {
            return pu;
        }
        Integer pair = pairCounts.get(key(previous, word, vocabularySize));
        return lambda * (pair == null ? 0 : pair) / c + (1 - lambda) * pu;
    }

    /** The probabilities of every next word after {@code previous} (they sum to 1). */
    public double[] distribution(int previous) {
        double[] p = new double[vocabularySize];
        for (int w = 0; w < vocabularySize; w++) {
            p[w] = probability(previous, w);
        }
        return p;
    }

    /**
     * The perplexity on {@code ids[from..]}: exp of the mean of -ln P(ids[t] | ids[t-1]). Give the
     * network's window length as {@code from} to score exactly the words the network predicts.
     */
    public double perplexity(int[] ids, int from) {
        if (from < 0 || from >= ids.length) {
            throw new IllegalArgumentException("from = " + from + " leaves no word of " + ids.length + " to predict");
        }
        double nll = 0;
        for (int t = from; t < ids.length; t++) {
            nll -= Math.log(probability(t > 0 ? ids[t - 1] : -1, ids[t]));
        }
        return Math.exp(nll / (ids.length - from));
    }

    @Override
    public String toString() {
        return order == 1 ? "NGram[unigram, V=" + vocabularySize + "]"
                : String.format(Locale.ROOT, "NGram[bigram, V=%d, lambda=%.2f]", vocabularySize, lambda);
    }
}
