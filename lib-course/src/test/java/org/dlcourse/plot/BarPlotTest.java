package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarPlotTest {

    @Test
    void classCountsCountEachLabel() {
        CategoryChart chart = BarPlot.classCounts("Counts", new int[] {0, 2, 2, 1, 2}, "neg", "neutral", "pos");
        var series = chart.getSeriesMap().values().iterator().next();
        assertEquals(List.of("neg", "neutral", "pos"), series.getXData());
        assertEquals(List.of(1.0, 1.0, 3.0), series.getYData());
        Rendered.assertChartOk(chart);
    }

    @Test
    void groupedBarsOneSeriesPerMetric() {
        Map<String, double[]> metrics = new LinkedHashMap<>();
        metrics.put("precision", new double[] {0.9, 0.5});
        metrics.put("recall", new double[] {0.8, 0.6});
        CategoryChart chart = BarPlot.grouped("Per class", "score", new String[] {"a", "b"}, metrics);
        assertEquals(2, chart.getSeriesMap().size());
        Rendered.assertChartOk(chart);
    }

    @Test
    void histogramStillDrawsFromBarPlot() {
        XYChart chart = BarPlot.histogram("Lengths", "words", new int[] {3, 5, 5, 8, 13}, 5);
        assertTrue(chart.getSeriesMap().containsKey("median 5"), chart.getSeriesMap().keySet().toString());
        Rendered.assertChartOk(chart);
        Rendered.assertChartOk(BarPlot.histogram("One value", "x", new int[] {5, 5, 5}, 3));
    }

    @Test
    void badInputGetsClearErrors() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BarPlot.bars("F1", "F1", new String[] {"a", "b"}, new double[] {1})).getMessage()
                .startsWith("Bar plot 'F1': categories has 2 values but 'F1' has 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BarPlot.bars("F1", "F1", new String[0], new double[0])).getMessage().contains("no categories"));
        assertThrows(IllegalArgumentException.class,
                () -> BarPlot.bars("F1", "F1", new String[] {"a", "a"}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> BarPlot.bars("F1", "F1", new String[] {"a"}, new double[] {Double.NaN}));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BarPlot.classCounts("C", new int[] {0, 3}, "a", "b")).getMessage()
                .startsWith("Class counts 'C': label 3 at index 1 has no name"));
        assertThrows(IllegalArgumentException.class, () -> BarPlot.classCounts("C", new int[0], "a"));
        assertThrows(IllegalArgumentException.class, () -> BarPlot.histogram("H", "x", new double[0], 10));
        assertThrows(IllegalArgumentException.class, () -> BarPlot.histogram("H", "x", new double[] {1}, 0));
    }
}
