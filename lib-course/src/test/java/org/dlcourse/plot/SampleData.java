package org.dlcourse.plot;

import org.dlcourse.nn.History;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Small synthetic inputs for every figure type, shared by the tests and the gallery. */
final class SampleData {
    private SampleData() {
    }

    /** Ten epochs: training loss falls, validation loss turns up after epoch 6 (overfitting). */
    static History history() {
        History h = new History();
        for (int e = 1; e <= 10; e++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("loss", 1.0 / e);
            m.put("accuracy", 1 - 0.5 / e);
            m.put("val_loss", 0.3 + 0.02 * (e - 6) * (e - 6));
            m.put("val_accuracy", 0.9 - 0.004 * (e - 6) * (e - 6));
            h.record(m);
        }
        return h;
    }

    /** Two Gaussian clusters around (2, 2) and (5, 5). */
    static double[][] clusters(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double centre = i % 2 == 0 ? 2 : 5;
            x[i] = new double[] {centre + r.nextGaussian(), centre + r.nextGaussian()};
        }
        return x;
    }

    static int[] alternating(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        return y;
    }

    /** A confusion matrix with mostly correct predictions and a few mistakes to the next class. */
    static int[][] confusion(int classes, long seed) {
        Random r = new Random(seed);
        int[][] c = new int[classes][classes];
        for (int t = 0; t < classes; t++) {
            int support = 20 + r.nextInt(200) * (classes - t) / classes;
            c[t][t] = support * 9 / 10;
            c[t][(t + 1) % classes] = support - c[t][t];
        }
        return c;
    }

    static String[] names(int n, String prefix) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = prefix + i;
        }
        return names;
    }

    /** Synthetic 28x28 "digits": a ring whose radius grows with the label, flattened to 784. */
    static float[][] digits(int n) {
        float[][] images = new float[n][784];
        for (int i = 0; i < n; i++) {
            double radius = 3 + (i % 10);
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    double d = Math.hypot(r - 13.5, c - 13.5);
                    images[i][r * 28 + c] = (float) Math.max(0, 1 - Math.abs(d - radius) / 1.5);
                }
            }
        }
        return images;
    }

    static int[] digitLabels(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 10;
        }
        return y;
    }

    /** Random filters in TensorFlow's [kh][kw][in][out] layout. */
    static float[][][][] filters(int kh, int kw, int in, int out, long seed) {
        Random r = new Random(seed);
        float[][][][] k = new float[kh][kw][in][out];
        for (float[][][] a : k) {
            for (float[][] b : a) {
                for (float[] c : b) {
                    for (int o = 0; o < out; o++) {
                        c[o] = (float) r.nextGaussian();
                    }
                }
            }
        }
        return k;
    }

    /** A "valid" convolution of one 28x28 image with single-channel filters, ReLU applied: [h][w][out]. */
    static float[][][] featureMaps(float[] image, float[][][][] kernel) {
        int kh = kernel.length, kw = kernel[0].length, out = kernel[0][0][0].length;
        int h = 28 - kh + 1, w = 28 - kw + 1;
        float[][][] maps = new float[h][w][out];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                for (int o = 0; o < out; o++) {
                    float s = 0;
                    for (int i = 0; i < kh; i++) {
                        for (int j = 0; j < kw; j++) {
                            s += image[(r + i) * 28 + c + j] * kernel[i][j][0][o];
                        }
                    }
                    maps[r][c][o] = Math.max(0, s);
                }
            }
        }
        return maps;
    }
}
