package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurvePlotTest {
    private final double[] x = {0, 1, 2, 3};
    private final double[] target = {0, 1, 0, -1};

    @Test
    void targetFirstThenEachApproximation() {
        XYChart chart = CurvePlot.of(x, target, "sin x").axes("x (radians)", "y")
                .approximation("1 unit", new double[] {0, 0.5, 0, -0.5})
                .approximation("3 units", new double[] {0, 0.9, 0.1, -0.9})
                .chart("Fits");
        assertEquals(java.util.List.of("sin x", "1 unit", "3 units"),
                java.util.List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(target, chart.getSeriesMap().get("sin x").getYData());
        assertArrayEquals(x, chart.getSeriesMap().get("3 units").getXData());
        assertEquals("x (radians)", chart.getXAxisTitle());
        Rendered.assertChartOk(chart);
    }

    @Test
    void badInputGetsClearErrors() {
        var lengths = assertThrows(IllegalArgumentException.class,
                () -> CurvePlot.of(x, target, "sin x").approximation("fit", new double[] {1, 2}));
        assertTrue(lengths.getMessage().contains("fit has 2"), lengths.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CurvePlot.of(x, new double[] {0, Double.NaN, 0, 0}, "sin x"));
    }
}
