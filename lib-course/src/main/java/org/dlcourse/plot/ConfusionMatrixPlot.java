package org.dlcourse.plot;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.ConfusionMatrix;
import org.tribuo.classification.evaluation.LabelEvaluation;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A confusion matrix as a heat map: true classes down the side (first class on top), predicted
 * classes along the bottom, each cell showing its count (or row percentage with
 * {@link #normalized()}); the diagonal holds the correct predictions. For many classes (46
 * Reuters topics) {@link #top(int)} keeps the most frequent true classes.
 *
 * <pre>{@code
 * ConfusionMatrixPlot.of(counts, "0", "1", "2", ...).chart("MNIST: test set")
 * ConfusionMatrixPlot.of(yTest, predicted, digitNames).chart("MNIST: test set")
 * ConfusionMatrixPlot.of(evaluation).top(12).normalized().chart("Reuters: 12 largest topics")
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
     * 90 degrees when the class names would not fit side by side under their columns (about 7
     * pixels a character at the axis font): "money-supply" does not fit a 48-pixel column, "7" does.
     */
    static int xLabelRotation(int classes, int longestName, int cellPixels) {
        return classes > 12 || longestName * 7 > cellPixels ? 90 : 0;
    }

    /** Builds the heat map. */
    public HeatMapChart chart(String title) {
        int[] shown = shownClasses();
        int n = shown.length;
        int cell = n <= 12 ? 48 : n <= 24 ? 32 : 24;
        int width = Math.max(Figures.WIDTH, 200 + n * cell);
        int height = Math.max(Figures.HEIGHT, 170 + n * cell);
        String fullTitle = title + (shown.length < counts.length
                ? " (" + n + " of " + counts.length + " classes)" : "");
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height)
                .title(Figures.text(fullTitle)).xAxisTitle("predicted").yAxisTitle("true").build();
        Figures.style(chart);
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(Figures.text(classNames[shown[i]]));
            ys.add(Figures.text(classNames[shown[n - 1 - i]])); // y runs upwards: first class on top
        }
        List<Number[]> cells = new ArrayList<>();
        double max = 0;
        for (int t = 0; t < n; t++) {
            long rowTotal = 0;
            for (long c : counts[shown[t]]) {
                rowTotal += c;
            }
            for (int p = 0; p < n; p++) {
                long c = counts[shown[t]][shown[p]];
                double value = normalized ? (rowTotal == 0 ? 0 : 100.0 * c / rowTotal) : c;
                max = Math.max(max, value);
                if (c > 0 || t == p) { // empty off-diagonal cells stay blank: the eye finds the mistakes
                    cells.add(new Number[] {p, n - 1 - t, value});
                }
            }
        }
        chart.addSeries("counts", xs, ys, cells);
        var styler = chart.getStyler();
        styler.setLegendVisible(false); // the numbers are in the cells
        styler.setShowValue(true);
        styler.setValueFont(Fonts.font(Font.PLAIN, n <= 12 ? 14 : n <= 24 ? 11 : 9));
        styler.setValueFontColor(Color.BLACK);
        styler.setHeatMapValueDecimalPattern("0"); // counts, or whole percentages when normalised
        styler.setRangeColors(new Color[] {Color.WHITE, new Color(0xA6CEE3), new Color(0x5AA0D0)});
        styler.setMin(0);
        styler.setMax(max);
        int longest = xs.stream().mapToInt(String::length).max().orElse(0);
        styler.setXAxisLabelRotation(xLabelRotation(n, longest, cell));
        styler.setPlotContentSize(1.0);
        return chart;
    }

    private int[] shownClasses() {
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
