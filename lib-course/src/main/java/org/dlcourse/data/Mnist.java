package org.dlcourse.data;

import org.dlcourse.config.Heap;
import org.dlcourse.config.RunProfile;

/**
 * MNIST handwritten digits (LeCun, Cortes and Burges): 60,000 training and 10,000 test images of
 * 28x28 grey pixels with labels 0-9, read from the four original gzipped IDX files in
 * {@code datasets/mnist/} (checked against their SHA-256 on first use).
 *
 * <p>Pixels are scaled to [0, 1] (value/255) and all 784 are kept. Under the quick run profile
 * ({@code COURSE_PROFILE=quick}, CI only) {@link #train()} and {@link #test()} return a
 * deterministic stratified subsample of {@value #QUICK_TRAIN} / {@value #QUICK_TEST} images (each
 * digit keeps its share, rows keep the file order); {@link #train(boolean)} and
 * {@link #test(boolean)} choose explicitly.
 *
 * <pre>{@code
 * ImageSet train = Mnist.train();
 * float[][] x = train.pixels();        // [60000][784] in [0, 1]
 * int firstLabel = train.label(0);     // 5
 * }</pre>
 */
public final class Mnist {
    /** Full sizes of the two sets. */
    public static final int TRAIN_SIZE = 60_000, TEST_SIZE = 10_000;
    /** Sizes under the quick profile. */
    public static final int QUICK_TRAIN = 6_000, QUICK_TEST = 1_000;
    /** Image side in pixels. */
    public static final int SIDE = 28;
    /** Seed of the quick profile's subsample. */
    public static final long QUICK_SEED = 42;

    private static final IdxImageSets FILES = new IdxImageSets("MNIST", "mnist", TRAIN_SIZE, TEST_SIZE, SIDE, 10);

    private Mnist() {
    }

    /** The training set: all 60,000 images, or the quick profile's subsample. */
    public static ImageSet train() {
        return train(!RunProfile.isQuick());
    }

    /** The test set: all 10,000 images, or the quick profile's subsample. */
    public static ImageSet test() {
        return test(!RunProfile.isQuick());
    }

    /** The training set, all 60,000 images if {@code full}, else the quick subsample (any profile). */
    public static ImageSet train(boolean full) {
        return Heap.guard("loading MNIST (Mnist.train)", () -> load(Datasets.locate(), true, full));
    }

    /** The test set, all 10,000 images if {@code full}, else the quick subsample (any profile). */
    public static ImageSet test(boolean full) {
        return Heap.guard("loading MNIST (Mnist.test)", () -> load(Datasets.locate(), false, full));
    }

    /**
     * Loads one set from a datasets folder.
     *
     * @throws IllegalStateException if a file is missing or altered, or its IDX content does not
     *                               have MNIST's counts and shape
     */
    static ImageSet load(Datasets datasets, boolean train, boolean full) {
        return FILES.load(datasets, train, full ? -1 : (train ? QUICK_TRAIN : QUICK_TEST), QUICK_SEED);
    }

    /** Checks counts, shape and labels, then subsamples if {@code quickSize > 0}. */
    static ImageSet assemble(String name, IdxReader.Images images, int[] labels, int expected, int quickSize) {
        return FILES.assemble(name, images, labels, expected, quickSize, QUICK_SEED);
    }
}
