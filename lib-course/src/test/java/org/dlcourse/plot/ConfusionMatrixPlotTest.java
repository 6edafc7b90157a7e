package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.tribuo.Example;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.MutableLabelInfo;
import org.tribuo.classification.evaluation.LabelConfusionMatrix;
import org.tribuo.impl.ArrayExample;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfusionMatrixPlotTest {

    @Test
    void countsBecomeCellsWithTheFirstClassOnTop() {
        int[][] counts = {{5, 1, 0}, {0, 7, 2}, {1, 0, 4}};
        ConfusionMatrixPlot plot = ConfusionMatrixPlot.of(counts, "a", "b", "c");
        assertEquals(16.0 / 20, plot.accuracy(), 1e-12);
        HeatMapChart chart = plot.chart("Three classes");
        List<?> ys = chart.getHeatMapSeries().getYData();
        assertEquals("a", ys.get(ys.size() - 1));
        double shownTotal = 0;
        for (Number[] cell : chart.getHeatMapSeries().getHeatData()) {
            int p = cell[0].intValue(), t = 2 - cell[1].intValue();
            assertEquals(counts[t][p], cell[2].doubleValue());
            shownTotal += cell[2].doubleValue();
        }
        assertEquals(20, shownTotal);
        Rendered.assertChartOk(chart);
    }

    @Test
    void topKeepsTheMostFrequentTrueClassesAndNormalisedRowsArePercentages() {
        int[][] counts = new int[5][5];
        int[] support = {3, 50, 10, 40, 1};
        for (int t = 0; t < 5; t++) {
            counts[t][t] = support[t] - 1;
            counts[t][(t + 1) % 5] = 1;
        }
        HeatMapChart chart = ConfusionMatrixPlot.of(counts, "t0", "t1", "t2", "t3", "t4").top(3).normalized()
                .chart("Topics");
        assertEquals(List.of("t1", "t2", "t3"), chart.getHeatMapSeries().getXData());
        assertTrue(chart.getTitle().contains("3 of 5 classes"), chart.getTitle());
        for (Number[] cell : chart.getHeatMapSeries().getHeatData()) {
            assertTrue(cell[2].doubleValue() <= 100.0);
        }
    }

    @Test
    void longClassNamesStandUpright() {
        int[][] counts = {{3, 1}, {1, 3}};
        HeatMapChart digits = ConfusionMatrixPlot.of(counts, "0", "1").chart("Digits");
        assertEquals(0, digits.getStyler().getXAxisLabelRotation(), "short names stay horizontal");
        HeatMapChart topics = ConfusionMatrixPlot.of(counts, "earn", "money-supply").chart("Topics");
        assertEquals(90, topics.getStyler().getXAxisLabelRotation(), "a long name would run into its neighbours");
        Rendered.assertChartOk(topics);
    }

    @Test
    void fromATribuoConfusionMatrix() {
        MutableLabelInfo info = (MutableLabelInfo) new LabelFactory().generateInfo();
        String[] names = {"10", "2", "cat"};
        for (String n : names) {
            info.observe(new Label(n));
        }
        ImmutableOutputInfo<Label> domain = info.generateImmutableOutputInfo();
        List<Prediction<Label>> predictions = new ArrayList<>();
        // truth -> predicted: 2->2 twice, 10->2 once, cat->cat once
        String[][] pairs = {{"2", "2"}, {"2", "2"}, {"10", "2"}, {"cat", "cat"}};
        for (String[] pair : pairs) {
            Example<Label> e = new ArrayExample<>(new Label(pair[0]), new String[] {"f"}, new double[] {1});
            predictions.add(new Prediction<>(new Label(pair[1]), 1, e));
        }
        LabelConfusionMatrix matrix = new LabelConfusionMatrix(domain, predictions);
        HeatMapChart chart = ConfusionMatrixPlot.of(matrix).chart("Tribuo");
        assertEquals(List.of("2", "10", "cat"), chart.getHeatMapSeries().getXData(), "numbers sorted numerically");
        boolean found = false;
        for (Number[] cell : chart.getHeatMapSeries().getHeatData()) {
            int p = cell[0].intValue(), t = 2 - cell[1].intValue();
            if (t == 1 && p == 0) { // true 10, predicted 2
                assertEquals(1.0, cell[2].doubleValue());
                found = true;
            }
        }
        assertTrue(found);
        assertEquals(0.75, ConfusionMatrixPlot.of(matrix).accuracy(), 1e-12);
    }

    @Test
    void fromTrueAndPredictedLabels() {
        int[] truth = {0, 0, 1, 2, 2, 2};
        int[] predicted = {0, 1, 1, 2, 0, 2};
        ConfusionMatrixPlot plot = ConfusionMatrixPlot.of(truth, predicted, "a", "b", "c");
        assertEquals(4.0 / 6, plot.accuracy(), 1e-12);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixPlot.of(truth, new int[] {0}, "a", "b", "c")).getMessage()
                .startsWith("Confusion matrix: trueLabels has 6 values but predicted has 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixPlot.of(truth, predicted, "a", "b")).getMessage()
                .startsWith("Confusion matrix: label 2 at index 3 has no name"));
    }

    @Test
    void badInputGetsClearErrors() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConfusionMatrixPlot.of(new int[][] {{1, 2}}, "a"))
                .getMessage().startsWith("Confusion matrix must be square"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixPlot.of(new int[][] {{1, 0}, {0, 1}}, "a")).getMessage()
                .startsWith("Confusion matrix has 2 classes but 1 class names"));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrixPlot.of(new int[][] {{1, -1}, {0, 1}}, "a", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixPlot.of(new int[][] {{0, 0}, {0, 0}}, "a", "b")).getMessage().contains("all 0"));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrixPlot.of(new int[0][]));
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixPlot.of(new int[][] {{1}}, "a").top(0));
    }
}
