package org.dlcourse.plot;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The course's chart style: one size and font set readable on a slide, one palette, and saving
 * any figure as PNG or SVG. Every figure of the library starts from
 * {@link #xy(String, String, String)} (or {@link #category}) or applies {@link #style(Chart)}.
 *
 * <p>Pass titles and names through the builders here (or {@link #text(String)}): they make
 * Korean text safe to draw when no Korean font is installed (see {@link Fonts}).
 */
public final class Figures {
    /** Default figure size in pixels: readable when a slide scales it up. */
    public static final int WIDTH = 720, HEIGHT = 480;

    /** The palette, colour-blind friendly (Okabe-Ito). */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};

    /**
     * White space kept on every side of a figure, in pixels: nothing is drawn closer to the edge
     * (tests/test_figures.py and the JUnit tests check that no ink reaches the outer
     * {@link #EDGE_CHECKED} pixels, where a cut title or label would show).
     */
    public static final int PADDING = 16;

    /** The outer band, in pixels, that must stay blank in every rendered figure. */
    public static final int EDGE_CHECKED = 12;

    /** The colour that marks something wrong (a misclassified digit, a divergence). */
    public static final Color WRONG = new Color(0xD55E00);

    private Figures() {
    }

    /** An empty XY chart with the course style and default size. */
    public static XYChart xy(String title, String xTitle, String yTitle) {
        return xy(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** An empty XY chart with the course style. */
    public static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        checkSize(width, height);
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(text(title)).xAxisTitle(text(xTitle)).yAxisTitle(text(yTitle)).build();
        return style(chart);
    }

    /** An empty category (bar) chart with the course style. */
    public static CategoryChart category(String title, String xTitle, String yTitle, int width, int height) {
        checkSize(width, height);
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .title(text(title)).xAxisTitle(text(xTitle)).yAxisTitle(text(yTitle)).build();
        style(chart);
        chart.getStyler().setAvailableSpaceFill(0.8);
        return chart;
    }

    /**
     * Gives an x axis of counts (epochs, iterations) round tick labels: call it after adding the
     * series. XChart labels every one of equally spaced x values (1, 2, 3, ...), and from about 30
     * epochs on the labels run into each other; an invisible point half-way between the first two
     * x values makes XChart choose round ticks (0, 50, 100, ...) as for any other data.
     */
    public static XYChart countingXAxis(XYChart chart) {
        double min = Double.POSITIVE_INFINITY;
        double y = 0;
        int points = 0;
        for (XYSeries series : chart.getSeriesMap().values()) {
            double[] xs = series.getXData();
            points = Math.max(points, xs.length);
            for (int i = 0; i < xs.length; i++) {
                if (xs[i] < min) {
                    min = xs[i];
                    y = series.getYData()[i];
                }
            }
        }
        if (points > 20 && !chart.getSeriesMap().containsKey(TICK_HELPER)) {
            XYSeries helper = chart.addSeries(TICK_HELPER, new double[] {min + 0.5}, new double[] {y});
            helper.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
            helper.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
            helper.setShowInLegend(false);
            chart.getStyler().setXAxisDecimalPattern("0");
        }
        return chart;
    }

    private static final String TICK_HELPER = " tick helper";

    /** 1, 2, 5, 10, 20, 50, ... : the smallest such step at least {@code raw}. */
    static long niceStep(double raw) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= raw) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    /** Applies the course style (fonts, colours, background, grid) to any XChart chart. */
    public static <C extends Chart<?, ?>> C style(C chart) {

        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setChartPadding(PADDING);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleFont(Fonts.font(Font.BOLD, 18));
        styler.setLegendFont(Fonts.font(Font.PLAIN, 13));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        styler.setAntiAlias(true);
        styler.setChartTitleBoxVisible(false);
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTitleFont(Fonts.font(Font.PLAIN, 15));
            axes.setAxisTickLabelsFont(Fonts.font(Font.PLAIN, 12));
            axes.setPlotGridLinesColor(new Color(0xE0E0E0));
            axes.setMarkerSize(9);
            // XChart's own default drops the leading zero (".05"); charts may set their own
            axes.setXAxisDecimalPattern(NUMBER_PATTERN);
            axes.setYAxisDecimalPattern(NUMBER_PATTERN);
        }
        return chart;
    }

    /** Tick labels: a leading zero, thousands grouped, at most four decimals (0.05, 2,500). */
    static final String NUMBER_PATTERN = "#,##0.####";

    /** Smaller fonts and no legend: for panels of a {@link ChartGrid} (small multiples). */
    public static <C extends Chart<?, ?>> C compact(C chart) {
        Styler styler = chart.getStyler();
        styler.setChartTitleFont(Fonts.font(Font.BOLD, 14));
        styler.setLegendVisible(false);
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTitleFont(Fonts.font(Font.PLAIN, 12));
            axes.setAxisTickLabelsFont(Fonts.font(Font.PLAIN, 10));
            axes.setMarkerSize(6);
        }
        return chart;
    }

    /** Text as figures draw it: Korean is romanised when no Korean font is installed. */
    public static String text(String s) {
        return Fonts.text(s);
    }

    /** The chart drawn at its own size. */
    public static BufferedImage image(Chart<?, ?> chart) {
        Objects.requireNonNull(chart, "chart");
        return BitmapEncoder.getBufferedImage(chart);
    }

    /**
     * Saves a chart as PNG or SVG, chosen by the file name's extension ({@code .png},
     * {@code .svg}); creates missing parent folders.
     *
     * @throws IllegalArgumentException if the extension is neither
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static Path save(Chart<?, ?> chart, Path file) {
        Objects.requireNonNull(chart, "chart");
        Format format = format(file);
        write(file, out -> {
            if (format == Format.PNG) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        });
        return file;
    }

    /** Saves an image figure as PNG or SVG; same rules as {@link #save(Chart, Path)}. */
    public static Path save(ImageFigure figure, Path file) {
        return Objects.requireNonNull(figure, "figure").save(file);
    }

    enum Format { PNG, SVG }

    static Format format(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        throw new IllegalArgumentException("Cannot save a figure as '" + file
                + "': name the file with .png (image) or .svg (vector) at the end");
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path file, Writer writer) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write figure to " + file + ": " + e.getMessage(), e);
        }
    }

    static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Figure size " + width + "x" + height
                    + " is not positive: give a width and height in pixels, e.g. 720x480");
        }
    }

    /** Checks values are present, equally long and finite; names the figure and the argument. */
    static void checkSeries(String figure, String name, double[] values) {
        Objects.requireNonNull(values, name);
        if (values.length == 0) {
            throw new IllegalArgumentException(figure + ": " + name + " is empty, nothing to plot");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(figure + ": " + name + " has " + values[i] + " at index " + i
                        + "; plot finite numbers only");
            }
        }
    }

    static void checkSameLength(String figure, String a, int lengthA, String b, int lengthB) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException(figure + ": " + a + " has " + lengthA + " values but " + b
                    + " has " + lengthB + "; give one value of each per example");
        }
    }
}
