package org.dlcourse.plot;

import org.dlcourse.data.prep.Scaler;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.BoxSeries;

import java.util.List;
import java.util.Objects;

/**
 * Feature scaling (피처 스케일링) seen on a whole table: one box per feature for the raw values,
 * after standardisation {@code (x - mean) / std} and after min-max normalisation
 * {@code (x - min) / (max - min)}, both fitted on the rows given (the training set).
 *
 * <pre>{@code
 * ScalingPlot.of(xTrainRaw, Boston.featureArray()).chart("Boston features: raw, standardised, min-max")
 * }</pre>
 */
public final class ScalingPlot {
    private static final int PANEL_WIDTH = 420, PANEL_HEIGHT = 440;

    private final double[][] raw;
    private final String[] names;

    private ScalingPlot(double[][] raw, String[] names) {
        this.raw = raw;
        this.names = names;
    }

    /**
     * The training rows and their feature names.
     *
     * @throws IllegalArgumentException if there are no rows, the rows are ragged, hold NaN, or the
     *                                  names do not match the columns
     */
    public static ScalingPlot of(double[][] trainRaw, String... featureNames) {
        Objects.requireNonNull(trainRaw, "trainRaw");
        Objects.requireNonNull(featureNames, "featureNames");
        Scaler.standard(trainRaw); // checks: not empty, not ragged, finite
        Figures.checkSameLength("ScalingPlot", "columns", trainRaw[0].length, "feature names", featureNames.length);
        return new ScalingPlot(trainRaw, featureNames.clone());
    }

    /** Three panels side by side: raw, standardised, min-max (boxes: quartiles and whiskers). */
    public ImageFigure chart(String title) {
        BoxChart rawChart = panel("raw values", "value", raw);
        BoxChart standard = panel("standardised: (x - mean) / std", "standard deviations from the mean",
                Scaler.standard(raw).transform(raw));
        BoxChart minMax = panel("min-max: (x - min) / (max - min)", "share of the training range",
                Scaler.minMax(raw).transform(raw));
        return ChartGrid.of(title, 3, List.of(rawChart, standard, minMax));
    }

    private BoxChart panel(String title, String yTitle, double[][] x) {
        BoxChart chart = new BoxChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(Figures.text(title)).yAxisTitle(Figures.text(yTitle)).build();
        Figures.compact(Figures.style(chart));
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setMarkerSize(3);
        for (int c = 0; c < names.length; c++) {
            double[] column = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                column[r] = x[r][c];
            }
            BoxSeries s = chart.addSeries(Figures.text(names[c]), column);
            s.setFillColor(Figures.PALETTE[0]);
            s.setLineColor(Figures.PALETTE[0].darker());
        }
        return chart;
    }
}
