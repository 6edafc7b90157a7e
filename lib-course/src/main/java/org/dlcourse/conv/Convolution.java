package org.dlcourse.conv;

/**
 * One filter slid over one single-channel image, as a convolution layer computes it for one
 * input channel and one filter (without bias or activation).
 *
 * <p>At each position the output is the sum of the element-wise products of the filter and the
 * image patch under it. Deep-learning libraries compute exactly this (strictly speaking a
 * cross-correlation: the filter is not flipped). The output has
 * {@code (W + 2P - F) / S + 1} rows and columns, rounded down, for an image of side W, filter F,
 * padding P and stride S: see {@link #outputSize(int, int, int, int)}.
 *
 * <pre>{@code
 * double[][] image = Grids.of(new int[][] {{1, 0, 1, 0}, {0, 1, 1, 0}, {0, 0, 1, 1}, {0, 0, 1, 0}});
 * double[][] out = Convolution.apply(image, new double[][] {{1, 0}, {0, 1}}, 1);   // 3x3
 * double[][] same = Convolution.apply(image, filter, 1, 1);                        // padded: 5x5
 * }</pre>
 *
 * <p>A colour image has several channels (red, green, blue): the filter then has as many
 * channels as the image, and the output at each position is the sum over all channels of the
 * element-wise products, one number per position (see
 * {@link #apply(double[][][], double[][][], int, int)}). That is what one filter of a Keras
 * {@code Conv2D} layer on a 3-channel input computes before its bias.
 */
public final class Convolution {
    private Convolution() {
    }

    /** The convolution with no padding ("valid"). */
    public static double[][] apply(double[][] image, double[][] filter, int stride) {
        return apply(image, filter, stride, 0);
    }

