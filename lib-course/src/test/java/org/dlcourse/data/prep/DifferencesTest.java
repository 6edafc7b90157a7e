package org.dlcourse.data.prep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DifferencesTest {
    @Test
    void largestGapOfVectorsAndRows() {
        assertEquals(0.5, Differences.maxAbs(new double[] {1, 2, 3}, new double[] {1, 2.5, 2.75}), 0);
        assertEquals(0, Differences.maxAbs(new double[0], new double[0]), 0);
        float[][] a = {{0.1f, 0.9f}, {0.4f, 0.6f}};
        float[][] b = {{0.1f, 0.9f}, {0.25f, 0.6f}};
        assertEquals(0.15, Differences.maxAbs(a, b), 1e-7);
        assertEquals(0, Differences.maxAbs(a, a), 0);
    }

    @Test
    void gridAgainstItsRowMajorFlattening() {
        double[][] grid = {{1, 2, 3}, {4, 5, 6}};
        assertEquals(0, Differences.maxAbs(grid, new float[] {1, 2, 3, 4, 5, 6}), 0);
        // a transposed reading (column-major) is caught
        assertEquals(2, Differences.maxAbs(grid, new float[] {1, 4, 2, 5, 3, 6}), 0);
    }

    @Test
    void shapesThatDoNotMatchAreNamed() {
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> Differences.maxAbs(new float[2][3], new float[3][3]));
        assertTrue(rows.getMessage().contains("2 and 3 rows"), rows.getMessage());
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> Differences.maxAbs(new float[][] {{1, 2}}, new float[][] {{1}}));
        assertTrue(row.getMessage().contains("in row 0"), row.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Differences.maxAbs(new double[2][2], new float[5]));
        assertThrows(IllegalArgumentException.class, () -> Differences.maxAbs(new double[1], new double[2]));
    }
}
