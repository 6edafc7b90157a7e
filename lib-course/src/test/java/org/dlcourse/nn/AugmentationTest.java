package org.dlcourse.nn;

import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.dlcourse.nn.layer.Layers.tokenInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded shifts and rotations of the training images in fit. */
class AugmentationTest {
    private static float[] dot(int h, int w, int row, int col) {
        float[] image = new float[h * w];
        image[row * w + col] = 1f;
        return image;
    }

    private static int[] where(float[] image, int w) {
        for (int i = 0; i < image.length; i++) {
            if (image[i] > 0.999f) {
                return new int[] {i / w, i % w};
            }
        }
        return null;
    }

    @Test
    void wholePixelShiftsMoveExactly() {
        float[] out = new float[49];
        Augmentation.transform(dot(7, 7, 3, 3), out, 0, new int[] {7, 7, 1}, 2, -1, 0);
        float[] expected = dot(7, 7, 2, 5); // right 2, up 1
        assertArrayEquals(expected, out, 0f);
        // a pixel shifted out of the image leaves zeros behind
        Augmentation.transform(dot(7, 7, 3, 6), out, 0, new int[] {7, 7, 1}, 1, 0, 0);
        assertArrayEquals(new float[49], out, 0f);
    }

    @Test
    void positiveAnglesTurnCounterClockwise() {
        float[] out = new float[25];
        // the top-centre pixel of a 5x5 image goes to the left-centre after +90 degrees
        Augmentation.transform(dot(5, 5, 0, 2), out, 0, new int[] {5, 5, 1}, 0, 0, 90);
        assertArrayEquals(dot(5, 5, 2, 0), out, 1e-6f);
        // channels turn together
        float[] rgb = new float[5 * 5 * 3];
        rgb[(0 * 5 + 2) * 3 + 1] = 0.5f;
        float[] turned = new float[75];
        Augmentation.transform(rgb, turned, 0, new int[] {5, 5, 3}, 0, 0, -90);
        assertEquals(0.5f, turned[(2 * 5 + 4) * 3 + 1], 1e-6f);
    }

    @Test
    void shiftsCoverTheirRangeAndOnlyIt() {
        Augmentation a = Augmentation.shifts(2);
        int n = 400;
        float[] batch = new float[n * 81];
        for (int i = 0; i < n; i++) {
            System.arraycopy(dot(9, 9, 4, 4), 0, batch, i * 81, 81);
        }
        a.apply(batch, n, new int[] {9, 9, 1}, 42, 1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            float[] image = java.util.Arrays.copyOfRange(batch, i * 81, (i + 1) * 81);
            int[] p = where(image, 9);
            assertTrue(p != null && Math.abs(p[0] - 4) <= 2 && Math.abs(p[1] - 4) <= 2, "image " + i);
            seen.add(p[0] + "," + p[1]);
        }
        assertEquals(25, seen.size());
    }

    @Test
    void anglesStayWithinTheirRange() {
        Augmentation a = Augmentation.shifts(0).rotations(10);
        int n = 300;
        float[] batch = new float[n * 441];
        for (int i = 0; i < n; i++) {
            System.arraycopy(dot(21, 21, 10, 18), 0, batch, i * 441, 441);
        }
        a.apply(batch, n, new int[] {21, 21, 1}, 7, 3);
        double largest = 0;
        for (int i = 0; i < n; i++) {
            double sx = 0;
            double sy = 0;
            double mass = 0;
            for (int p = 0; p < 441; p++) {
                float v = batch[i * 441 + p];
                sx += v * (p % 21 - 10);
                sy += v * (p / 21 - 10);
                mass += v;
            }
            double angle = Math.toDegrees(Math.atan2(-sy / mass, sx / mass));
            assertTrue(Math.abs(angle) <= 10.5, "image " + i + " turned " + angle);
            largest = Math.max(largest, Math.abs(angle));
        }
        assertTrue(largest > 9, "the largest angle drawn was " + largest);
    }

