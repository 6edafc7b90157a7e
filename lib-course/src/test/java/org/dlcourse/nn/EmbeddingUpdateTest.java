package org.dlcourse.nn;

import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.dropout;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.tokenInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One optimiser step on an embedding table, against the update computed here by hand: as Keras,
 * RMSprop's and Adam's second moments grow by the sum of the squared gradients of a word's
 * occurrences in the batch (Keras's sparse gradient), not by the square of their sum.
 */
class EmbeddingUpdateTest {
    /** Word 1 three times, word 2 once; ids 0, 3 and 4 are not in the batch. */
    private static final int[][] IDS = {{1, 1, 1, 2}};
    private static final int[] LABEL = {1};
    private static final float[] TABLE = {0.1f, -0.2f, 0.3f, 0.05f, -0.1f, 0.2f, 0.4f, 0.0f, -0.3f, 0.25f};
    /** Dense kernel, 8 x 1: occurrences 0 and 1 of word 1 pull in opposite directions. */
    private static final float[] KERNEL = {0.5f, -0.4f, -0.5f, 0.4f, 0.3f, 0.2f, -0.6f, 0.1f};
    private static final float[] BIAS = {0.05f};

    private static Sequential model(boolean withDropout, Optimizer optimizer) {
        Sequential m = withDropout
                ? Sequential.of(tokenInput(4), embedding(5, 2), dropout(0.5), flatten(), dense(1).activation("sigmoid"))
                : Sequential.of(tokenInput(4), embedding(5, 2), flatten(), dense(1).activation("sigmoid"));
        m.compile(optimizer, Losses.binaryCrossentropy(), Metrics.accuracy());
        return m;
    }

    /** The weights (table, kernel, bias) after one step on the batch from the given start. */
    private static List<float[]> oneStep(boolean withDropout, Optimizer optimizer) {
        try (Sequential m = model(withDropout, optimizer)) {
            m.setWeights(List.of(TABLE, KERNEL, BIAS));
            m.fit(IDS, LABEL, FitOptions.epochs(1).batchSize(1).shuffle(false).verbose(0));
            return m.getWeights();
        }
    }

    /** The gradient of the loss at the output unit's input z (binary cross-entropy after a sigmoid). */
    private static double outputGradient() {
        double z = BIAS[0];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 2; j++) {
                z += TABLE[IDS[0][k] * 2 + j] * KERNEL[k * 2 + j];
            }
        }
        return 1 / (1 + Math.exp(-z)) - LABEL[0];
    }

    /** The gradient of the loss at each of the four looked-up rows (2 values each). */
    private static double[][] occurrenceGradients() {
        double dz = outputGradient();
        double[][] g = new double[4][2];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 2; j++) {
                g[k][j] = dz * KERNEL[k * 2 + j];
            }
        }
        return g;
    }

    /** Per table entry: [summed gradient, sum of squared occurrence gradients]. */
    private static double[][] tableGradients() {
        double[][] g = occurrenceGradients();
        double[] sum = new double[TABLE.length];
        double[] squares = new double[TABLE.length];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 2; j++) {
                sum[IDS[0][k] * 2 + j] += g[k][j];
                squares[IDS[0][k] * 2 + j] += g[k][j] * g[k][j];
            }
        }
        return new double[][] {sum, squares};
    }

    private static float[] stepTable(Optimizer optimizer) {
        return oneStep(false, optimizer).get(0);
    }

    @Test
    void rmspropSquaresEachOccurrence() {
        double lr = 0.01;
        double rho = 0.9;
        double eps = 1e-7;
        float[] after = stepTable(Optimizers.rmsprop(lr));
        double[][] g = tableGradients();
        double largestGap = 0;
        for (int i = 0; i < TABLE.length; i++) {
            double keras = TABLE[i] - lr * g[0][i] / Math.sqrt((1 - rho) * g[1][i] + eps);
            double summed = TABLE[i] - lr * g[0][i] / Math.sqrt((1 - rho) * g[0][i] * g[0][i] + eps);
            assertEquals(keras, after[i], 1e-6, "table entry " + i);
            largestGap = Math.max(largestGap, Math.abs(keras - summed));
        }
        // the two rules differ on word 1 (its occurrences cancel), so the check above can tell them apart
        assertTrue(largestGap > 1e-3, "the per-occurrence and summed updates should differ here: " + largestGap);
        // rows 0, 3 and 4 were not looked up and stay as they were
        for (int i : new int[] {0, 1, 6, 7, 8, 9}) {
            assertEquals(TABLE[i], after[i], 0.0, "table entry " + i);
        }
    }

    @Test
    void adamSquaresEachOccurrence() {
        double lr = 0.01;
        double eps = 1e-7;
        float[] after = stepTable(Optimizers.adam(lr));
        double[][] g = tableGradients();
        // first step: m = 0.1 g, v = 0.001 sum(g_k^2), bias-corrected rate lr * sqrt(1 - 0.999) / (1 - 0.9)
        double alpha = lr * Math.sqrt(1 - 0.999) / (1 - 0.9);
        for (int i = 0; i < TABLE.length; i++) {
            double expected = TABLE[i] - 0.1 * g[0][i] * alpha / (Math.sqrt(0.001 * g[1][i]) + eps);
            assertEquals(expected, after[i], 1e-6, "table entry " + i);
        }
    }

    @Test
    void sgdStepsWithTheSummedGradient() {
        double lr = 0.5;
        float[] after = stepTable(Optimizers.sgd(lr));
        double[][] g = tableGradients();
        for (int i = 0; i < TABLE.length; i++) {
            assertEquals(TABLE[i] - lr * g[0][i], after[i], 1e-6, "table entry " + i);
        }
    }

    @Test
    void theDenseLayerIsUpdatedAsBefore() {
        // the kernel after the embedding still gets TensorFlow's dense RMSprop step
        float[] kernel = oneStep(false, Optimizers.rmsprop(1e-3)).get(1);
        double dz = outputGradient();
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 2; j++) {
                double gw = dz * TABLE[IDS[0][k] * 2 + j];
                double expected = KERNEL[k * 2 + j] - 1e-3 * gw / Math.sqrt(0.1 * gw * gw + 1e-7);
                assertEquals(expected, kernel[k * 2 + j], 1e-6, "kernel entry " + (k * 2 + j));
            }
        }
    }

    @Test
    void aModelWithDropoutUpdatesOnlyTheLookedUpRows() {
        // dropout builds a second (training) pass: the update must follow that pass's lookup
        float[] after = oneStep(true, Optimizers.rmsprop(1e-3)).get(0);
        assertArrayEquals(new float[] {TABLE[0], TABLE[1]}, new float[] {after[0], after[1]});
        assertArrayEquals(new float[] {TABLE[6], TABLE[7], TABLE[8], TABLE[9]},
                new float[] {after[6], after[7], after[8], after[9]});
        // word 1's six entries are not all dropped with this seed (word 2's two may be)
        assertTrue(after[2] != TABLE[2] || after[3] != TABLE[3], "word 1 was looked up and should move");
    }
}
