package org.dlcourse.plot;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Contour lines of a function of two variables by marching squares: the function is sampled on a
 * grid, and in every grid cell whose corners lie on both sides of the level the line crosses the
 * cell's edges where linear interpolation between the corners reaches the level.
 */
final class Contours {
    private Contours() {
    }

    /**
     * The line {@code f(x, y) = level} as short segments: two points per segment, then a point
     * whose y is NaN (XChart lifts the pen there), so one XY series draws the whole level.
     *
     * @return {xs, ys}, empty when the level is not crossed on the grid
     */
    static double[][] level(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax,
                            int nx, int ny, double level) {
        if (nx < 2 || ny < 2 || !(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("A contour grid needs at least 2 x 2 points over a non-empty range");
        }
        double[] gx = new double[nx];
        double[] gy = new double[ny];
        for (int i = 0; i < nx; i++) {
            gx[i] = xMin + (xMax - xMin) * i / (nx - 1);
        }
        for (int j = 0; j < ny; j++) {
            gy[j] = yMin + (yMax - yMin) * j / (ny - 1);
        }
        double[][] v = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                v[i][j] = f.applyAsDouble(gx[i], gy[j]) - level;
            }
        }
        double[] xs = new double[64];
        double[] ys = new double[64];
        int n = 0;
        double[] cx = new double[4];
        double[] cy = new double[4];
        for (int i = 0; i + 1 < nx; i++) {
            for (int j = 0; j + 1 < ny; j++) {
                // corners counter-clockwise from bottom-left; edge k joins corner k and corner k+1
                double[] px = {gx[i], gx[i + 1], gx[i + 1], gx[i]};
                double[] py = {gy[j], gy[j], gy[j + 1], gy[j + 1]};
                double[] pv = {v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1]};
                int crossings = 0;
                for (int k = 0; k < 4; k++) {
                    double a = pv[k], b = pv[(k + 1) % 4];
                    if ((a < 0) != (b < 0)) {
                        double t = a / (a - b);
                        cx[crossings] = px[k] + t * (px[(k + 1) % 4] - px[k]);
                        cy[crossings] = py[k] + t * (py[(k + 1) % 4] - py[k]);
                        crossings++;
                    }
                }
                if (crossings == 2 || crossings == 4) {
                    if (n + 6 > xs.length) {
                        xs = Arrays.copyOf(xs, xs.length * 2);
                        ys = Arrays.copyOf(ys, ys.length * 2);
                    }
                    // a saddle (4 crossings): the corners on the centre's side stay connected, so the lines cut
                    // off the two other corners: corner 1 (edges 0, 1) and 3 (edges 2, 3), or corner 0 (3, 0) and 2
                    boolean shift = crossings == 4 && ((pv[0] + pv[1] + pv[2] + pv[3]) < 0) != (pv[0] < 0);
                    for (int s = 0; s < crossings / 2; s++) {
                        int a = shift ? (2 * s + 1) % 4 : 2 * s;
                        int b = shift ? (2 * s + 2) % 4 : 2 * s + 1;
                        xs[n] = cx[a];
                        ys[n++] = cy[a];
                        xs[n] = cx[b];
                        ys[n++] = cy[b];
                        xs[n] = cx[b];
                        ys[n++] = Double.NaN;
                    }
                }
            }
        }
        return new double[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
    }
}
