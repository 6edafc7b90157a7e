package org.dlcourse.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.Objects;

/**
 * Line charts of sound (chapter 10): a waveform over time (파형) and an amplitude spectrum over
 * frequency (스펙트럼), the "before and after" of the Fourier transform.
 *
 * <pre>{@code
 * SignalPlots.waveform("A4, 440 Hz", signal, 8000).seconds(0, 0.01).chart()
 * SignalPlots.spectrum("A4, 440 Hz", spectrum.frequencies(), spectrum.amplitudes()).maxHz(2000).chart()
 * }</pre>
 */
public final class SignalPlots {
    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final double[] xs;
    private final double[] ys;
    private final boolean stems;
    private double from = Double.NEGATIVE_INFINITY;
    private double to = Double.POSITIVE_INFINITY;

    private SignalPlots(String title, String xTitle, String yTitle, double[] xs, double[] ys, boolean stems) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.xs = xs;
        this.ys = ys;
        this.stems = stems;
    }

    /**
     * The samples of a signal against time in seconds.
     *
     * @throws IllegalArgumentException if there are no samples, one is not finite, or the rate is not positive
     */
    public static SignalPlots waveform(String title, double[] samples, int sampleRate) {
        Figures.checkSeries("Waveform '" + title + "'", "samples", samples);
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("Waveform '" + title + "': sampling rate must be positive, was " + sampleRate);
        }
        double[] t = new double[samples.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (double) i / sampleRate;
        }
        return new SignalPlots(title, "time (s)", "amplitude", t, samples.clone(), false);
    }

    /** The samples of a signal (as floats) against time in seconds. */
    public static SignalPlots waveform(String title, float[] samples, int sampleRate) {
        Objects.requireNonNull(samples, "samples");
        double[] d = new double[samples.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = samples[i];
        }
        return waveform(title, d, sampleRate);
    }

    /**
     * Amplitudes against frequency in Hz (e.g. {@code Spectrum.frequencies()} and {@code amplitudes()}).
     *
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a non-finite value
     */
    public static SignalPlots spectrum(String title, double[] frequencies, double[] amplitudes) {
        String figure = "Spectrum '" + title + "'";
        Figures.checkSeries(figure, "frequencies", frequencies);
        Figures.checkSeries(figure, "amplitudes", amplitudes);
        Figures.checkSameLength(figure, "frequencies", frequencies.length, "amplitudes", amplitudes.length);
        return new SignalPlots(title, "frequency (Hz)", "amplitude", frequencies.clone(), amplitudes.clone(),
                frequencies.length <= 64);
    }

    /** Shows only {@code from <= x <= to} seconds of a waveform. */
    public SignalPlots seconds(double from, double to) {
        return range(from, to);
    }

    /** Shows only frequencies up to {@code hz}. */
    public SignalPlots maxHz(double hz) {
        return range(Double.NEGATIVE_INFINITY, hz);
    }

    private SignalPlots range(double from, double to) {
        if (!(from < to)) {
            throw new IllegalArgumentException("empty range " + from + " .. " + to + ": give from < to");
        }
        this.from = from;
        this.to = to;
        return this;
    }

    /** The chart at the default size. */
    public XYChart chart() {
        return chart(Figures.WIDTH, Figures.HEIGHT);
    }

    /**
     * The chart at the given size. A short spectrum (at most 64 bins, e.g. a hand-computed DFT) is
     * drawn as markers on stems, so each bin is visible; anything longer as a line.
     *
     * @throws IllegalArgumentException if the range holds no point
     */
    public XYChart chart(int width, int height) {
        int count = 0;
        for (double x : xs) {
            if (x >= from && x <= to) {
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("'" + title + "': no point lies in the range " + from + " .. " + to);
        }
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0, j = 0; i < xs.length; i++) {
            if (xs[i] >= from && xs[i] <= to) {
                x[j] = xs[i];
                y[j++] = ys[i];
            }
        }
        XYChart chart = Figures.xy(title, xTitle, yTitle, width, height);
        chart.getStyler().setLegendVisible(false);
        XYSeries series = chart.addSeries(Figures.text(title.isEmpty() ? "signal" : title), x, y);
        series.setMarker(stems || count <= 40 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        if (count > 20) {
            // XChart labels every one of many equally spaced x values (crowded); an invisible point
            // half-way between the first two makes it choose round ticks (see Figures.countingXAxis)
            XYSeries helper = chart.addSeries(" tick helper", new double[] {(x[0] + x[1]) / 2}, new double[] {y[0]});
            helper.setMarker(SeriesMarkers.NONE);
            helper.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
            helper.setShowInLegend(false);
        }
        chart.getStyler().setXAxisDecimalPattern(xTitle.contains("Hz") ? "0" : "0.0##");
        if (stems) {
            series.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
            for (int i = 0; i < count; i++) {
                XYSeries stem = chart.addSeries(" stem " + i, new double[] {x[i], x[i]}, new double[] {0, y[i]});
                stem.setMarker(SeriesMarkers.NONE);
                stem.setLineColor(Figures.PALETTE[0]);
                stem.setShowInLegend(false);
            }
        }
        return chart;
    }
}
