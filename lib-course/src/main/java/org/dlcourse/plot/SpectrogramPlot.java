package org.dlcourse.plot;

import org.dlcourse.audio.Spectrogram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A spectrogram as a heat map: time in seconds along the bottom, frequency in Hz up the side (low
 * at the bottom), the level of each cell as a colour from dark (quiet) to yellow (loud), with a
 * colour scale in decibels on the right.
 *
 * <pre>{@code
 * SpectrogramPlot.of(Spectrogram.of(signal, 8000, 256, 128)).maxHz(4000).figure("A plucked string")
 * }</pre>
 */
public final class SpectrogramPlot {
    private static final Color[] COLOURS = {   // viridis, sampled at 0, 1/6, ..., 1
        new Color(0x440154), new Color(0x443983), new Color(0x31688E), new Color(0x21918C),
        new Color(0x35B779), new Color(0x90D743), new Color(0xFDE725)};

    private final double[][] levels;      // [frame][bin], decibels
    private final double[] times;
    private final double[] frequencies;
    private double maxHz = Double.POSITIVE_INFINITY;
    private double floorDb = Spectrogram.FLOOR_DB;

    private SpectrogramPlot(double[][] levels, double[] times, double[] frequencies) {
        this.levels = levels;
        this.times = times;
        this.frequencies = frequencies;
    }

    /** The spectrogram's {@link Spectrogram#decibels() decibels}. */
    public static SpectrogramPlot of(Spectrogram spectrogram) {
        Objects.requireNonNull(spectrogram, "spectrogram");
        return of(spectrogram.decibels(), spectrogram.times(), spectrogram.frequencies());
    }

    /**
     * Levels in decibels {@code [frame][bin]} (0 = loudest), the time of each frame in seconds and
     * the frequency of each bin in Hz, both increasing and evenly spaced.
     *
     * @throws IllegalArgumentException if the sizes do not match or a value is not finite
     */
    public static SpectrogramPlot of(double[][] decibels, double[] times, double[] frequencies) {
        Objects.requireNonNull(decibels, "decibels");
        Figures.checkSeries("Spectrogram", "times", times);
        Figures.checkSeries("Spectrogram", "frequencies", frequencies);
        Figures.checkSameLength("Spectrogram", "decibels (frames)", decibels.length, "times", times.length);
        for (double[] row : decibels) {
            Figures.checkSeries("Spectrogram", "a frame of decibels", row);
            Figures.checkSameLength("Spectrogram", "a frame of decibels", row.length, "frequencies", frequencies.length);
        }
        return new SpectrogramPlot(decibels, times.clone(), frequencies.clone());
    }

    /** Shows frequencies up to {@code hz} only. */
    public SpectrogramPlot maxHz(double hz) {
        if (!(hz > frequencies[0])) {
            throw new IllegalArgumentException("maxHz " + hz + " leaves no frequency to show");
        }
        this.maxHz = hz;
        return this;
    }

    /** The quietest level the colours tell apart (default {@link Spectrogram#FLOOR_DB}). */
    public SpectrogramPlot floorDb(double db) {
        if (!(db < 0)) {
            throw new IllegalArgumentException("floorDb must be below 0 dB, was " + db);
        }
        this.floorDb = db;
        return this;
    }

    /** The heat map at the default size. */
    public ImageFigure figure(String title) {
        return figure(title, Figures.WIDTH, Figures.HEIGHT);
    }

    /** The heat map at the given size. */
    public ImageFigure figure(String title, int width, int height) {
        int bins = 0;
        while (bins < frequencies.length && frequencies[bins] <= maxHz) {
            bins++;
        }
        int shownBins = bins;
        // Figures.PADDING of white on every side, as every course figure keeps (tests/test_figures.py)
        int pad = Figures.PADDING, left = 70 + pad, right = 95 + pad, top = 40 + pad, bottom = 55 + pad;
        Rectangle plot = new Rectangle(left, top, width - left - right, height - top - bottom);
        return new ImageFigure(title, width, height, g -> paint(g, title, plot, shownBins), List.of(plot));
    }

