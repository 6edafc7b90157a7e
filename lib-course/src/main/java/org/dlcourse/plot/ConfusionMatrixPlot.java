package org.dlcourse.plot;

import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.ConfusionMatrix;
import org.tribuo.classification.evaluation.LabelEvaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A confusion matrix: true classes down the side (first class on top), predicted classes along
 * the bottom, each cell showing its count (or row percentage with {@link #normalized()}). The
 * diagonal holds the correct predictions (blue); the mistakes are coloured orange on their own
 * scale, so that a handful of confusions among thousands of correct predictions is visible. For
 * many classes (46 Reuters topics) {@link #top(int)} keeps the most frequent true classes.
 *
 * <pre>{@code
 * ConfusionMatrixPlot.of(counts, "0", "1", "2", ...).chart("MNIST: test set")
 * ConfusionMatrixPlot.of(yTest, predicted, digitNames).chart("MNIST: test set")
 * ConfusionMatrixPlot.of(evaluation).top(12).normalized().chart("Reuters: 12 largest topics")
 * ConfusionMatrixPlot.of(evaluation).classNames("not ripe", "ripe").chart("Apples")
 * }</pre>
 */
public final class ConfusionMatrixPlot {
    private final long[][] counts;
    private final String[] classNames;
    private int top;
    private boolean normalized;

    private ConfusionMatrixPlot(long[][] counts, String[] classNames) {
        this.counts = counts;
        this.classNames = classNames;
    }

    /**
     * From counts: {@code counts[t][p]} is how often true class {@code t} was predicted as
     * {@code p}.
     *
     * @throws IllegalArgumentException if the matrix is empty, not square, holds a negative count,
     *                                  sums to 0, or the number of names differs from its size
     */
    public static ConfusionMatrixPlot of(int[][] counts, String... classNames) {
        Objects.requireNonNull(counts, "counts");
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            Objects.requireNonNull(counts[i], "row " + i + " of counts");
            copy[i] = new long[counts[i].length];
            for (int j = 0; j < counts[i].length; j++) {
                copy[i][j] = counts[i][j];
            }
        }
        return checked(copy, classNames);
    }

    /**
     * From true and predicted labels 0, 1, ... (e.g. a network's arg-max outputs).
     *
     * @throws IllegalArgumentException if the arrays are empty or differ in length, or a label has
     *                                  no name
     */
    public static ConfusionMatrixPlot of(int[] trueLabels, int[] predicted, String... classNames) {
        Objects.requireNonNull(trueLabels, "trueLabels");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(classNames, "classNames");
        if (trueLabels.length == 0) {
            throw new IllegalArgumentException("Confusion matrix: no labels, nothing was evaluated");
        }
        Figures.checkSameLength("Confusion matrix", "trueLabels", trueLabels.length, "predicted", predicted.length);
        int n = classNames.length;
        int[][] counts = new int[n][n];
        for (int i = 0; i < trueLabels.length; i++) {
            for (int label : new int[] {trueLabels[i], predicted[i]}) {
                if (label < 0 || label >= n) {
                    throw new IllegalArgumentException("Confusion matrix: label " + label + " at index " + i
                            + " has no name; give " + Math.max(label + 1, n) + " class names for labels 0.."
                            + Math.max(label, n - 1));
                }
            }
            counts[trueLabels[i]][predicted[i]]++;
        }
        return of(counts, classNames);
    }

    /** From a Tribuo evaluation (classes sorted by name, numbers numerically). */
    public static ConfusionMatrixPlot of(LabelEvaluation evaluation) {
        return of(Objects.requireNonNull(evaluation, "evaluation").getConfusionMatrix());
    }

    /** From a Tribuo confusion matrix (classes sorted by name, numbers numerically). */
    public static ConfusionMatrixPlot of(ConfusionMatrix<Label> matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<Label> labels = new ArrayList<>(matrix.getDomain().getDomain());
        labels.sort(Comparator.comparing(Label::getLabel, ConfusionMatrixPlot::compareNames));
        int n = labels.size();
        long[][] counts = new long[n][n];
        String[] names = new String[n];
        for (int t = 0; t < n; t++) {
            names[t] = labels.get(t).getLabel();
            for (int p = 0; p < n; p++) {
                counts[t][p] = Math.round(matrix.confusion(labels.get(p), labels.get(t))); // (predicted, truth)
            }
        }
        return checked(counts, names);
    }

    private static ConfusionMatrixPlot checked(long[][] counts, String[] classNames) {
        Objects.requireNonNull(classNames, "classNames");
        int n = counts.length;
        if (n == 0) {
            throw new IllegalArgumentException("Confusion matrix is empty: give one row per true class");
        }
        if (classNames.length != n) {
            throw new IllegalArgumentException("Confusion matrix has " + n + " classes but " + classNames.length
                    + " class names were given; give one name per row");
        }
        long total = 0;
        for (int t = 0; t < n; t++) {
            if (counts[t].length != n) {
                throw new IllegalArgumentException("Confusion matrix must be square: row " + t + " has "
                        + counts[t].length + " columns, expected " + n);
            }
            for (int p = 0; p < n; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException("Confusion matrix count [" + t + "][" + p + "] is negative ("
                            + counts[t][p] + "); counts must be >= 0");
                }
                total += counts[t][p];
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("Confusion matrix counts are all 0: nothing was evaluated");
        }
        return new ConfusionMatrixPlot(counts, classNames.clone());
    }

    /** Keeps only the {@code n} true classes with the most examples (rows and columns). */
    public ConfusionMatrixPlot top(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("top(n) needs n >= 1, was " + n);
        }
        this.top = n;
        return this;
    }

    /** Shows each row as percentages of the true class (recall on the diagonal). */
    public ConfusionMatrixPlot normalized() {
        this.normalized = true;
        return this;
    }

    /** The accuracy over all classes (before {@link #top(int)}). */
    public double accuracy() {
        long correct = 0, total = 0;
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                total += counts[t][p];
                if (t == p) {
                    correct += counts[t][p];
                }
            }
        }
        return (double) correct / total;
    }

    /**
     * Renames the classes, in their order (e.g. {@code "not ripe", "ripe"} for a Tribuo
     * evaluation whose labels are 0 and 1).
     *
     * @throws IllegalArgumentException if the number of names differs from the number of classes
     */
    public ConfusionMatrixPlot classNames(String... names) {
        Objects.requireNonNull(names, "names");
        if (names.length != classNames.length) {
            throw new IllegalArgumentException("Confusion matrix has " + classNames.length + " classes but "
                    + names.length + " class names were given; give one name per class");
        }
        System.arraycopy(names, 0, classNames, 0, names.length);
        return this;
    }

    /** The class names, in the order of the rows. */
    public String[] classNames() {
        return classNames.clone();
    }

    /**
     * Builds the figure: correct predictions (the diagonal) in blue, scaled to the largest
     * diagonal cell; mistakes in orange on their own scale, the largest mistake darkest, so a
     * confusion of 15 among counts of 1,000 still stands out; empty cells blank. The size follows
     * the class names and the number of classes, so nothing is cut off.
     */
    public ImageFigure chart(String title) {
        int[] shown = shownClasses();
        String fullTitle = title + (shown.length < counts.length
                ? " (" + shown.length + " of " + counts.length + " classes)" : "");
        return ConfusionMatrixFigure.draw(Figures.text(fullTitle), cells(shown), names(shown), normalized,
                notes(shown));
    }

    /** The values drawn, {@code [true][predicted]}: counts, or row percentages when normalised. */
    double[][] cells(int[] shown) {
        int n = shown.length;
        double[][] values = new double[n][n];
        for (int t = 0; t < n; t++) {
            long rowTotal = 0;
            for (long c : counts[shown[t]]) {
                rowTotal += c;
            }
            for (int p = 0; p < n; p++) {
                long c = counts[shown[t]][shown[p]];
                values[t][p] = normalized ? (rowTotal == 0 ? 0 : 100.0 * c / rowTotal) : c;
            }
        }
        return values;
    }

    private String[] names(int[] shown) {
        String[] names = new String[shown.length];
        for (int i = 0; i < shown.length; i++) {
            names[i] = Figures.text(classNames[shown[i]]);
        }
        return names;
    }

    /** The lines under the matrix that say how to read it. */
    List<String> notes(int[] shown) {
        List<String> notes = new ArrayList<>();
        if (normalized) {
            notes.add(shown.length < counts.length
                    ? "% of each true class; a row adds to less than 100 when examples went to classes not shown"
                    : "% of each true class: every row adds to 100 (\"<1\": under half a percent)");
        }
        notes.add("blue: correct (diagonal); orange: mistakes, on their own scale (darkest = largest mistake)");
        return notes;
    }

    int[] shownClasses() {
        int n = counts.length;
        if (top == 0 || top >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        long[] support = new long[n];
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            for (long c : counts[t]) {
                support[t] += c;
            }
            order.add(t);
        }
        order.sort(Comparator.comparingLong((Integer t) -> -support[t]).thenComparingInt(t -> t));
        return order.subList(0, top).stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Names that are both integers compare as numbers ("2" before "10"), others alphabetically. */
    static int compareNames(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }
}
