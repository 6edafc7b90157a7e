package org.dlcourse.plot;

import org.dlcourse.descent.AdamRule;
import org.dlcourse.descent.GradientDescentRule;
import org.dlcourse.descent.LossSurface;
import org.dlcourse.descent.MiniBatchDescent;
import org.dlcourse.descent.MomentumRule;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DescentPlotsTest {
    /** The figures of chapter 04's gradient-descent sections, for {@link PlotGallery}. */
    static void gallery(Map<String, Object> f) {
        LossSurface valley = LossSurface.elongatedValley();
        Map<String, double[][]> paths = race(valley);
        f.put("descent-race", DescentPlots.race("Three optimisers on x²/20 + y²", valley, paths, -8, 8, -3, 3));
        f.put("descent-race-grid", DescentPlots.raceGrid("One panel per optimiser", valley, paths, -8, 8, -3, 3));
        f.put("descent-race-losses", DescentPlots.raceLosses("Loss per step", valley, paths));
        f.put("descent-batch-sizes", batchSizes());
    }

    private static Map<String, double[][]> race(LossSurface surface) {
        return surface.race(List.of(new GradientDescentRule(0.95), new MomentumRule(0.1, 0.9), new AdamRule(0.3)),
                -7, 2, 30);
    }

    private static ImageFigure batchSizes() {
        MiniBatchDescent line = MiniBatchDescent.line(300, 2, 1, 0.5, 7);
        List<MiniBatchDescent.Run> runs = List.of(line.train(300, 0.1, 10, 1), line.train(1, 0.1, 10, 1),
                line.train(32, 0.1, 10, 1));
        return DescentPlots.batchSizes("One line, three batch sizes", runs, new double[] {0.004, 0.12, 0.006});
    }

    @Test
    void contourOfACircleLiesOnTheCircle() {
        double[][] line = Contours.level((x, y) -> x * x + y * y, -2, 2, -2, 2, 41, 41, 1);
        assertTrue(line[0].length > 60, "segments all round: " + line[0].length);
        int points = 0;
        for (int i = 0; i < line[0].length; i++) {
            if (Double.isNaN(line[1][i])) {
                assertEquals(2, i % 3, "a NaN after every two points");
                continue;
            }
            double r = Math.hypot(line[0][i], line[1][i]);
            assertEquals(1, r, 0.01, "point " + i);
            points++;
        }
        assertEquals(2 * line[0].length / 3, points);
        assertEquals(0, Contours.level((x, y) -> x * x + y * y, -2, 2, -2, 2, 41, 41, 100)[0].length,
                "a level above the grid's values draws nothing");
    }

    @Test
    void saddleCellsGiveTwoSegments() {
        // x·y = 0.1 on one cell with corners (-1,-1), (1,-1), (1,1), (-1,1): values 1, -1, 1, -1
        double[][] line = Contours.level((x, y) -> x * y, -1, 1, -1, 1, 2, 2, 0.1);
        assertEquals(6, line[0].length, "two segments");
        for (int s = 0; s < 2; s++) {
            double ax = line[0][3 * s], ay = line[1][3 * s], bx = line[0][3 * s + 1], by = line[1][3 * s + 1];
            // the centre (0, 0) is below the level: each segment cuts off one positive corner
            assertTrue(Math.signum(ax + bx) == Math.signum(ay + by), "segment " + s + " cuts off (1,1) or (-1,-1)");
        }
    }

    @Test
    void raceChartHasContoursPathsStartAndMinimum() {
        LossSurface valley = LossSurface.elongatedValley();
        XYChart chart = DescentPlots.race("Race", valley, race(valley), -8, 8, -3, 3);
        assertTrue(chart.getSeriesMap().containsKey("Adam (lr 0.3)"));
        assertTrue(chart.getSeriesMap().containsKey("start (-7, 2)"));
        assertTrue(chart.getSeriesMap().containsKey("minimum (0, 0)"));
        long contours = chart.getSeriesMap().values().stream().filter(s -> !s.isShowInLegend()).count();
        assertTrue(contours >= 8, "contour levels: " + contours);
        Rendered.assertChartOk(chart);
        XYChart levels = DescentPlots.race("Race", valley, race(valley), -8, 8, -3, 3, 0.5, 1, 2);
        assertEquals(2, levels.getSeriesMap().values().stream().filter(s -> !s.isShowInLegend()).count(),
                "three levels, the first one in the legend");
    }

    @Test
    void raceGridHasAPanelPerPathInRowsOfThree() {
        LossSurface valley = LossSurface.elongatedValley();
        Map<String, double[][]> paths = valley.race(List.of(new GradientDescentRule(0.95), new MomentumRule(0.1, 0.9),
                new AdamRule(0.3), new GradientDescentRule(0.5)), -7, 2, 10);
        ImageFigure grid = DescentPlots.raceGrid("Grid", valley, paths, -8, 8, -3, 3);
        assertEquals(3 * 420, grid.width());
        assertTrue(grid.height() >= 2 * 290, "two rows: " + grid.height());
        Rendered.assertFigureOk(grid);
    }

    @Test
    void batchNamesFollowTheLecture() {
        MiniBatchDescent line = MiniBatchDescent.line(100, 2, 1, 0.5, 7);
        assertEquals("batch GD (all 100)", DescentPlots.name(line.train(100, 0.1, 1, 1)));
        assertEquals("SGD (batch 1)", DescentPlots.name(line.train(1, 0.1, 1, 1)));
        assertEquals("mini-batch (32)", DescentPlots.name(line.train(32, 0.1, 1, 1)));
    }

    @Test
    void badInputSaysWhatIsWrong() {
        LossSurface valley = LossSurface.elongatedValley();
        assertThrows(IllegalArgumentException.class, () -> DescentPlots.race("r", valley, Map.of(), -1, 1, -1, 1));
        Map<String, double[][]> empty = new LinkedHashMap<>();
        empty.put("nothing", new double[0][]);
        assertThrows(IllegalArgumentException.class, () -> DescentPlots.raceLosses("r", valley, empty));
        assertThrows(IllegalArgumentException.class, () -> DescentPlots.race("r", valley, race(valley), 1, -1, -1, 1));
        MiniBatchDescent line = MiniBatchDescent.line(100, 2, 1, 0.5, 7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescentPlots.batchSizes("b", List.of(line.train(1, 0.1, 1, 1)), new double[2]));
        assertTrue(e.getMessage().contains("one time per run"), e.getMessage());
    }
}
