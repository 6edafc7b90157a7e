package org.dlcourse.data.prep;

/**
 * The largest absolute difference between two computations of the same numbers: a model and its
 * ONNX export, a model and its saved copy, a hand computation and a layer. One number answers
 * "do they agree?": 0 for identical, about 1e-7 for float rounding, anything near 1e-2 or more for a
 * real disagreement.
 */
public final class Differences {
    private Differences() {
    }

    /** The largest {@code |a[k] - b[k]|}. */
    public static double maxAbs(double[] a, double[] b) {
        requireSameLength(a.length, b.length, "");
        double max = 0;
        for (int k = 0; k < a.length; k++) {
            max = Math.max(max, Math.abs(a[k] - b[k]));
        }
        return max;
    }

    /** The largest {@code |a[i][j] - b[i][j]|} over rows of the same shapes (e.g. two models' predictions). */
    public static double maxAbs(float[][] a, float[][] b) {
        requireSameLength(a.length, b.length, " rows");
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            requireSameLength(a[i].length, b[i].length, " values in row " + i);
            for (int j = 0; j < a[i].length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }

    /**
     * The largest difference between a grid and the same grid flattened row by row, as a
     * one-filter {@code Conv2D} layer's prediction comes out: {@code flat[r * cols + c]} is
     * {@code grid[r][c]}.
     */
    public static double maxAbs(double[][] grid, float[] flat) {
        int cols = grid.length == 0 ? 0 : grid[0].length;
        requireSameLength(grid.length * cols, flat.length, " values (rows x columns of the grid against the flat row)");
        double max = 0;
        for (int r = 0; r < grid.length; r++) {
            requireSameLength(cols, grid[r].length, " values in grid row " + r);
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, Math.abs(grid[r][c] - flat[r * cols + c]));
            }
        }
        return max;
    }

    private static void requireSameLength(int a, int b, String what) {
        if (a != b) {
            throw new IllegalArgumentException("The two computations differ in shape: " + a + " and " + b + what
                    + "; compare the same examples and outputs");
        }
    }
}
