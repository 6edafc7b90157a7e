package org.dlcourse.nn;

import java.util.SplittableRandom;

/** Small synthetic images for the engine's tests. */
final class EngineData {
    private EngineData() {
    }

    /** {@code n} square one-channel images of side {@code side}, each a random bright blob, flat. */
    static float[] images(int n, int side, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] out = new float[n * side * side];
        for (int i = 0; i < n; i++) {
            double cy = side / 4.0 + r.nextDouble() * side / 2;
            double cx = side / 4.0 + r.nextDouble() * side / 2;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    double d2 = (y - cy) * (y - cy) + (x - cx) * (x - cx);
                    out[i * side * side + y * side + x] = (float) Math.exp(-d2 / 4);
                }
            }
        }
        return out;
    }

    /** The flat images as rows. */
    static float[][] rows(float[] images, int n) {
        int size = images.length / n;
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) {
            x[i] = java.util.Arrays.copyOfRange(images, i * size, (i + 1) * size);
        }
        return x;
    }
}
