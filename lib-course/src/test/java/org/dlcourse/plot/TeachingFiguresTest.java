package org.dlcourse.plot;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeachingFiguresTest {

    @Test
    void activationsShowTheFourFunctions() {
        XYChart chart = TeachingFigures.activations();
        assertEquals(4, chart.getSeriesMap().size());
        double[] z = chart.getSeriesMap().get("sigmoid").getXData();
        double[] sigmoid = chart.getSeriesMap().get("sigmoid").getYData();
        double[] relu = chart.getSeriesMap().get("ReLU").getYData();
        int middle = z.length / 2;
        assertEquals(0, z[middle], 1e-12);
        assertEquals(0.5, sigmoid[middle], 1e-12);
        assertEquals(0, relu[0]);
        assertEquals(5, relu[z.length - 1], 1e-12);
    }

    @Test
    void softmaxIsAProbabilityDistributionKeepingTheOrder() {
        double[] p = TeachingFigures.softmax(new double[] {2.0, 1.0, 0.1});
        assertEquals(1, p[0] + p[1] + p[2], 1e-12);
        assertTrue(p[0] > p[1] && p[1] > p[2]);
        assertEquals(Math.exp(1.0), p[0] / p[1], 1e-9);
        double[] huge = TeachingFigures.softmax(new double[] {1000, 1000});
        assertEquals(0.5, huge[0], 1e-12, "stable for large scores");
        assertThrows(IllegalArgumentException.class, () -> TeachingFigures.softmax(new double[] {1, 2}, "one"));
        Rendered.assertChartOk(TeachingFigures.softmax(new double[] {2.0, 1.0, 0.1}, "cat", "dog", "bird"));
    }

    @Test
    void descentRollsTowardsTheMinimum() {
        // cost (w-3)^2: each step multiplies the distance to 3 by (1 - 2 * rate)
        double[] path = TeachingFigures.descent(w -> (w - 3) * (w - 3)).from(-1).learningRate(0.25).steps(5).path();
        assertEquals(6, path.length);
        for (int i = 0; i < path.length; i++) {
            assertEquals(3 - 4 * Math.pow(0.5, i), path[i], 1e-6);
        }
        double[] exact = TeachingFigures.descent(w -> w * w).slope(w -> 2 * w).from(1).learningRate(0.1).steps(2).path();
        assertEquals(0.64, exact[2], 1e-12);
        XYChart chart = TeachingFigures.descent(w -> (w - 3) * (w - 3)).from(-1).learningRate(0.25).chart("Downhill");
        Rendered.assertChartOk(chart);
    }

    @Test
    void tooLargeALearningRateDivergesWithAClearError() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> TeachingFigures.descent(w -> w * w).from(1).learningRate(5).steps(1000).path());
        assertTrue(e.getMessage().startsWith("Gradient descent diverged"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TeachingFigures.descent(w -> w).learningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> TeachingFigures.descent(w -> w).range(2, 1));
    }

    @Test
    void crossEntropyIsMinusTheSumOfTargetTimesLog() {
        double[] y = TeachingFigures.softmax(new double[] {2.0, 1.0, 0.1});
        assertEquals(-Math.log(y[0]), TeachingFigures.crossEntropy(new double[] {1, 0, 0}, y), 1e-12);
        assertEquals(-Math.log(y[2]), TeachingFigures.crossEntropy(new double[] {0, 0, 1}, y), 1e-12);
        assertEquals(0, TeachingFigures.crossEntropy(new double[] {1, 0}, new double[] {1, 0}), 1e-12,
                "a zero probability where the target is 0 adds nothing");
        assertEquals("-[1 × ln 0.659 + 0 × ln 0.242 + 0 × ln 0.099] = 0.417",
                TeachingFigures.crossEntropyWorked(new double[] {1, 0, 0}, y));
        assertThrows(IllegalArgumentException.class,
                () -> TeachingFigures.crossEntropy(new double[] {1, 0}, new double[] {0.5, 0.3, 0.2}));
        assertThrows(IllegalArgumentException.class,
                () -> TeachingFigures.crossEntropy(new double[] {1, 0}, new double[] {1.5, -0.5}));
    }
}
