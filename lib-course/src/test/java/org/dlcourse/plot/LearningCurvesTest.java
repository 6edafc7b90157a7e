package org.dlcourse.plot;

import org.dlcourse.nn.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningCurvesTest {

    @Test
    void trainingAndValidationCurvesWithTheBestValidationEpochMarked() {
        History h = SampleData.history();
        XYChart chart = LearningCurves.of(h, "loss");
        assertArrayEquals(h.get("loss"), chart.getSeriesMap().get("training loss").getYData());
        assertArrayEquals(h.get("val_loss"), chart.getSeriesMap().get("validation loss").getYData());
        XYSeries best = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("best"))
                .findFirst().orElseThrow();
        assertEquals(h.bestEpoch("val_loss"), (int) best.getXData()[0]);
        assertEquals(h.get("val_loss")[h.bestEpoch("val_loss") - 1], best.getYData()[0]);
        assertTrue(best.getName().contains("val_loss"), best.getName());
    }

    @Test
    void tickLabelsKeepTheLeadingZero() {
        XYChart chart = LearningCurves.of(SampleData.history(), "loss");
        java.text.DecimalFormat format = new java.text.DecimalFormat(chart.getStyler().getYAxisDecimalPattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        assertEquals("0.05", format.format(0.05), "not '.05'");
        assertEquals("0.3", format.format(0.3));
        assertEquals("2,500", format.format(2500));
    }

    @Test
    void higherIsBetterForAccuracy() {
        History h = SampleData.history();
        XYChart chart = LearningCurves.of(h, "val_accuracy"); // the val_ name plots both curves
        XYSeries best = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("best"))
                .findFirst().orElseThrow();
        assertEquals(h.bestEpoch("val_accuracy"), (int) best.getXData()[0]);
        assertEquals(3, chart.getSeriesMap().size());
    }

    @Test
    void withoutValidationTheTrainingCurveIsMarked() {
        History h = new History();
        for (double loss : new double[] {0.9, 0.5, 0.7}) {
            h.record(Map.of("loss", loss));
        }
        XYChart chart = LearningCurves.of(h, "loss");
        assertEquals(2, chart.getSeriesMap().size());
        Rendered.assertChartOk(chart);
        // only the loss: one panel
        assertEquals(1, LearningCurves.of(h).dataAreas().size());
    }

    @Test
    void lossAndTheFirstMetricSideBySide() {
        ImageFigure both = LearningCurves.of(SampleData.history());
        assertEquals(2, both.dataAreas().size());
        Rendered.assertFigureOk(both);
    }

    @Test
    void regressionHistoriesPlotTheErrorLowerIsBetter() {
        History h = new History();
        double[] valMae = {4.0, 3.1, 2.6, 2.9};
        for (int e = 0; e < valMae.length; e++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("loss", 20.0 - e);
            m.put("mae", 4.0 - 0.5 * e);
            m.put("val_loss", 21.0 - e);
            m.put("val_mae", valMae[e]);
            h.record(m);
        }
        XYChart chart = LearningCurves.of(h, "mae");
        assertEquals("MAE per epoch", chart.getTitle());
        XYSeries best = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("best"))
                .findFirst().orElseThrow();
        assertEquals(3, (int) best.getXData()[0]);
        assertEquals(2, LearningCurves.of(h).dataAreas().size());
    }

    @Test
    void nanEpochsOfADivergedRunAreSkippedWhenMarkingTheBest() {
        History h = new History();
        for (double loss : new double[] {0.9, 0.4, Double.NaN}) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("loss", loss);
            h.record(m);
        }
        XYSeries best = LearningCurves.of(h, "loss").getSeriesMap().values().stream()
                .filter(s -> s.getName().startsWith("best")).findFirst().orElseThrow();
        assertEquals(2, (int) best.getXData()[0]);
    }

    @Test
    void badHistoriesGetClearErrors() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> LearningCurves.of(new History()));
        assertTrue(empty.getMessage().startsWith("History is empty"), empty.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LearningCurves.of(SampleData.history(), "mae"));
        assertTrue(missing.getMessage().startsWith("History has no metric 'mae'"), missing.getMessage());
        History diverged = new History();
        diverged.record(Map.of("loss", Double.NaN));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> LearningCurves.of(diverged, "loss"));
        assertTrue(nan.getMessage().contains("no finite value"), nan.getMessage());
    }
}
