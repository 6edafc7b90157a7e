package org.dlcourse.plot;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScalingPlotTest {

    @Test
    void threePanelsRawStandardisedMinMax() {
        Random r = new Random(1);
        double[][] x = new double[50][3];
        for (double[] row : x) {
            row[0] = r.nextGaussian();
            row[1] = 400 + 150 * r.nextGaussian();
            row[2] = Math.exp(2 * r.nextGaussian());
        }
        ImageFigure figure = ScalingPlot.of(x, "small", "hundreds", "skewed").chart("Scaling");
        assertEquals(3, figure.dataAreas().size());
        Rendered.assertFigureOk(figure);
        Rendered.assertMargins(Rendered.image(figure), Figures.EDGE_CHECKED);
    }

    @Test
    void namesMustMatchTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> ScalingPlot.of(new double[][] {{1, 2}}, "one"));
        assertThrows(IllegalArgumentException.class, () -> ScalingPlot.of(new double[0][0], "one"));
    }
}
