package org.dlcourse.plot;

import org.dlcourse.descent.LossSurface;
import org.dlcourse.descent.MiniBatchDescent;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pictures of gradient descent (chapter 04): optimisers racing on a 2-D loss surface drawn as
 * contours, and batch vs stochastic vs mini-batch gradient descent on one problem.
 *
 * <pre>{@code
 * LossSurface valley = LossSurface.elongatedValley();
 * Map<String, double[][]> paths = valley.race(rules, -7, 2, 30);
 * DescentPlots.race("Six optimisers, 30 steps", valley, paths, -8, 8, -3, 3)       // one chart
 * DescentPlots.raceGrid("Six optimisers, 30 steps", valley, paths, -8, 8, -3, 3)   // a panel each
 * DescentPlots.raceLosses("Loss per step", valley, paths)
 * DescentPlots.batchSizes("One line, three batch sizes", runs, secondsPerEpoch)
 * }</pre>
 */
public final class DescentPlots {
    private static final Color CONTOUR = new Color(0xB0B0B0);
    private static final int GRID = 161;
    private static final Marker[] PATH_MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.OVAL};

    private DescentPlots() {
    }

    /**
     * The surface's contour lines over the given range with each path drawn on top (one colour
     * per optimiser, a dot per step), the start and the minimum marked. The contour levels are
     * the loss at 12 points spaced evenly in √loss from the minimum to the largest corner of the
     * range, unless {@code levels} gives them.
     *
     * @throws IllegalArgumentException if there are no paths, a path is empty or has points that
     *                                  are not {x, y}, or the range is empty
     */
    public static XYChart race(String title, LossSurface surface, Map<String, double[][]> paths,
                               double xMin, double xMax, double yMin, double yMax, double... levels) {
        return race(title, surface, paths, 0, xMin, xMax, yMin, yMax, 1000, 540, levels);
    }

    /**
     * One small panel per path, each with the surface's contours, the start and the minimum, in
     * rows of three: paths that overlap in {@link #race} are seen one by one, on the same axes.
     *
     * @throws IllegalArgumentException as {@link #race}
     */
    public static ImageFigure raceGrid(String title, LossSurface surface, Map<String, double[][]> paths,
                                       double xMin, double xMax, double yMin, double yMax, double... levels) {
        checkPaths(paths);
        List<XYChart> panels = new ArrayList<>();
        int colour = 0;
        for (Map.Entry<String, double[][]> e : paths.entrySet()) {
            XYChart panel = Figures.compact(race(e.getKey(), surface, Map.of(e.getKey(), e.getValue()), colour++,
                    xMin, xMax, yMin, yMax, 420, 290, levels));
            panel.getStyler().setMarkerSize(5);
            panels.add(panel);
        }
        return ChartGrid.of(title, 3, panels);
    }

    private static XYChart race(String title, LossSurface surface, Map<String, double[][]> paths, int firstColour,
                                double xMin, double xMax, double yMin, double yMax, int width, int height,
                                double... levels) {
        Objects.requireNonNull(surface, "surface");
        checkPaths(paths);
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("The range needs xMin < xMax and yMin < yMax");
        }
        XYChart chart = Figures.xy(title, "x", "y", width, height);
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double[] shown = levels == null || levels.length == 0 ? defaultLevels(surface, xMin, xMax, yMin, yMax) : levels;
        boolean first = true;
        for (double level : shown) {
            double[][] line = Contours.level(surface::value, xMin, xMax, yMin, yMax, GRID, GRID, level);
            if (line[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(first ? Figures.text("loss " + surface.formula() + " (contours)")
                    : " contour " + level, line[0], line[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(CONTOUR);
            s.setLineStyle(new BasicStroke(1f));
            s.setShowInLegend(first);
            first = false;
        }
        int colour = firstColour;
        for (Map.Entry<String, double[][]> e : paths.entrySet()) {
            double[][] p = e.getValue();
            double[] xs = new double[p.length];
            double[] ys = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                xs[i] = p[i][0];
                ys[i] = p[i][1];
            }
            Color c = Figures.PALETTE[colour % Figures.PALETTE.length];
            XYSeries s = chart.addSeries(Figures.text(e.getKey()), xs, ys);
            s.setMarker(PATH_MARKERS[colour++ % PATH_MARKERS.length]); // paths that overlap stay apart
            s.setMarkerColor(c);
            s.setLineColor(c);
            s.setLineStyle(new BasicStroke(2f));
        }
        chart.getStyler().setMarkerSize(5);
        double[] start = paths.values().iterator().next()[0];
        XYSeries s = chart.addSeries(Figures.text(String.format(Locale.ROOT, "start (%s, %s)",
                number(start[0]), number(start[1]))), new double[] {start[0]}, new double[] {start[1]});
        s.setMarker(SeriesMarkers.PLUS);
        s.setMarkerColor(Color.BLACK);
        s.setLineStyle(SeriesLines.NONE);
        double[] min = surface.minimum();
        XYSeries m = chart.addSeries(Figures.text(String.format(Locale.ROOT, "minimum (%s, %s)",
                number(min[0]), number(min[1]))), new double[] {min[0]}, new double[] {min[1]});
        m.setMarker(SeriesMarkers.CROSS);
        m.setMarkerColor(Color.BLACK);
        m.setLineStyle(SeriesLines.NONE);
        return chart;
    }

    /**
     * The loss after each step of each path (log scale), step 0 being the start: which optimiser
     * gets lowest, how fast.
     *
     * @throws IllegalArgumentException if there are no paths or a path is empty
     */
    public static XYChart raceLosses(String title, LossSurface surface, Map<String, double[][]> paths) {
        Objects.requireNonNull(surface, "surface");
        checkPaths(paths);
        XYChart chart = Figures.xy(title, "step", "loss " + surface.formula() + " (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.####");
        int colour = 0;
        for (Map.Entry<String, double[][]> e : paths.entrySet()) {
            double[] loss = surface.losses(e.getValue());
            double floor = 1e-12;
            double[] steps = new double[loss.length];
            for (int i = 0; i < loss.length; i++) {
                steps[i] = i;
                loss[i] = Math.max(loss[i], floor); // a path that lands on the minimum: 0 has no logarithm
            }
            Color c = Figures.PALETTE[colour++ % Figures.PALETTE.length];
            XYSeries s = chart.addSeries(Figures.text(e.getKey()), steps, loss);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(c);
            s.setLineStyle(new BasicStroke(2f));
        }
        return chart;
    }

    /**
     * Batch vs stochastic vs mini-batch gradient descent side by side: the loss on all the data
     * after every update (updates on a log scale), after every epoch, and the time per epoch. Runs are named by
     * their batch size: "batch GD" (one update per epoch), "SGD" (batch 1) or "mini-batch".
     *
     * @param secondsPerEpoch one time per run, in the runs' order (e.g. from
     *                        {@link MiniBatchDescent#engineSecondsPerEpoch})
     * @throws IllegalArgumentException if there are no runs or the times do not match them
     */
    public static ImageFigure batchSizes(String title, List<MiniBatchDescent.Run> runs, double[] secondsPerEpoch) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("batchSizes needs at least one run");
        }
        if (secondsPerEpoch == null || secondsPerEpoch.length != runs.size()) {
            throw new IllegalArgumentException("Give one time per run: " + runs.size() + " runs, "
                    + (secondsPerEpoch == null ? "no" : String.valueOf(secondsPerEpoch.length)) + " times");
        }
        int w = 420, h = 400;
        XYChart perUpdate = Figures.compact(Figures.xy("Loss after each update", "update (log scale)", "loss", w, h));
        perUpdate.getStyler().setXAxisLogarithmic(true).setXAxisDecimalPattern("#,##0").setYAxisMin(0.0);
        XYChart perEpoch = Figures.compact(Figures.xy("Loss after each epoch", "epoch", "loss", w, h));
        perEpoch.getStyler().setXAxisDecimalPattern("0").setYAxisMin(0.0);
        perEpoch.getStyler().setLegendVisible(true);
        perEpoch.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        perEpoch.getStyler().setLegendFont(Fonts.font(java.awt.Font.PLAIN, 11));
        CategoryChart time = Figures.compact(Figures.category("Time per epoch (engine)", "", "milliseconds", w, h));
        time.getStyler().setYAxisDecimalPattern("#,##0.#");
        List<String> names = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            MiniBatchDescent.Run run = Objects.requireNonNull(runs.get(r), "a run is null");
            String name = name(run);
            Color c = Figures.PALETTE[r % Figures.PALETTE.length];
            double[] loss = run.lossPerUpdate();
            double[] updates = new double[loss.length - 1];
            double[] after = new double[loss.length - 1];
            for (int i = 1; i < loss.length; i++) {
                updates[i - 1] = i;
                after[i - 1] = loss[i];
            }
            XYSeries u = perUpdate.addSeries(Figures.text(name), updates, after);
            u.setMarker(updates.length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            u.setLineColor(c);
            u.setMarkerColor(c);
            u.setLineStyle(new BasicStroke(1.2f));
            double[] epochLoss = run.lossPerEpoch();
            double[] epochs = new double[epochLoss.length];
            for (int i = 0; i < epochs.length; i++) {
                epochs[i] = i;
            }
            XYSeries e = perEpoch.addSeries(Figures.text(name), epochs, epochLoss);
            e.setMarker(SeriesMarkers.CIRCLE);
            e.setLineColor(c);
            e.setMarkerColor(c);
            double s = secondsPerEpoch[r];
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("Time " + r + " is not a duration: " + s);
            }
            // the number goes under the bar: a bar 100 times shorter than another has no room for it
            names.add(Figures.text(String.format(Locale.ROOT, "%s: %s ms", shortName(run), milliseconds(1000 * s))));
            millis.add(1000 * s);
        }
        CategorySeries bars = time.addSeries("ms per epoch", names, millis);
        bars.setFillColor(Figures.PALETTE[0]);
        return ChartGrid.of(title, 3, perUpdate, perEpoch, time);
    }

    /** "batch GD (1,000)", "SGD (batch 1)" or "mini-batch (32)". */
    static String name(MiniBatchDescent.Run run) {
        if (run.updatesPerEpoch() == 1) {
            return String.format(Locale.ROOT, "batch GD (all %,d)", run.batchSize());
        }
        if (run.batchSize() == 1) {
            return "SGD (batch 1)";
        }
        return String.format(Locale.ROOT, "mini-batch (%,d)", run.batchSize());
    }

    private static String shortName(MiniBatchDescent.Run run) {
        if (run.updatesPerEpoch() == 1) {
            return "batch GD";
        }
        return run.batchSize() == 1 ? "SGD" : String.format(Locale.ROOT, "mini-batch %d", run.batchSize());
    }

    private static void checkPaths(Map<String, double[][]> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("Give at least one path (e.g. from LossSurface.race)");
        }
        for (Map.Entry<String, double[][]> e : paths.entrySet()) {
            double[][] p = e.getValue();
            if (p == null || p.length == 0) {
                throw new IllegalArgumentException("The path of '" + e.getKey() + "' is empty");
            }
            for (double[] point : p) {
                if (point == null || point.length != 2) {
                    throw new IllegalArgumentException("The path of '" + e.getKey() + "' has a point that is not {x, y}");
                }
            }
        }
    }

    private static double[] defaultLevels(LossSurface surface, double xMin, double xMax, double yMin, double yMax) {
        double[] min = surface.minimum();
        double low = surface.value(min[0], min[1]);
        double high = Math.max(Math.max(surface.value(xMin, yMin), surface.value(xMin, yMax)),
                Math.max(surface.value(xMax, yMin), surface.value(xMax, yMax)));
        double[] levels = new double[12];
        for (int i = 0; i < levels.length; i++) {
            double r = (i + 1.0) / (levels.length + 1);
            levels[i] = low + (high - low) * r * r;
        }
        return levels;
    }

    private static String milliseconds(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
