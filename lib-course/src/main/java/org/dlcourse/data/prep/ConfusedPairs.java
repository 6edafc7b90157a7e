package org.dlcourse.data.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which classes a classifier mixes up most: the off-diagonal cells of the confusion matrix,
 * largest first, and the examples behind one of them (for an image gallery).
 *
 * <pre>{@code
 * for (ConfusedPairs.Pair p : ConfusedPairs.top(yTest, predicted, 5))
 *     System.out.println(p.actual() + " taken for " + p.predicted() + ": " + p.count());
 * int[] shirtsAsTShirts = ConfusedPairs.indices(yTest, predicted, 6, 0);
 * }</pre>
 */
public final class ConfusedPairs {
    /** One kind of mistake: {@code count} examples of class {@code actual} predicted as {@code predicted}. */
    public record Pair(int actual, int predicted, int count) {
    }

    private ConfusedPairs() {
    }

    /**
     * The {@code n} most frequent mistakes (actual, predicted) with their counts, largest first;
     * ties in label order. Fewer if there are fewer kinds of mistake.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold a negative label, or
     *                                  {@code n} is below 1
     */
    public static List<Pair> top(int[] actual, int[] predicted, int n) {
        check(actual, predicted);
        if (n < 1) {
            throw new IllegalArgumentException("Ask for at least one pair, got n = " + n);
        }
        int classes = 0;
        for (int i = 0; i < actual.length; i++) {
            classes = Math.max(classes, Math.max(actual[i], predicted[i]) + 1);
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            counts[actual[i]][predicted[i]]++;
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < classes; a++) {
            for (int p = 0; p < classes; p++) {
                if (a != p && counts[a][p] > 0) {
                    pairs.add(new Pair(a, p, counts[a][p]));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::count).reversed());
        return List.copyOf(pairs.subList(0, Math.min(n, pairs.size())));
    }

    /**
     * The indices, in order, of the examples of class {@code actual} predicted as {@code predicted}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold a negative label
     */
    public static int[] indices(int[] actual, int[] predicted, int actualClass, int predictedClass) {
        check(actual, predicted);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == actualClass && predicted[i] == predictedClass) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void check(int[] actual, int[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("Confused pairs: " + actual.length + " true labels but "
                    + predicted.length + " predictions");
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || predicted[i] < 0) {
                throw new IllegalArgumentException("Confused pairs: negative label at index " + i);
            }
        }
    }
}