    /**
     * The convolution of the image, zero-padded by {@code padding} pixels on every side, with the
     * filter moved {@code stride} pixels at a time.
     *
     * @throws IllegalArgumentException if a grid is empty, ragged or not finite, the stride is not
     *                                  positive, the padding is negative, or the filter is larger
     *                                  than the padded image
     */
    public static double[][] apply(double[][] image, double[][] filter, int stride, int padding) {
        Grids.check(image, "image");
        Grids.check(filter, "filter");
        int rows = outputSize(image.length, filter.length, stride, padding);
        int cols = outputSize(image[0].length, filter[0].length, stride, padding);
        double[][] padded = zeroPad(image, padding);
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sum = 0;
                for (int i = 0; i < filter.length; i++) {
                    for (int j = 0; j < filter[0].length; j++) {
                        sum += filter[i][j] * padded[r * stride + i][c * stride + j];
                    }
                }
                out[r][c] = sum;
            }
        }
        return out;
    }

    /**
     * The convolution of a multi-channel image with a filter of the same number of channels,
     * both given channel first ({@code [channels][rows][cols]}, e.g. red, green, blue): each
     * channel is convolved with its own filter slice and the results are added, so the output is
     * a single 2-D map.
     *
     * @throws IllegalArgumentException if the channel counts differ or are zero, the channels of
     *                                  the image (or of the filter) differ in size, or a 2-D
     *                                  argument is invalid as in {@link #apply(double[][], double[][], int, int)}
     */
    public static double[][] apply(double[][][] image, double[][][] filter, int stride, int padding) {
        if (image == null || filter == null || image.length == 0 || image.length != filter.length) {
            throw new IllegalArgumentException("The image and the filter need the same number of channels (at least"
                    + " one), got " + (image == null ? "null" : image.length) + " and "
                    + (filter == null ? "null" : filter.length));
        }
        double[][] sum = null;
        for (int ch = 0; ch < image.length; ch++) {
            if (ch > 0 && (image[ch].length != image[0].length || image[ch][0].length != image[0][0].length)) {
                throw new IllegalArgumentException("Image channel " + ch + " is " + image[ch].length + "x"
                        + image[ch][0].length + ", channel 0 is " + image[0].length + "x" + image[0][0].length);
            }
            if (ch > 0 && (filter[ch].length != filter[0].length || filter[ch][0].length != filter[0][0].length)) {
                throw new IllegalArgumentException("Filter channel " + ch + " is " + filter[ch].length + "x"
                        + filter[ch][0].length + ", channel 0 is " + filter[0].length + "x" + filter[0][0].length);
            }
            double[][] part = apply(image[ch], filter[ch], stride, padding);
            if (sum == null) {
                sum = part;
            } else {
                for (int r = 0; r < sum.length; r++) {
                    for (int c = 0; c < sum[0].length; c++) {
                        sum[r][c] += part[r][c];
                    }
                }
            }
        }
        return sum;
    }

    /**
     * A channel-first filter ({@code [channels][rows][cols]}) as the kernel of a {@code Conv2D}
     * layer with one filter: flat, in the layout {@code [rows][cols][channels][1]} that Keras and
     * {@code Sequential.setWeights} use.
     *
     * @throws IllegalArgumentException if the filter is empty or its channels differ in size
     */
    public static float[] asConv2dKernel(double[][][] filter) {
        if (filter == null || filter.length == 0) {
            throw new IllegalArgumentException("The filter has no channels");
        }
        int channels = filter.length, rows = filter[0].length, cols = filter[0][0].length;
        float[] flat = new float[rows * cols * channels];
        for (int ch = 0; ch < channels; ch++) {
            Grids.check(filter[ch], "filter channel " + ch);
            if (filter[ch].length != rows || filter[ch][0].length != cols) {
                throw new IllegalArgumentException("Filter channel " + ch + " is " + filter[ch].length + "x"
                        + filter[ch][0].length + ", channel 0 is " + rows + "x" + cols);
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    flat[(r * cols + c) * channels + ch] = (float) filter[ch][r][c];
                }
            }
        }
        return flat;
    }

    /**
     * A channel-first image ({@code [channels][rows][cols]}, as {@link #apply(double[][][], double[][][], int, int)}
     * takes it) as one flat row in the channels-last layout {@code [rows][cols][channels]} that
     * {@code Sequential.predict} takes for an input of shape (rows, cols, channels): the pixel at
     * (r, c) of channel ch goes to index {@code (r * cols + c) * channels + ch}.
     *
     * @throws IllegalArgumentException if the image is empty or its channels differ in size
     */
    public static float[] asImageRow(double[][][] image) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("The image has no channels");
        }
        return asConv2dKernel(image); // one filter's kernel [rows][cols][channels][1] has the same layout
    }

    /**
     * The image with {@code padding} rows and columns of zeros added on every side.
     *
     * @throws IllegalArgumentException if the image is not a valid grid or the padding is negative
     */
    public static double[][] zeroPad(double[][] image, int padding) {
        Grids.check(image, "image");
        if (padding < 0) {
            throw new IllegalArgumentException("Padding must be 0 or more pixels, got " + padding);
        }
        double[][] out = new double[image.length + 2 * padding][image[0].length + 2 * padding];
        for (int r = 0; r < image.length; r++) {
            System.arraycopy(image[r], 0, out[r + padding], padding, image[r].length);
        }
        return out;
    }

    /**
     * The output length along one axis: {@code floor((input + 2 * padding - filter) / stride) + 1}.
     *
     * @throws IllegalArgumentException if a size is not positive, the padding is negative, or the
     *                                  filter does not fit in the padded input
     */
    public static int outputSize(int input, int filter, int stride, int padding) {
        if (input <= 0 || filter <= 0) {
            throw new IllegalArgumentException("Input and filter sizes must be positive, got input " + input
                    + " and filter " + filter);
        }
        if (stride <= 0) {
            throw new IllegalArgumentException("Stride must be a positive number of pixels, got " + stride);
        }
        if (padding < 0) {
            throw new IllegalArgumentException("Padding must be 0 or more pixels, got " + padding);
        }
        if (filter > input + 2 * padding) {
            throw new IllegalArgumentException("The filter (" + filter + ") is larger than the padded input ("
                    + input + " + 2 x " + padding + "): use a smaller filter or more padding");
        }
        return (input + 2 * padding - filter) / stride + 1;
    }
}
