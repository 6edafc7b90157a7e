package org.dlcourse.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Labelled grey-scale images, e.g. MNIST: an immutable set whose getters hand out copies.
 *
 * <p>Pixels are stored one flat row per image ({@code rows*cols} values, row by row), scaled to
 * [0, 1]. All pixels are kept, zeros included: a model indexing features by position needs every
 * one (the pixel-shift pitfall in DESIGN.md).
 *
 * <pre>{@code
 * ImageSet train = Mnist.train();
 * float[][] x = train.pixels();   // [60000][784]
 * int[] y = train.labels();       // 0..9
 * }</pre>
 */
public final class ImageSet {
    private final float[][] pixels;
    private final int[] labels;
    private final int rows;
    private final int cols;
    private final String name;

    /**
     * Wraps arrays (not copied: the caller hands them over and must not change them).
     *
     * @throws IllegalArgumentException if the counts differ, a row has the wrong length, or a
     *                                   label is negative
     */
    ImageSet(String name, float[][] pixels, int[] labels, int rows, int cols) {
        this.name = Objects.requireNonNull(name, "name");
        if (pixels.length != labels.length) {
            throw new IllegalArgumentException("Image set '" + name + "' has " + pixels.length + " images but "
                    + labels.length + " labels");
        }
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i].length != rows * cols) {
                throw new IllegalArgumentException("Image " + i + " of '" + name + "' has " + pixels[i].length
                        + " pixels, expected " + rows + "x" + cols + " = " + rows * cols);
            }
            if (labels[i] < 0) {
                throw new IllegalArgumentException("Image " + i + " of '" + name + "' has negative label " + labels[i]);
            }
        }
        this.pixels = pixels;
        this.labels = labels;
        this.rows = rows;
        this.cols = cols;
    }

    /** A short name, e.g. {@code "mnist train"}. */
    public String name() {
        return name;
    }

    /** Number of images. */
    public int size() {
        return pixels.length;
    }

    /** Image height in pixels (28 for MNIST). */
    public int rows() {
        return rows;
    }

    /** Image width in pixels (28 for MNIST). */
    public int cols() {
        return cols;
    }

    /**
     * All images as {@code [size][rows*cols]} floats in [0, 1], row by row: a fresh copy on each
     * call, so keep the result in a variable rather than calling this in a loop.
     */
    public float[][] pixels() {
        float[][] copy = new float[pixels.length][];
        for (int i = 0; i < pixels.length; i++) {
            copy[i] = pixels[i].clone();
        }
        return copy;
    }

    /** One image's {@code rows*cols} pixels (a copy). */
    public float[] row(int i) {
        return pixels[checkIndex(i)].clone();
    }

    /** The labels (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The label of image {@code i}. */
    public int label(int i) {
        return labels[checkIndex(i)];
    }

    /** Image {@code i} as {@code [rows][cols]} for plotting (a copy). */
    public float[][] image(int i) {
        float[] flat = pixels[checkIndex(i)];
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return out;
    }

    /** How many images carry each label: index = label, up to the largest label. */
    public int[] classCounts() {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        int[] counts = new int[max + 1];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The indices of the first {@code limit} images with the given label, in file order (fewer if
     * the set has fewer).
     *
     * @throws IllegalArgumentException if the limit is below 1
     */
    public int[] indicesOf(int label, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1, got " + limit);
        }
        int[] found = new int[Math.min(limit, labels.length)];
        int n = 0;
        for (int i = 0; i < labels.length && n < found.length; i++) {
            if (labels[i] == label) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /**
     * The images at the given indices, in that order (repeats allowed).
     *
     * @throws IndexOutOfBoundsException if an index is outside {@code [0, size)}
     */
    public ImageSet subset(int[] indices) {
        float[][] p = new float[indices.length][];
        int[] l = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            // rows are never modified, so the subset may share them
            p[k] = pixels[checkIndex(indices[k])];
            l[k] = labels[indices[k]];
        }
        return new ImageSet(name + " (subset)", p, l, rows, cols);
    }

    /** The same images under another name (arrays shared: both sets are immutable). */
    ImageSet renamed(String newName) {
        return new ImageSet(newName, pixels, labels, rows, cols);
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= pixels.length) {
            throw new IndexOutOfBoundsException("Image index " + i + " is outside 0.." + (pixels.length - 1)
                    + " of '" + name + "'");
        }
        return i;
    }

    @Override
    public String toString() {
        return name + ": " + size() + " images " + rows + "x" + cols;
    }
}
