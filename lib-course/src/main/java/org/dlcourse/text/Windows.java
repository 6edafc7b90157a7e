package org.dlcourse.text;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Next-word prediction (다음 단어 예측) as classification: each example is a window of
 * {@code length} consecutive token ids, and its label is the id that follows.
 *
 * <pre>{@code
 * Windows w = Windows.of(ids, 20);    // inputs[i] = ids[i .. i+20), targets[i] = ids[i+20]
 * model.fit(w.inputs(), w.targets(), FitOptions.epochs(3).batchSize(128));
 * }</pre>
 *
 * @param inputs  one window of ids per example
 * @param targets the id after each window
 */
public record Windows(int[][] inputs, int[] targets) {
    public Windows {
        if (inputs == null || targets == null || inputs.length != targets.length) {
            throw new IllegalArgumentException("Windows need as many targets as inputs");
        }
    }

    /** Every window: example i is {@code ids[i .. i+length)} with target {@code ids[i+length]}. */
    public static Windows of(int[] ids, int length) {
        return of(ids, length, 1);
    }

    /** Windows that start every {@code stride} tokens. */
    public static Windows of(int[] ids, int length, int stride) {
        if (length < 1 || stride < 1) {
            throw new IllegalArgumentException("Window length and stride must be at least 1, got " + length + " and " + stride);
        }
        if (ids.length <= length) {
            throw new IllegalArgumentException("Only " + ids.length + " tokens: a window of " + length
                    + " needs at least " + (length + 1));
        }
        int n = (ids.length - length - 1) / stride + 1;
        int[][] x = new int[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int s = i * stride;
            x[i] = Arrays.copyOfRange(ids, s, s + length);
            y[i] = ids[s + length];
        }
        return new Windows(x, y);
    }

    /** The number of examples. */
    public int size() {
        return targets.length;
    }

    /** The window length. */
    public int length() {
        return inputs.length == 0 ? 0 : inputs[0].length;
    }

    /** The first {@code n} examples (all if there are fewer). */
    public Windows head(int n) {
        int m = Math.min(n, size());
        return new Windows(Arrays.copyOf(inputs, m), Arrays.copyOf(targets, m));
    }

    /** {@code n} examples drawn without replacement, in their original order (seeded). */
    public Windows sample(int n, long seed) {
        if (n >= size()) {
            return this;
        }
        int[] idx = new int[size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + r.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] pick = Arrays.copyOf(idx, n);
        Arrays.sort(pick);
        int[][] x = new int[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = inputs[pick[i]];
            y[i] = targets[pick[i]];
        }
        return new Windows(x, y);
    }
}