    @Test
    void sameSeedAndStepSameImages() {
        float[] base = EngineData.images(10, 12, 1);
        float[] a = base.clone();
        float[] b = base.clone();
        float[] c = base.clone();
        Augmentation aug = Augmentation.shifts(1).rotations(15);
        aug.apply(a, 10, new int[] {12, 12, 1}, 5, 8);
        aug.apply(b, 10, new int[] {12, 12, 1}, 5, 8);
        aug.apply(c, 10, new int[] {12, 12, 1}, 5, 9);
        assertArrayEquals(a, b, 0f);
        assertFalse(java.util.Arrays.equals(a, c));
        assertFalse(java.util.Arrays.equals(a, base));
    }

    private static Sequential cnn(long seed) {
        Sequential m = Sequential.of(input(12, 12, 1), conv2d(4, 3).activation("relu"), maxPool2d(2), flatten(),
                dense(3).activation("softmax")).seed(seed);
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    @Test
    void trainingOnlyReproducibleAndTheDataUntouched() {
        float[][] x = EngineData.rows(EngineData.images(40, 12, 2), 40);
        float[][] copy = new float[40][];
        for (int i = 0; i < 40; i++) {
            copy[i] = x[i].clone();
        }
        int[] y = LeakyReluTest.labels(40, 3, 3);
        FitOptions plain = FitOptions.epochs(2).batchSize(10).validationData(x, y).verbose(0);
        try (Sequential a = cnn(1); Sequential b = cnn(1); Sequential c = cnn(1)) {
            History h = a.fit(x, y, FitOptions.epochs(2).batchSize(10).validationData(x, y).verbose(0)
                    .augment(Augmentation.shifts(2).rotations(10)));
            b.fit(x, y, FitOptions.epochs(2).batchSize(10).validationData(x, y).verbose(0)
                    .augment(Augmentation.shifts(2).rotations(10)));
            c.fit(x, y, plain);
            List<float[]> wa = a.getWeights();
            for (int i = 0; i < wa.size(); i++) {
                assertArrayEquals(wa.get(i), b.getWeights().get(i));
            }
            assertFalse(java.util.Arrays.equals(wa.get(0), c.getWeights().get(0)));
            // validation sees the images unchanged: it equals evaluate on them
            assertEquals(h.last("val_loss"), a.evaluate(x, y).get("loss"), 1e-6);
            for (int i = 0; i < 40; i++) {
                assertArrayEquals(copy[i], x[i], 0f);
            }
        }
    }

    @Test
    void flatSquareInputsAndRefusals() {
        assertArrayEquals(new int[] {28, 28, 1}, Augmentation.shifts(1).shapeFor(input(784)));
        assertArrayEquals(new int[] {4, 6, 2}, Augmentation.shifts(1).imageShape(4, 6, 2).shapeFor(input(48)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Augmentation.shifts(1).shapeFor(input(10)));
        assertTrue(e.getMessage().contains("imageShape"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Augmentation.shifts(1).imageShape(5, 5, 1).shapeFor(input(24)));
        try (Sequential m = Sequential.of(tokenInput(4), embedding(10, 2), flatten(), dense(2).activation("softmax"))) {
            m.compile(Optimizers.adam(), Losses.categoricalCrossentropy());
            e = assertThrows(IllegalArgumentException.class, () -> m.fit(new int[][] {{1, 2, 3, 4}}, new int[] {1},
                    FitOptions.epochs(1).verbose(0).augment(Augmentation.shifts(1))));
            assertTrue(e.getMessage().contains("token"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Augmentation.shifts(-1));
        assertThrows(IllegalArgumentException.class, () -> Augmentation.shifts(1).rotations(200));
    }

    @Test
    void fastEnoughForMnist() {
        int n = 60_000;
        float[] batch = EngineData.images(1000, 28, 4);
        Augmentation aug = Augmentation.shifts(2).rotations(10);
        long start = System.nanoTime();
        for (int b = 0; b < n / 1000; b++) {
            aug.apply(batch, 1000, new int[] {28, 28, 1}, 1, b);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Augmenting 60,000 28x28 images took %.2f s%n", seconds);
        assertTrue(seconds < 20, "augmenting one MNIST epoch took " + seconds + " s");
    }
}
