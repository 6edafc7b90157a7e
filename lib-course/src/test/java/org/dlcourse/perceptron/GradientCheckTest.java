package org.dlcourse.perceptron;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GradientCheckTest {
    @Test
    void centralDifferencesOfAQuadratic() {
        // cost = w0^2 + 3 w0 w1, gradient (2 w0 + 3 w1, 3 w0)
        double[] at = {1.5, -2};
        double[] g = GradientCheck.centralDifferences(p -> p[0] * p[0] + 3 * p[0] * p[1], at, 1e-4);
        assertArrayEquals(new double[] {2 * 1.5 + 3 * -2, 3 * 1.5}, g, 1e-8);
        assertArrayEquals(new double[] {1.5, -2}, at, "the point is left as it was");
    }

    @Test
    void maxAbsDifference() {
        assertEquals(0.5, GradientCheck.maxAbsDifference(new double[] {1, 2}, new double[] {1.5, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.maxAbsDifference(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.centralDifferences(p -> 0, new double[] {1}, 0));
    }
}