    private void paint(Graphics2D g, String title, Rectangle plot, int bins) {
        int frames = levels.length;
        BufferedImage cells = new BufferedImage(frames, bins, BufferedImage.TYPE_INT_RGB);
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < bins; k++) {
                cells.setRGB(f, bins - 1 - k, colour(levels[f][k]).getRGB());
            }
        }
        g.drawImage(cells, plot.x, plot.y, plot.width, plot.height, null);
        double dt = frames > 1 ? times[1] - times[0] : 2 * times[0];
        double df = frequencies.length > 1 ? frequencies[1] - frequencies[0] : 1;
        double t0 = times[0] - dt / 2, t1 = times[frames - 1] + dt / 2;
        double f0 = frequencies[0] - df / 2, f1 = frequencies[bins - 1] + df / 2;

        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawRect(plot.x, plot.y, plot.width, plot.height);
        g.setFont(Fonts.font(Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        double tStep = niceStep((t1 - t0) / 6);
        for (double t = Math.ceil(t0 / tStep) * tStep; t <= t1 + 1e-9; t += tStep) {
            int x = plot.x + (int) Math.round((t - t0) / (t1 - t0) * plot.width);
            g.drawLine(x, plot.y + plot.height, x, plot.y + plot.height + 5);
            String label = format(t, tStep);
            g.drawString(label, x - fm.stringWidth(label) / 2, plot.y + plot.height + 8 + fm.getAscent());
        }
        double fStep = niceStep((f1 - f0) / 6);
        for (double f = Math.ceil(f0 / fStep) * fStep; f <= f1 + 1e-9; f += fStep) {
            int y = plot.y + plot.height - (int) Math.round((f - f0) / (f1 - f0) * plot.height);
            g.drawLine(plot.x - 5, y, plot.x, y);
            String label = format(f, fStep);
            g.drawString(label, plot.x - 8 - fm.stringWidth(label), y + fm.getAscent() / 2 - 1);
        }
        g.setFont(Fonts.font(Font.PLAIN, 15));
        fm = g.getFontMetrics();
        String xTitle = "time (s)";
        g.drawString(xTitle, plot.x + (plot.width - fm.stringWidth(xTitle)) / 2, plot.y + plot.height + 45);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        String yTitle = "frequency (Hz)";
        rotated.drawString(yTitle, -(plot.y + (plot.height + fm.stringWidth(yTitle)) / 2), 18 + Figures.PADDING);
        rotated.dispose();
        g.setFont(Fonts.font(Font.BOLD, 18));
        fm = g.getFontMetrics();
        String shown = Figures.text(title);
        g.drawString(shown, plot.x + (plot.width - fm.stringWidth(shown)) / 2, 26 + Figures.PADDING);

        // the colour scale
        int barX = plot.x + plot.width + 18, barW = 16;
        for (int y = 0; y < plot.height; y++) {
            double db = floorDb * y / (plot.height - 1.0);
            g.setColor(colour(db));
            g.fillRect(barX, plot.y + y, barW, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(barX, plot.y, barW, plot.height);
        g.setFont(Fonts.font(Font.PLAIN, 12));
        fm = g.getFontMetrics();
        double dbStep = niceStep(-floorDb / 5);
        for (double db = 0; db >= floorDb - 1e-9; db -= dbStep) {
            int y = plot.y + (int) Math.round(db / floorDb * plot.height);
            g.drawLine(barX + barW, y, barX + barW + 4, y);
            g.drawString(format(db, dbStep), barX + barW + 6, y + fm.getAscent() / 2 - 1);
        }
        g.drawString("dB", barX, plot.y - 6);
    }

    /** The colour of a level: dark purple at the floor, yellow at 0 dB. */
    Color colour(double db) {
        double v = Math.max(0, Math.min(1, 1 - db / floorDb));
        double pos = v * (COLOURS.length - 1);
        int i = Math.min((int) pos, COLOURS.length - 2);
        double w = pos - i;
        Color a = COLOURS[i], b = COLOURS[i + 1];
        return new Color((int) Math.round(a.getRed() + w * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + w * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + w * (b.getBlue() - a.getBlue())));
    }

    /** 1, 2 or 5 times a power of ten: the smallest such step at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw - 1e-12) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value, double step) {
        if (Math.abs(value) < step * 1e-6) {
            value = 0;
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
