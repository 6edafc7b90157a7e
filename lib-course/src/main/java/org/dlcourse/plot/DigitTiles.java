package org.dlcourse.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Grey images (MNIST digits), dark on light, all shown on one scale from the smallest to the largest
 * pixel of the grid (0..1 and 0..255 both work); captioned with their labels and predictions.
 */
final class DigitTiles implements TileSource {
    private final List<float[][]> tiles;

    private DigitTiles(List<float[][]> tiles) {
        this.tiles = Tiles.checkFinite(tiles);
    }

    /** One flattened square image per row (784 pixels for MNIST). */
    static DigitTiles ofRows(float[][] images) {
        Objects.requireNonNull(images, "images");
        if (images.length == 0) {
            throw new IllegalArgumentException("Image grid: no images to show");
        }
        Objects.requireNonNull(images[0], "image 0");
        int side = (int) Math.round(Math.sqrt(images[0].length));
        if (side == 0 || side * side != images[0].length) {
            throw new IllegalArgumentException("Image grid: image 0 has " + images[0].length
                    + " pixels, not a square number (784 = 28x28 for MNIST); pass one flattened square image per row");
        }
        List<float[][]> tiles = new ArrayList<>(images.length);
        for (int i = 0; i < images.length; i++) {
            Objects.requireNonNull(images[i], "image " + i);
            if (images[i].length != side * side) {
                throw new IllegalArgumentException("Image grid: image " + i + " has " + images[i].length
                        + " pixels but image 0 has " + side * side + "; all images must have the same size");
            }
            float[][] tile = new float[side][side];
            for (int r = 0; r < side; r++) {
                System.arraycopy(images[i], r * side, tile[r], 0, side);
            }
            tiles.add(tile);
        }
        return new DigitTiles(tiles);
    }

    /** Images as {@code [n][height][width]}. */
    static DigitTiles ofImages(float[][][] images) {
        Objects.requireNonNull(images, "images");
        if (images.length == 0) {
            throw new IllegalArgumentException("Image grid: no images to show");
        }
        Objects.requireNonNull(images[0], "image 0");
        if (images[0].length == 0 || images[0][0] == null || images[0][0].length == 0) {
            throw new IllegalArgumentException("Image grid: image 0 is empty; pass images as [n][height][width]");
        }
        List<float[][]> tiles = new ArrayList<>(images.length);
        for (int i = 0; i < images.length; i++) {
            tiles.add(Tiles.rectangular(images[i], "image " + i, images[0].length, images[0][0].length));
        }
        return new DigitTiles(tiles);
    }

    @Override
    public List<float[][]> tiles() {
        return tiles;
    }

    @Override
    public String caption(int i, TileLabels l) {
        if (l.labels() != null && l.predicted() != null) {
            int truth = l.labels()[i], guess = l.predicted()[i];
            return l.name(truth) + (truth == guess ? " ✓" : " → " + l.name(guess));
        }
        if (l.labels() != null) {
            return l.name(l.labels()[i]);
        }
        return l.predicted() != null ? "pred " + l.name(l.predicted()[i]) : "";
    }

    @Override
    public int defaultColumns(int shown) {
        return Math.min(10, shown);
    }

    @Override
    public BufferedImage colour(float[][] tile, List<float[][]> shownTiles) {
        float[] range = Tiles.range(shownTiles);
        return Tiles.paint(tile, v -> {
            float t = range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 0;
            int grey = Math.round(255 * (1 - t));
            return new Color(grey, grey, grey);
        });
    }

    @Override
    public boolean takesLabels() {
        return true;
    }
}
