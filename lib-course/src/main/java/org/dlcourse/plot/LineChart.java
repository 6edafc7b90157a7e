package org.dlcourse.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A quick line chart of one or more series over 1, 2, 3, ... (e.g. a loss per epoch). */
public final class LineChart {
    private LineChart() {
    }

    /**
     * Plots {@code values} against 1..n.
     *
     * @throws IllegalArgumentException if there are no values or one is NaN
     */
    public static XYChart of(String title, String xTitle, String yTitle, String seriesName, double[] values) {
        return of(title, xTitle, yTitle, seriesName, 1, values);
    }

    /**
     * Plots {@code values[k]} at x = {@code firstX + k}: {@code firstX} 0 for a quantity that
     * starts at step 0 (0.9^0 = 1), 1 for epochs.
     *
     * @throws IllegalArgumentException if there are no values or one is NaN
     */
    public static XYChart of(String title, String xTitle, String yTitle, String seriesName, int firstX,
                             double[] values) {
        java.util.Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("Series '" + seriesName + "' is empty: nothing to plot");
        }
        double[] xs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("Series '" + seriesName + "' has NaN at position " + (i + firstX));
            }
            xs[i] = i + firstX;
        }
        XYChart chart = Figures.xy(title, xTitle, yTitle);
        XYSeries s = chart.addSeries(Figures.text(seriesName), xs, values);
        s.setMarker(values.length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        return Figures.countingXAxis(chart);
    }

    /**
     * As {@link #of(String, String, String, String, int, double[])} on a logarithmic y axis with
     * one tick per power of ten (1, 0.1, 0.01, ...): exponential growth or decay, such as a
     * gradient multiplied by 0.9 at every step, becomes a straight line instead of vanishing into
     * the x axis.
     *
     * @throws IllegalArgumentException if a value is not positive
     */
    public static XYChart logY(String title, String xTitle, String yTitle, String seriesName, int firstX,
                               double[] values) {
        java.util.Objects.requireNonNull(values, "values");
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("Series '" + seriesName + "' has " + values[i] + " at position "
                        + (i + firstX) + ": a logarithmic axis shows positive numbers only");
            }
        }
        XYChart chart = of(title, xTitle, yTitle, seriesName, firstX, values);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(true);
        chart.getStyler().setYAxisDecimalPattern("0.#########"); // a formatting function would undo the log ticks
        return chart;
    }
}
