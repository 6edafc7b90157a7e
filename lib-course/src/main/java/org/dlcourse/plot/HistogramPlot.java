package org.dlcourse.plot;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The distribution of a number (review lengths, house prices) as a histogram with round bin
 * edges (a width of 1, 2, 2.5 or 5 times a power of ten, so the axis reads 0, 100, 200, ...),
 * the median drawn as a dashed line, and optionally the long tail collected in one labelled
 * last bar ({@link #overflowAt(double)}).
 *
 * <pre>{@code
 * HistogramPlot.of(lengths).bins(50).overflowAt(1000).chart("IMDB: review length", "words per review")
 * HistogramPlot.of(prices).bins(20).overflowAt(50, "50: the data caps prices at 50").chart("Prices", "MEDV")
 * }</pre>
 */
public final class HistogramPlot {
    private static final Color BARS = Figures.PALETTE[0];
    private static final Color OVERFLOW = Figures.PALETTE[4];

    private final double[] values;
    private int bins = 30;
    private double overflow = Double.NaN;
    private String overflowLabel;

    private HistogramPlot(double[] values) {
        this.values = values;
    }

    /**
     * A histogram of these values.
     *
     * @throws IllegalArgumentException if there are none or one is NaN or infinite
     */
    public static HistogramPlot of(double[] values) {
        Figures.checkSeries("Histogram", "values", values);
        return new HistogramPlot(values.clone());
    }

    /** A histogram of whole numbers (e.g. review lengths in words). */
    public static HistogramPlot of(int[] values) {
        Objects.requireNonNull(values, "values");
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** About how many bins (default 30); the width is rounded to a round number. */
    public HistogramPlot bins(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Histogram: bins must be at least 1, was " + n);
        }
        this.bins = n;
        return this;
    }

    /**
     * Collects every value at or above {@code limit} in one last bar, in its own colour and
     * labelled "≥ limit" (a long tail would otherwise squeeze the other bars).
     */
    public HistogramPlot overflowAt(double limit) {
        return overflowAt(limit, null);
    }

    /** As {@link #overflowAt(double)}, with the legend's words for the last bar. */
    public HistogramPlot overflowAt(double limit, String label) {
        if (!Double.isFinite(limit)) {
            throw new IllegalArgumentException("Histogram: overflowAt needs a finite limit, was " + limit);
        }
        this.overflow = limit;
        this.overflowLabel = label;
        return this;
    }

    /** A round bin width at least {@code raw}: 1, 2, 2.5, 5 times a power of ten (whole for whole numbers). */
    static double binWidth(double raw, boolean wholeNumbers) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            double w = m * power;
            if (w >= raw * (1 - 1e-9) && (!wholeNumbers || w == Math.rint(w))) {
                return w;
            }
        }
        return 10 * power;
    }

    /** The median of the values. */
    public double median() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Builds the chart. */
    public XYChart chart(String title, String xTitle) {
        boolean whole = Arrays.stream(values).allMatch(v -> v == Math.rint(v));
        double lo = Arrays.stream(values).min().orElseThrow();
        double hi = Arrays.stream(values).max().orElseThrow();
        boolean tail = !Double.isNaN(overflow) && hi >= overflow && overflow > lo;
        double top = tail ? overflow : hi;
        double width = binWidth(Math.max(top - lo, whole ? 1 : 1e-9) / bins, whole);
        double start = Math.floor(lo / width) * width;
        int regular = tail ? (int) Math.ceil((overflow - start) / width - 1e-9) : (int) Math.floor((hi - start) / width) + 1;
        double[] counts = new double[regular];
        long over = 0;
        for (double v : values) {
            if (tail && v >= overflow) {
                over++;
            } else {
                counts[Math.min(regular - 1, (int) Math.floor((v - start) / width + 1e-9))]++;
            }
        }
        double median = median();
        XYChart chart = Figures.xy(title, xTitle, "count");
        XYSeries bars = chart.addSeries(Figures.text(String.format(Locale.ROOT, "%,d values", values.length)),
                outlineX(start, width, regular), outlineY(counts));
        style(bars, BARS);
        double maxCount = Arrays.stream(counts).max().orElse(0);
        double end = start + regular * width;
        if (tail) {
            String label = overflowLabel != null ? overflowLabel
                    : "≥ " + number(overflow, whole) + ": the long tail";
            XYSeries last = chart.addSeries(Figures.text(String.format(Locale.ROOT, "%s (%,d)", label, over)),
                    outlineX(end, width, 1), outlineY(new double[] {over}));
            style(last, OVERFLOW);
            maxCount = Math.max(maxCount, over);
            chart.addAnnotation(new AnnotationText("≥ " + number(overflow, whole), end + width / 2,
                    over + 0.04 * maxCount, false));
            chart.getStyler().setAnnotationTextFontColor(OVERFLOW.darker());
            chart.getStyler().setAnnotationTextFont(Fonts.font(java.awt.Font.BOLD, 12));
            end += width;
        }
        XYSeries line = chart.addSeries(Figures.text("median " + number(median, false)),
                new double[] {median, median}, new double[] {0, 1.05 * maxCount});
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Color.BLACK);
        line.setLineStyle(SeriesLines.DASH_DASH);
        // an invisible point off the bin edges: XChart then picks round ticks instead of labelling edges
        XYSeries helper = chart.addSeries(" ticks", new double[] {start + width / 3}, new double[] {0});
        helper.setMarker(SeriesMarkers.NONE);
        helper.setLineStyle(SeriesLines.NONE);
        helper.setShowInLegend(false);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.12 * maxCount);
        // a little room after the last bar: a tick label at the very end would reach into the margin
        chart.getStyler().setXAxisMin(start).setXAxisMax(end + 0.03 * (end - start));
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        if (whole) {
            chart.getStyler().setXAxisDecimalPattern("#,##0");
        }
        return chart;
    }

    private static String number(double v, boolean whole) {
        return whole || v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", Math.round(v))
                : String.format(Locale.ROOT, "%.4g", v);
    }

    private static void style(XYSeries s, Color colour) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setFillColor(colour);
    }

    /** A step outline: every bin contributes its left and right edge at its height. */
    private static double[] outlineX(double start, double width, int n) {
        double[] xs = new double[2 * n + 2];
        xs[0] = start;
        for (int b = 0; b < n; b++) {
            xs[2 * b + 1] = start + b * width;
            xs[2 * b + 2] = start + (b + 1) * width;
        }
        xs[2 * n + 1] = start + n * width;
        return xs;
    }

    private static double[] outlineY(double[] counts) {
        double[] ys = new double[2 * counts.length + 2];
        for (int b = 0; b < counts.length; b++) {
            ys[2 * b + 1] = counts[b];
            ys[2 * b + 2] = counts[b];
        }
        return ys;
    }
}
