package org.dlcourse.data;

import org.dlcourse.config.Heap;

import org.dlcourse.data.prep.Sampling;

/**
 * The shared loading path of the MNIST-style data sets (MNIST, Fashion-MNIST): four gzipped IDX
 * files in one folder of {@code datasets/}, checked against their SHA-256, read by
 * {@link IdxReader}, checked for counts, image shape and label range, and optionally reduced to a
 * deterministic stratified subsample (the quick run profile).
 *
 * @param title     the data set's name in error messages, e.g. {@code "MNIST"}
 * @param folder    its folder under {@code datasets/}, e.g. {@code "mnist"}
 * @param trainSize the number of training images
 * @param testSize  the number of test images
 * @param side      the image side in pixels
 * @param classes   the number of classes (labels are 0 to classes - 1)
 */
record IdxImageSets(String title, String folder, int trainSize, int testSize, int side, int classes) {
    private static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    private static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    private static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    private static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    /**
     * Loads one set from a datasets folder: the whole set, or the stratified subsample of
     * {@code quickSize} images drawn with {@code seed} if {@code quickSize > 0}.
     *
     * @throws IllegalStateException if a file is missing or altered, or its IDX content does not
     *                               have the expected counts, shape and labels
     */
    ImageSet load(Datasets datasets, boolean train, int quickSize, long seed) {
        String images = folder + "/" + (train ? TRAIN_IMAGES : TEST_IMAGES);
        String labels = folder + "/" + (train ? TRAIN_LABELS : TEST_LABELS);
        int expected = train ? trainSize : testSize;
        // side x side floats per image plus the array header, refused before reading if the heap cannot hold them
        Heap.require("loading " + title + " " + (train ? "training" : "test") + " images",
                expected * ((long) side * side * 4 + 16));
        int[] y = IdxReader.readLabels(datasets.file(labels));
        IdxReader.Images x = IdxReader.readImages(datasets.file(images));
        String name = folder + (train ? " train" : " test");
        return assemble(name, x, y, train ? trainSize : testSize, quickSize, seed);
    }

    /** Checks counts, shape and labels, then subsamples if {@code quickSize > 0}. */
    ImageSet assemble(String name, IdxReader.Images images, int[] labels, int expected, int quickSize, long seed) {
        String restore = ": restore datasets/" + folder + "/";
        if (images.pixels().length != expected || labels.length != expected) {
            throw new IllegalStateException(title + " " + name + " should have " + expected
                    + " images and labels, found " + images.pixels().length + " images and " + labels.length
                    + " labels" + restore);
        }
        if (images.rows() != side || images.cols() != side) {
            throw new IllegalStateException(title + " " + name + " images should be " + side + "x" + side
                    + ", found " + images.rows() + "x" + images.cols() + restore);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= classes) {
                throw new IllegalStateException(title + " " + name + " label " + i + " is " + labels[i]
                        + ", not a class 0-" + (classes - 1) + restore);
            }
        }
        ImageSet set = new ImageSet(name, images.pixels(), labels, side, side);
        if (quickSize <= 0) {
            return set;
        }
        return set.subset(Sampling.stratified(labels, quickSize, seed)).renamed(name + " (quick subsample)");
    }
}
