package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineChartTest {

    private static double[] powers(double factor, int steps) {
        double[] v = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            v[k] = Math.pow(factor, k);
        }
        return v;
    }

    @Test
    void valuesFromStepZeroArePlottedAtZero() {
        XYChart chart = LineChart.of("Decay", "k", "left", "0.9^k", 0, powers(0.9, 100));
        XYSeries s = chart.getSeriesMap().get("0.9^k");
        assertEquals(0, s.getXData()[0], "0.9^0 = 1 at step 0");
        assertEquals(0.9, s.getYData()[1], 1e-12, "the printed table's 0.9 at step 1");
        assertEquals(1, LineChart.of("Loss", "epoch", "loss", "loss", new double[] {3, 2}).getSeriesMap()
                .get("loss").getXData()[0], "epochs still start at 1");
    }

    @Test
    void exponentialDecayGetsALogAxisWithPlainTicks() {
        XYChart chart = LineChart.logY("Vanishing gradient", "k", "left", "0.9^k", 0, powers(0.9, 100));
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertTrue(chart.getStyler().isYAxisLogarithmicDecadeOnly(), "ticks at 1, 0.1, 0.01, ...");
        assertEquals("0.0001", new java.text.DecimalFormat(chart.getStyler().getYAxisDecimalPattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(1e-4), "no 1E-4");
        Rendered.assertChartOk(chart);
        Rendered.assertMargins(Figures.image(chart), Figures.EDGE_CHECKED);
        assertThrows(IllegalArgumentException.class,
                () -> LineChart.logY("t", "x", "y", "s", 0, new double[] {1, 0}));
    }
}
