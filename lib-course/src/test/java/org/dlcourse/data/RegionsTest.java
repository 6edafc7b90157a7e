package org.dlcourse.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {
    @Test
    void triangleHoldsItsCentreNotTheCorners() {
        assertTrue(Regions.inTriangle(new double[] {0, -0.1}));
        assertFalse(Regions.inTriangle(new double[] {0.9, 0.9}));
        assertFalse(Regions.inTriangle(new double[] {-0.9, 0.9}));
    }

    @Test
    void convexLabelsFollowTheTriangleAndBothClassesOccur() {
        Regions.Sample s = Regions.convex(300, 1);
        assertEquals(300, s.size());
        int ones = 0;
        for (int i = 0; i < s.size(); i++) {
            assertEquals(Regions.inTriangle(s.x()[i]) ? 1 : 0, s.y()[i]);
            assertTrue(Math.abs(s.x()[i][0]) <= 1 && Math.abs(s.x()[i][1]) <= 1);
            ones += s.y()[i];
        }
        assertTrue(ones > 60 && ones < 240, "both classes should be common, ones = " + ones);
    }

    @Test
    void ringLabelsFollowTheRadius() {
        Regions.Sample s = Regions.nonConvex(300, 2);
        for (int i = 0; i < s.size(); i++) {
            double r = Math.hypot(s.x()[i][0], s.x()[i][1]);
            assertEquals(r > Regions.INNER && r < Regions.OUTER ? 1 : 0, s.y()[i]);
        }
    }

    @Test
    void sameSeedSamePoints() {
        assertArrayEquals(Regions.nonConvex(50, 7).x(), Regions.nonConvex(50, 7).x());
        assertThrows(IllegalArgumentException.class, () -> Regions.convex(0, 1));
    }

    @Test
    void functionSamplesAreEvenlySpacedAndInclusive() {
        FunctionSamples s = FunctionSamples.of(Math::sin, -Math.PI, Math.PI, 5);
        assertArrayEquals(new double[] {-Math.PI, -Math.PI / 2, 0, Math.PI / 2, Math.PI}, s.x(), 1e-12);
        assertEquals(1.0, s.y()[3], 1e-12);
        assertEquals(1, s.inputs()[2].length);
        assertEquals(s.x()[4], s.inputs()[4][0]);
        assertThrows(IllegalArgumentException.class, () -> FunctionSamples.of(Math::sin, 1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> FunctionSamples.of(Math::sin, 0, 1, 1));
    }
}
