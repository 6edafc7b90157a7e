package org.dlcourse.plot;

import org.dlcourse.audio.Fourier;
import org.dlcourse.audio.Spectrogram;
import org.dlcourse.audio.Spectrum;
import org.dlcourse.audio.Waves;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

class SignalPlotsTest {

    @Test
    void waveformShowsTheChosenSeconds() {
        double[] a4 = Waves.sine(440, 0.5, 1.0, 8000);
        XYChart chart = SignalPlots.waveform("A4", a4, 8000).seconds(0, 0.01).chart();
        double[] x = chart.getSeriesMap().get("A4").getXData();
        assertEquals(81, x.length);
        assertEquals(0.01, x[80], 1e-12);
        Rendered.assertChartOk(chart);
        assertThrows(IllegalArgumentException.class, () -> SignalPlots.waveform("A4", a4, 8000).seconds(2, 3).chart());
        assertThrows(IllegalArgumentException.class, () -> SignalPlots.waveform("x", new double[] {Double.NaN}, 8000));
    }

    @Test
    void spectrumOfAFewBinsIsDrawnAsStems() {
        Spectrum s = Fourier.dft(Waves.sine(1000, 1, 0.002, 8000), 8000);   // 16 samples, 9 bins
        XYChart chart = SignalPlots.spectrum("DFT", s.frequencies(), s.amplitudes()).chart();
        assertEquals(1 + 9, chart.getSeriesMap().size());
        Rendered.assertChartOk(chart);
        XYChart line = SignalPlots.spectrum("FFT", Fourier.fft(Waves.sine(440, 1, 1, 8000), 8000).frequencies(),
                Fourier.fft(Waves.sine(440, 1, 1, 8000), 8000).amplitudes()).maxHz(1000).chart();
        assertEquals(2, line.getSeriesMap().size(), "the series and an invisible tick helper");
        assertEquals(1001, line.getSeriesMap().values().iterator().next().getXData().length);
        assertThrows(IllegalArgumentException.class,
                () -> SignalPlots.spectrum("x", new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void spectrogramHeatMapPutsLoudCellsWhereTheToneIs() {
        double[] tone = Waves.sine(1000, 1, 0.5, 8000);
        SpectrogramPlot plot = SpectrogramPlot.of(Spectrogram.of(tone, 8000, 256, 128));
        ImageFigure figure = plot.figure("1 kHz");
        BufferedImage image = figure.toImage();
        // 0..4000 Hz (plus half a bin) bottom to top of the plot area: 1 kHz about a quarter up
        java.awt.Rectangle area = figure.dataAreas().get(0);
        int yTone = area.y + area.height - (int) Math.round((1000 + 15.625) / (4000 + 31.25) * area.height);
        int x = area.x + area.width / 2;
        assertEquals(new Color(0xFDE725).getRGB() & 0xFFFFFF, image.getRGB(x, yTone) & 0xFFFFFF, "loudest is yellow");
        assertEquals(new Color(0x440154).getRGB() & 0xFFFFFF, image.getRGB(x, area.y + 60) & 0xFFFFFF, "silence is dark");
        double[] sweep = new double[8000];     // 100 Hz rising to 3 kHz: many levels, many colours
        double phase = 0;
        for (int t = 0; t < sweep.length; t++) {
            phase += 2 * Math.PI * (100 + 2900.0 * t / sweep.length) / 8000;
            sweep[t] = Math.sin(phase);
        }
        Rendered.assertFigureOk(SpectrogramPlot.of(Spectrogram.of(sweep, 8000, 256, 128)).figure("A sweep"));
        assertEquals(720, plot.maxHz(2000).figure("up to 2 kHz").toImage().getWidth());
        assertEquals(1.0, SpectrogramPlot.niceStep(0.9), 1e-12);
        assertEquals(0.05, SpectrogramPlot.niceStep(0.042), 1e-12);
        assertEquals(500, SpectrogramPlot.niceStep(401), 1e-9);
        assertThrows(IllegalArgumentException.class,
                () -> SpectrogramPlot.of(new double[2][3], new double[] {0, 1}, new double[] {0, 1}));
    }
}
