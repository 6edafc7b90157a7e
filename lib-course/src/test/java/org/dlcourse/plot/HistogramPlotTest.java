package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistogramPlotTest {

    @Test
    void binWidthsAreRoundNumbers() {
        assertEquals(2.5, HistogramPlot.binWidth(2.25, false), "Boston: 45 / 20 bins");
        assertEquals(20, HistogramPlot.binWidth(19.78, true), "IMDB: 989 / 50 bins");
        assertEquals(0.5, HistogramPlot.binWidth(0.3, false));
        assertEquals(1, HistogramPlot.binWidth(0.4, true), "whole numbers: whole widths");
        assertEquals(50, HistogramPlot.binWidth(25.5, true));
        assertEquals(100, HistogramPlot.binWidth(100, true));
    }

    @Test
    void binEdgesAreMultiplesOfTheWidthAndEveryValueIsCountedOnce() {
        double[] prices = new double[404];
        Random r = new Random(1);
        for (int i = 0; i < prices.length; i++) {
            prices[i] = i < 16 ? 50 : 5 + 40 * r.nextDouble();
        }
        prices[20] = 5;
        XYChart chart = HistogramPlot.of(prices).bins(20).chart("Prices", "MEDV");
        XYSeries bars = chart.getSeriesMap().get("404 values");
        assertNotNull(bars, chart.getSeriesMap().keySet().toString());
        double total = 0;
        for (int i = 1; i < bars.getXData().length; i += 2) {
            double edge = bars.getXData()[i];
            assertEquals(0, Math.abs(edge / 2.5 - Math.rint(edge / 2.5)), 1e-9, "edge " + edge + " is a multiple of 2.5");
            total += bars.getYData()[i];
        }
        assertEquals(404, total);
        Rendered.assertChartOk(chart);
        Rendered.assertMargins(Figures.image(chart), Figures.EDGE_CHECKED);
    }

    @Test
    void theMedianIsDrawnAsTheLegendSaysAndTheTailIsOneLabelledBar() {
        int[] lengths = new int[2000];
        Random r = new Random(2);
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = 10 + (int) Math.exp(5 + 0.7 * r.nextGaussian());
        }
        lengths[0] = 2474;
        HistogramPlot h = HistogramPlot.of(lengths).bins(50).overflowAt(1000);
        XYChart chart = h.chart("IMDB", "words");
        String medianName = "median " + Math.round(h.median());
        XYSeries median = chart.getSeriesMap().get(medianName);
        assertNotNull(median, "the legend's median has a line: " + chart.getSeriesMap().keySet());
        assertEquals(h.median(), median.getXData()[0]);
        assertEquals(h.median(), median.getXData()[1]);
        long over = java.util.Arrays.stream(lengths).filter(n -> n >= 1000).count();
        assertTrue(over > 0);
        assertTrue(chart.getSeriesMap().containsKey("≥ 1,000: the long tail (" + over + ")"),
                chart.getSeriesMap().keySet().toString());
        XYSeries bars = chart.getSeriesMap().get("2,000 values");
        double[] xs = bars.getXData();
        assertEquals(1000, xs[xs.length - 1], "the regular bars end where the tail begins");
        Rendered.assertChartOk(chart);
        Rendered.assertMargins(Figures.image(chart), Figures.EDGE_CHECKED);
    }

    @Test
    void badInputGetsClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> HistogramPlot.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> HistogramPlot.of(new double[] {1}).bins(0));
        assertThrows(IllegalArgumentException.class, () -> HistogramPlot.of(new double[] {1}).overflowAt(Double.NaN));
    }
}
