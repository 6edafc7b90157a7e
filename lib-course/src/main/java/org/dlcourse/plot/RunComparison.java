package org.dlcourse.plot;

import org.dlcourse.nn.History;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One metric of several training runs in one chart, one curve per run: e.g. the validation
 * accuracy of several learning rates, optimisers or batch sizes (the exercises of chapters 04 and
 * 05). Runs may have different lengths (early stopping, a diverged run); a curve ends at its last
 * finite value, so a diverged run's curve stops where its loss became NaN.
 *
 * <pre>{@code
 * Map<String, History> runs = new LinkedHashMap<>();
 * runs.put("SGD 0.01", slowHistory);
 * runs.put("SGD 1.0", fastHistory);
 * RunComparison.of("Validation accuracy per learning rate", "val_accuracy", runs)
 * RunComparison.grid("Two settings", runs, "loss", "val_accuracy")   // side by side
 * }</pre>
 */
public final class RunComparison {
    private RunComparison() {
    }

    /**
     * A chart of {@code metric} per epoch, one curve per run in the map's order (use a
     * {@link java.util.LinkedHashMap}); the legend names each run.
     *
     * @throws IllegalArgumentException if there are no runs, or a run lacks the metric
     */
    public static XYChart of(String title, String metric, Map<String, History> runs) {
        Objects.requireNonNull(metric, "metric");
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("RunComparison needs at least one run");
        }
        XYChart chart = Figures.xy(title, "epoch", metric);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        int colour = 0;
        for (Map.Entry<String, History> run : runs.entrySet()) {
            History history = run.getValue();
            if (history == null || !history.has(metric)) {
                throw new IllegalArgumentException("Run '" + run.getKey() + "' has no metric '" + metric
                        + "'" + (history == null ? "" : "; it has " + history.names()));
            }
            double[] values = finitePrefix(history.get(metric));
            if (values.length == 0) {
                values = new double[] {Double.NaN}; // keeps the run in the legend
            }
            double[] epochs = new double[values.length];
            for (int i = 0; i < epochs.length; i++) {
                epochs[i] = i + 1;
            }
            XYSeries s = chart.addSeries(Figures.text(run.getKey()), epochs, values);
            s.setLineColor(Figures.PALETTE[colour % Figures.PALETTE.length]);
            s.setMarkerColor(Figures.PALETTE[colour % Figures.PALETTE.length]);
            s.setMarker(values.length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            colour++;
        }
        return Figures.countingXAxis(chart);
    }

    /**
     * Several metrics of the same runs side by side, one compact chart per metric (e.g.
     * {@code "loss", "val_accuracy"}: the training cost and the validation accuracy), the legend in
     * the last chart. Titles name the metric, "validation" for a {@code val_} one.
     *
     * @throws IllegalArgumentException if no metric is given, there are no runs, or a run lacks a metric
     */
    public static ImageFigure grid(String title, Map<String, History> runs, String... metrics) {
        if (metrics == null || metrics.length == 0) {
            throw new IllegalArgumentException("RunComparison.grid needs at least one metric, e.g. \"loss\", \"val_accuracy\"");
        }
        List<XYChart> charts = new ArrayList<>();
        for (int i = 0; i < metrics.length; i++) {
            String metric = Objects.requireNonNull(metrics[i], "metric");
            String name = metric.startsWith("val_") ? "validation " + metric.substring(4) : "training " + metric;
            XYChart chart = Figures.compact(of(name, metric, runs));
            if (i == metrics.length - 1) {
                chart.getStyler().setLegendVisible(true);
                chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
                chart.getStyler().setLegendFont(Fonts.font(java.awt.Font.PLAIN, 12));
            }
            charts.add(chart);
        }
        return ChartGrid.of(title, metrics.length, charts);
    }

    /**
     * The first epoch (1-based) at which {@code metric} reaches {@code threshold} (at least it, or at
     * most it for a loss or error, see {@link History#lowerIsBetter(String)}); 0 if it never does.
     */
    public static int firstEpochReaching(History history, String metric, double threshold) {
        double[] values = history.get(metric);
        boolean lower = History.lowerIsBetter(metric);
        for (int i = 0; i < values.length; i++) {
            if (lower ? values[i] <= threshold : values[i] >= threshold) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The values up to (not including) the first NaN or infinite one. */
    static double[] finitePrefix(double[] values) {
        int n = 0;
        while (n < values.length && Double.isFinite(values[n])) {
            n++;
        }
        return Arrays.copyOf(values, n);
    }
}
