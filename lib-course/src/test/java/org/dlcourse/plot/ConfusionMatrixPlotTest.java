package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfusionMatrixPlotTest {

    @Test
    void countsBecomeCellsWithTheFirstClassOnTop() {
        int[][] counts = {{5, 1, 0}, {0, 7, 2}, {1, 0, 4}};
        ConfusionMatrixPlot plot = ConfusionMatrixPlot.of(counts, "a", "b", "c");
        assertEquals(16.0 / 20, plot.accuracy(), 1e-12);
        double[][] cells = plot.cells(plot.shownClasses());
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(counts[t][p], cells[t][p]);
            }
        }
        ImageFigure figure = plot.chart("Three classes");
        Rendered.assertFigureOk(figure);
        Rendered.assertMargins(figure.toImage(), Figures.EDGE_CHECKED);
    }

    @Test
    void topKeepsTheMostFrequentTrueClassesAndNormalisedRowsArePercentages() {
        int[][] counts = new int[5][5];
        int[] support = {3, 50, 10, 40, 1};
        for (int t = 0; t < 5; t++) {
            counts[t][t] = support[t] - 1;
            counts[t][(t + 1) % 5] = 1;
        }
        ConfusionMatrixPlot plot = ConfusionMatrixPlot.of(counts, "t0", "t1", "t2", "t3", "t4").top(3).normalized();
        int[] shown = plot.shownClasses();
        assertArrayEquals(new int[] {1, 2, 3}, shown);
        assertTrue(plot.chart("Topics").title().contains("3 of 5 classes"));
        for (double[] row : plot.cells(shown)) {
            for (double v : row) {
                assertTrue(v <= 100.0);
            }
        }
        assertTrue(plot.notes(shown).get(0).contains("less than 100"), "says why a row may not add to 100");
    }

    @Test
    void emptyCellsAreBlankAndTinyPercentagesReadLessThanOne() {
        assertEquals("", ConfusionMatrixFigure.cellText(0, false, true), "no mistake: blank");
        assertEquals("0", ConfusionMatrixFigure.cellText(0, true, false), "a class never recognised shows its 0");
        assertEquals("<1", ConfusionMatrixFigure.cellText(0.3, false, true), "not '0' for a non-empty cell");
        assertEquals("15", ConfusionMatrixFigure.cellText(15, false, false));
    }

    @Test
    void mistakesHaveTheirOwnColourScale() {
        // MNIST-like: a thousand right per digit, one confusion of 15 and one of 1
        int[][] counts = new int[10][10];
        for (int d = 0; d < 10; d++) {
            counts[d][d] = 1000;
        }
        counts[4][9] = 15;
        counts[3][5] = 1;
        String[] digits = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        ImageFigure figure = ConfusionMatrixPlot.of(counts, digits).chart("Digits");
        java.awt.image.BufferedImage image = figure.toImage();
        java.awt.Rectangle grid = figure.dataAreas().get(0);
        int cell = grid.width / 10;
        java.awt.Color worst = new java.awt.Color(image.getRGB(grid.x + 9 * cell + 3, grid.y + 4 * cell + 3));
        assertEquals(Figures.WRONG, worst, "the largest mistake (4 -> 9, 15 times) in full orange, not near-white");
        java.awt.Color single = new java.awt.Color(image.getRGB(grid.x + 5 * cell + 3, grid.y + 3 * cell + 3));
        assertTrue(single.getBlue() < 235, "a single mistake is still tinted: " + single);
        java.awt.Color correct = new java.awt.Color(image.getRGB(grid.x + 3, grid.y + 3));
        assertEquals(Figures.PALETTE[0], correct, "the diagonal in the 'correct' colour");
    }

    @Test
    void longClassNamesFitInsideTheFigure() {
        int[][] counts = new int[12][12];
        for (int i = 0; i < 12; i++) {
            counts[i][i] = 50;
            counts[i][(i + 1) % 12] = 3;
        }
        String[] names = SampleData.names(12, "money-supply-");
        ImageFigure figure = ConfusionMatrixPlot.of(counts, names).normalized()
                .chart("Reuters LSTM: largest topics, % of each row, with a long title to fit");
        Rendered.assertFigureOk(figure);
        Rendered.assertMargins(figure.toImage(), Figures.EDGE_CHECKED);
    }

    @Test
    void classesCanBeRenamed() {
        ConfusionMatrixPlot plot = ConfusionMatrixPlot.of(new int[][] {{3, 1}, {0, 4}}, "0", "1")
                .classNames("not ripe", "ripe");
        assertArrayEquals(new String[] {"not ripe", "ripe"}, plot.classNames());
        assertThrows(IllegalArgumentException.class, () -> plot.classNames("only one"));
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
        ConfusionMatrixPlot plot = ConfusionMatrixPlot.of(matrix);
        assertArrayEquals(new String[] {"2", "10", "cat"}, plot.classNames(), "numbers sorted numerically");
        assertEquals(1.0, plot.cells(plot.shownClasses())[1][0], "true 10, predicted 2");
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
