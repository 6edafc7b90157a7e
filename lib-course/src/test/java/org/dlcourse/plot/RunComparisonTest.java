package org.dlcourse.plot;

import org.dlcourse.nn.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunComparisonTest {

    private static History run(double... accuracies) {
        History h = new History();
        for (double a : accuracies) {
            h.record(Map.of("loss", 1 - a, "val_accuracy", a));
        }
        return h;
    }

    @Test
    void oneCurvePerRunInOrderAndADivergedRunEndsAtItsLastFiniteValue() {
        Map<String, History> runs = new LinkedHashMap<>();
        runs.put("slow", run(0.5, 0.6, 0.7));
        runs.put("diverged", run(0.4, Double.NaN, Double.NaN));
        runs.put("short", run(0.9));
        XYChart chart = RunComparison.of("Validation accuracy", "val_accuracy", runs);
        assertEquals(java.util.List.of("slow", "diverged", "short"),
                java.util.List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {0.5, 0.6, 0.7}, chart.getSeriesMap().get("slow").getYData());
        assertArrayEquals(new double[] {0.4}, chart.getSeriesMap().get("diverged").getYData());
        assertArrayEquals(new double[] {1}, chart.getSeriesMap().get("short").getXData());
        Rendered.assertChartOk(chart);
    }

    @Test
    void missingMetricOrNoRunsAreExplained() {
        assertThrows(IllegalArgumentException.class, () -> RunComparison.of("t", "accuracy", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> RunComparison.of("t", "accuracy", Map.of("a", run(0.5))));
    }

    @Test
    void gridPutsOneChartPerMetricSideBySide() {
        Map<String, History> runs = new LinkedHashMap<>();
        runs.put("deck", run(0.5, 0.6, 0.7, 0.8));
        runs.put("course", run(0.7, 0.8));
        ImageFigure figure = RunComparison.grid("Two settings", runs, "loss", "val_accuracy");
        Rendered.assertFigureOk(figure);
        assertEquals(2 * Figures.WIDTH, figure.width());
        assertThrows(IllegalArgumentException.class, () -> RunComparison.grid("t", runs));
        assertThrows(IllegalArgumentException.class, () -> RunComparison.grid("t", runs, "accuracy"));
    }

    @Test
    void firstEpochReachingAThreshold() {
        History h = run(0.5, 0.98, 0.99);
        assertEquals(2, RunComparison.firstEpochReaching(h, "val_accuracy", 0.98));
        assertEquals(0, RunComparison.firstEpochReaching(h, "val_accuracy", 0.995));
        assertEquals(2, RunComparison.firstEpochReaching(h, "loss", 0.02 + 1e-9)); // lower is better
    }
}
