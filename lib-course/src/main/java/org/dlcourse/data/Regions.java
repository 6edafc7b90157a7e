package org.dlcourse.data;

import java.util.Random;

/**
 * Two-feature toy sets for the lecture's table of what 1, 2 and 3 layers can carve (deck 001,
 * after Lippmann 1987): points spread evenly over the square [-1, 1] x [-1, 1], class 1 inside a
 * region. {@link #convex} is a triangle (the intersection of three half-planes: what one hidden
 * layer of step units can enclose); {@link #nonConvex} is a ring, which no intersection of
 * half-planes can be. The same seed always gives the same points.
 */
public final class Regions {
    /** The triangle's corners. */
    private static final double[][] TRIANGLE = {{-0.7, -0.6}, {0.8, -0.4}, {-0.1, 0.75}};
    /** The ring's inner and outer radii. */
    public static final double INNER = 0.35, OUTER = 0.8;

    private Regions() {
    }

    /** Points and their labels (1 inside the region, 0 outside). */
    public record Sample(double[][] x, int[] y) {
        /** The number of points. */
        public int size() {
            return y.length;
        }
    }

    /**
     * {@code n} points, class 1 inside a triangle.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Sample convex(int n, long seed) {
        return sample(n, seed, Regions::inTriangle);
    }

    /**
     * {@code n} points, class 1 in the ring {@value #INNER} &lt; r &lt; {@value #OUTER} around
     * the origin.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Sample nonConvex(int n, long seed) {
        return sample(n, seed, p -> {
            double r = Math.hypot(p[0], p[1]);
            return r > INNER && r < OUTER;
        });
    }

    /** Whether a point lies inside the convex set's triangle. */
    public static boolean inTriangle(double[] p) {
        boolean sign = false;
        for (int k = 0; k < 3; k++) {
            double[] a = TRIANGLE[k];
            double[] b = TRIANGLE[(k + 1) % 3];
            double cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
            if (k == 0) {
                sign = cross > 0;
            } else if ((cross > 0) != sign) {
                return false;
            }
        }
        return true;
    }

    private static Sample sample(int n, long seed, java.util.function.Predicate<double[]> inside) {
        if (n < 1) {
            throw new IllegalArgumentException("Number of points must be at least 1, was " + n);
        }
        Random random = new Random(seed);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1};
            y[i] = inside.test(x[i]) ? 1 : 0;
        }
        return new Sample(x, y);
    }
}
