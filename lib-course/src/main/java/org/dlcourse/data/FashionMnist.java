package org.dlcourse.data;

import java.util.List;

import org.dlcourse.config.RunProfile;

/**
 * Fashion-MNIST (Zalando; Xiao, Rasul and Vollgraf, 2017): 60,000 training and 10,000 test images
 * of clothing, 28x28 grey pixels, 10 classes, read from the four gzipped IDX files in
 * {@code datasets/fashion-mnist/}. A drop-in replacement for MNIST, and a harder one: T-shirts,
 * pullovers, coats and shirts look alike at this resolution.
 *
 * <p>Loaded exactly as {@link Mnist} (the same IDX reader and checks: SHA-256 on first use, counts,
 * shape, labels 0-9): pixels scaled to [0, 1], all 784 kept. Under the quick run profile
 * ({@code COURSE_PROFILE=quick}, CI only) {@link #train()} and {@link #test()} return a
 * deterministic stratified subsample of {@value #QUICK_TRAIN} / {@value #QUICK_TEST} images;
 * {@link #train(boolean)} and {@link #test(boolean)} choose explicitly.
 *
 * <pre>{@code
 * ImageSet train = FashionMnist.train();
 * String name = FashionMnist.CLASSES.get(train.label(0));   // "Ankle boot"
 * }</pre>
 */
public final class FashionMnist {
    /** Full sizes of the two sets. */
    public static final int TRAIN_SIZE = 60_000, TEST_SIZE = 10_000;
    /** Sizes under the quick profile. */
    public static final int QUICK_TRAIN = 6_000, QUICK_TEST = 1_000;
    /** Image side in pixels. */
    public static final int SIDE = 28;
    /** Seed of the quick profile's subsample. */
    public static final long QUICK_SEED = 42;
    /** The class names in label order (Zalando's names). */
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** The class names in Korean, in label order. */
    public static final List<String> CLASSES_KO = List.of("티셔츠/탑", "바지", "풀오버", "드레스", "코트",
            "샌들", "셔츠", "스니커즈", "가방", "앵클 부츠");

    private static final IdxImageSets FILES = new IdxImageSets("Fashion-MNIST", "fashion-mnist", TRAIN_SIZE,
            TEST_SIZE, SIDE, 10);

    private FashionMnist() {
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
        return load(Datasets.locate(), true, full);
    }

    /** The test set, all 10,000 images if {@code full}, else the quick subsample (any profile). */
    public static ImageSet test(boolean full) {
        return load(Datasets.locate(), false, full);
    }

    /** The class names as an array, in label order (for plots that take {@code String[]}). */
    public static String[] classNames() {
        return CLASSES.toArray(String[]::new);
    }

    /**
     * The name of a class, e.g. {@code name(9)} is {@code "Ankle boot"}.
     *
     * @throws IllegalArgumentException if the label is not 0-9
     */
    public static String name(int label) {
        if (label < 0 || label >= CLASSES.size()) {
            throw new IllegalArgumentException("Fashion-MNIST labels are 0-9, got " + label);
        }
        return CLASSES.get(label);
    }

    /**
     * Loads one set from a datasets folder.
     *
     * @throws IllegalStateException if a file is missing or altered, or its IDX content does not
     *                               have Fashion-MNIST's counts and shape
     */
    static ImageSet load(Datasets datasets, boolean train, boolean full) {
        return FILES.load(datasets, train, full ? -1 : (train ? QUICK_TRAIN : QUICK_TEST), QUICK_SEED);
    }
}
