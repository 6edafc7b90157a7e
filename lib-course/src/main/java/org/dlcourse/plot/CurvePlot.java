package org.dlcourse.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A function and its approximations on one figure: the target drawn as a thick grey curve, each
 * approximation as a coloured line over it (e.g. networks with 1, 3 and 10 hidden units fitting
 * {@code sin x}).
 *
 * <pre>{@code
 * CurvePlot.of(sine.x(), sine.y(), "sin x").approximation("3 hidden units", fit3)
 *     .chart("One hidden layer fitting sin x")
 * }</pre>
 */
public final class CurvePlot {
    private static final String FIGURE = "Curve plot";
    private final double[] x;
    private final double[] target;
    private final String targetName;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> fits = new ArrayList<>();
    private String xTitle = "x";
    private String yTitle = "y";

    private CurvePlot(double[] x, double[] target, String targetName) {
        this.x = x.clone();
        this.target = target.clone();
        this.targetName = targetName;
    }

    /**
     * Starts a figure of the target function's values {@code target} at the points {@code x}.
     *
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold NaN
     */
    public static CurvePlot of(double[] x, double[] target, String targetName) {
        Figures.checkSeries(FIGURE, "x", x);
        Figures.checkSeries(FIGURE, targetName, target);
        Figures.checkSameLength(FIGURE, "x", x.length, targetName, target.length);
        return new CurvePlot(x, target, targetName);
    }

    /** The axis titles (default "x" and "y"). */
    public CurvePlot axes(String xTitle, String yTitle) {
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        return this;
    }

    /**
     * Adds an approximation: its values at the same points.
     *
     * @throws IllegalArgumentException if the length differs from the target's or a value is NaN
     */
    public CurvePlot approximation(String name, double[] values) {
        Figures.checkSeries(FIGURE, name, values);
        Figures.checkSameLength(FIGURE, "x", x.length, name, values.length);
        names.add(name);
        fits.add(values.clone());
        return this;
    }

    /** The figure: the target thick and grey underneath, the approximations over it. */
    public XYChart chart(String title) {
        XYChart chart = Figures.xy(title, xTitle, yTitle);
        XYSeries t = chart.addSeries(Figures.text(targetName), x, target);
        t.setMarker(SeriesMarkers.NONE);
        t.setLineColor(new Color(0xB0B0B0));
        t.setLineStyle(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < fits.size(); k++) {
            XYSeries s = chart.addSeries(Figures.text(names.get(k)), x, fits.get(k));
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Figures.PALETTE[k % Figures.PALETTE.length]);
            s.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return Figures.countingXAxis(chart); // round ticks, not a label at every sample point
    }
}
