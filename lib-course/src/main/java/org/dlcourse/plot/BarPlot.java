package org.dlcourse.plot;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Bars and histograms: a value per category (per-class F1), how many examples each class has,
 * and the distribution of a number (review lengths).
 *
 * <pre>{@code
 * BarPlot.classCounts("Reuters: examples per topic", yTrain, topicNames)
 * BarPlot.bars("F1 per digit", "F1", digitNames, f1)
 * BarPlot.f1("Reuters: F1 per topic", evaluation)
 * BarPlot.histogram("IMDB: review length", "words", lengths, 50)
 * }</pre>
 */
public final class BarPlot {
    private BarPlot() {
    }

    /**
     * One bar per category.
     *
     * @throws IllegalArgumentException if there are no values, a value is NaN or infinite, or the
     *                                  numbers of categories and values differ
     */
    public static CategoryChart bars(String title, String yTitle, String[] categories, double[] values) {
        Map<String, double[]> one = new LinkedHashMap<>();
        one.put(yTitle, values);
        CategoryChart chart = grouped(title, yTitle, categories, one);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * Several bars per category, one series each (e.g. precision, recall and F1 per class), in
     * the order of the map.
     *
     * @throws IllegalArgumentException if there are no series, a series is empty, holds NaN, or
     *                                  its length differs from the categories'
     */
    public static CategoryChart grouped(String title, String yTitle, String[] categories, Map<String, double[]> series) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(series, "series");
        String figure = "Bar plot '" + title + "'";
        if (categories.length == 0) {
            throw new IllegalArgumentException(figure + ": no categories, nothing to plot");
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException(figure + ": no series, nothing to plot");
        }
        List<String> names = new ArrayList<>();
        for (String c : categories) {
            names.add(Figures.text(Objects.requireNonNull(c, "a category name is null")));
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(figure + ": category names repeat (" + Arrays.toString(categories)
                    + "); give each bar its own name");
        }
        int n = categories.length;
        CategoryChart chart = Figures.category(title, "", yTitle, Math.max(Figures.WIDTH, 220 + n * 16 * series.size()),
                Figures.HEIGHT + (n > 12 ? 60 : 0));
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            Figures.checkSeries(figure, "'" + e.getKey() + "'", e.getValue());
            Figures.checkSameLength(figure, "categories", n, "'" + e.getKey() + "'", e.getValue().length);
            List<Double> values = new ArrayList<>();
            for (double v : e.getValue()) {
                values.add(v);
            }
            CategorySeries s = chart.addSeries(Figures.text(e.getKey()), names, values);
            s.setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setXAxisLabelRotation(n > 12 ? 90 : 0);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        return chart;
    }

    /**
     * How many examples each class has (labels 0, 1, ...), one bar per class name.
     *
     * @throws IllegalArgumentException if there are no labels or a label has no name
     */
    public static CategoryChart classCounts(String title, int[] labels, String... classNames) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classNames, "classNames");
        if (labels.length == 0) {
            throw new IllegalArgumentException("Class counts '" + title + "': no labels, nothing to count");
        }
        double[] counts = new double[classNames.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.length) {
                throw new IllegalArgumentException("Class counts '" + title + "': label " + labels[i] + " at index " + i
                        + " has no name; give " + Math.max(labels[i] + 1, classNames.length)
                        + " class names for labels 0.." + Math.max(labels[i], classNames.length - 1));
            }
            counts[labels[i]]++;
        }
        CategoryChart chart = bars(title, "examples", classNames, counts);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        return chart;
    }

    /** The F1 score of each class of a Tribuo evaluation, classes sorted by name. */
    public static CategoryChart f1(String title, LabelEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<Label> labels = new ArrayList<>(evaluation.getConfusionMatrix().getDomain().getDomain());
        labels.sort((a, b) -> ConfusionMatrixPlot.compareNames(a.getLabel(), b.getLabel()));
        String[] names = new String[labels.size()];
        double[] f1 = new double[labels.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = labels.get(i).getLabel();
            double v = evaluation.f1(labels.get(i));
            f1[i] = Double.isNaN(v) ? 0 : v; // a class never predicted nor present has F1 NaN: show no bar
        }
        CategoryChart chart = bars(title, "F1", names, f1);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /**
     * Precision and recall of each class, side by side: the classes of a model's evaluation named
     * "0", "1", ... (as {@code Sequential.evaluateClassification} names them), shown with the
     * given class names.
     *
     * @throws IllegalArgumentException if a class of the evaluation is not a number 0 to
     *                                  {@code classNames.length - 1}
     */
    public static CategoryChart precisionRecall(String title, LabelEvaluation evaluation, String... classNames) {
        Objects.requireNonNull(evaluation, "evaluation");
        int n = classNames.length;
        double[] precision = new double[n];
        double[] recall = new double[n];
        for (Label label : evaluation.getConfusionMatrix().getDomain().getDomain()) {
            int index;
            try {
                index = Integer.parseInt(label.getLabel());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= n) {
                throw new IllegalArgumentException("Precision and recall '" + title + "': class '" + label.getLabel()
                        + "' is not one of 0.." + (n - 1) + "; give a name for each class");
            }
            double p = evaluation.precision(label), r = evaluation.recall(label);
            precision[index] = Double.isNaN(p) ? 0 : p;
            recall[index] = Double.isNaN(r) ? 0 : r;
        }
        Map<String, double[]> series = new java.util.LinkedHashMap<>();
        series.put("precision", precision);
        series.put("recall", recall);
        CategoryChart chart = grouped(title, "score", classNames, series);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /** A histogram of whole numbers (e.g. review lengths in words). */
    public static XYChart histogram(String title, String xTitle, int[] values, int bins) {
        Objects.requireNonNull(values, "values");
        return histogram(title, xTitle, Arrays.stream(values).asDoubleStream().toArray(), bins);
    }

    /**
     * A histogram with {@code bins} equal-width bins from the smallest to the largest value; the
     * legend gives the count and the median.
     *
     * @throws IllegalArgumentException if there are no values, one is NaN or infinite, or bins < 1
     */
    public static XYChart histogram(String title, String xTitle, double[] values, int bins) {
        String figure = "Histogram '" + title + "'";
        Figures.checkSeries(figure, "values", values);
        if (bins < 1) {
            throw new IllegalArgumentException(figure + ": bins must be at least 1, was " + bins);
        }
        double lo = Arrays.stream(values).min().orElseThrow();
        double hi = Arrays.stream(values).max().orElseThrow();
        if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        double width = (hi - lo) / bins;
        double[] counts = new double[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        }
        // a step outline: every bin contributes its left and right edge at its height
        double[] xs = new double[2 * bins + 2];
        double[] ys = new double[2 * bins + 2];
        xs[0] = lo;
        for (int b = 0; b < bins; b++) {
            xs[2 * b + 1] = lo + b * width;
            ys[2 * b + 1] = counts[b];
            xs[2 * b + 2] = lo + (b + 1) * width;
            ys[2 * b + 2] = counts[b];
        }
        xs[2 * bins + 1] = hi;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        XYChart chart = Figures.xy(title, xTitle, "count");
        XYSeries s = chart.addSeries(Figures.text(String.format(Locale.ROOT, "%,d values, median %.4g",
                values.length, median)), xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisMin(0.0);
        if (Arrays.stream(values).allMatch(v -> v == Math.rint(v))) {
            chart.getStyler().setXAxisDecimalPattern("#,##0"); // whole numbers: no 295.8 words
        }
        return chart;
    }
}
