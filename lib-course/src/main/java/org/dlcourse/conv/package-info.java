/**
 * Convolution and pooling by hand, on small grids of numbers, for teaching: what a Conv2D or
 * pooling layer computes at one position, with stride and zero padding, and the output-size
 * formula {@code (W + 2P - F) / S + 1}.
 *
 * <ul>
 *   <li>{@link org.dlcourse.conv.Convolution}: one filter slid over one single-channel image
 *       (cross-correlation, as deep-learning libraries compute it), zero padding, output sizes;
 *       a multi-channel filter (e.g. 3 x 3 x 3 on red, green, blue) over a multi-channel image,
 *       its layout as a {@code Conv2D} kernel, and a channel-first image as the channels-last row
 *       {@code Sequential.predict} takes.</li>
 *   <li>{@link org.dlcourse.conv.Pooling}: max and average pooling with a square window.</li>
 *   <li>{@link org.dlcourse.conv.Grids}: grids printed as aligned text.</li>
 * </ul>
 *
 * <pre>{@code
 * double[][] out = Convolution.apply(image, new double[][] {{1, 0}, {0, 1}}, 1);
 * System.out.println(Grids.format(out));
 * double[][] pooled = Pooling.max(activations, 2, 2);
 * }</pre>
 *
 * <p>These functions favour clarity over speed: the neural-network engine ({@code org.dlcourse.nn})
 * computes the same thing with TensorFlow.
 */
package org.dlcourse.conv;
