package org.dlcourse.nn.train;

import java.util.SplittableRandom;

/**
 * The order in which training visits its rows: a seeded shuffle per epoch, and the copying of a
 * batch's rows into one flat buffer; {@link #mix} also seeds each parameter's initialiser. The
 * benchmarks call {@link #permutation} and {@link #mix} to
 * give the Keras side the very same row orders.
 *
 * <p>Engine-internal: public for the fit loop and the data augmentation ({@code org.dlcourse.nn}), the
 * weight initialiser and inference ({@code org.dlcourse.nn.graph}), and the benchmarks.
 */
public final class RowOrder {
    private RowOrder() {
    }

    /** Copies rows {@code order[from..from+n)} (or {@code from..from+n} without an order) into {@code into}. */
    public static void gather(float[][] x, int[] order, int from, int n, int rowLength, float[] into) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[order == null ? from + i : order[from + i]], 0, into, i * rowLength, rowLength);
        }
    }

    /** 0, 1, ..., n-1. */
    public static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    /** A random order of 0..n-1 (Fisher-Yates), the same for the same seed. */
    public static int[] permutation(int n, long seed) {
        int[] o = identity(n);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = o[i];
            o[i] = o[j];
            o[j] = t;
        }
        return o;
    }

    /** Combines a seed and an index into a well-mixed seed (SplitMix64 finaliser). */
    public static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
