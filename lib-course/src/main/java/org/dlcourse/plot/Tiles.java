package org.dlcourse.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** Checks, value ranges and colour scales shared by the {@link TileSource}s of an {@link ImageGrid}. */
final class Tiles {
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};

    private Tiles() {
    }

    /** [lowest, highest] value over the given tiles. */
    static float[] range(List<float[][]> tiles) {
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        for (float[][] tile : tiles) {
            for (float[] row : tile) {
                for (float v : row) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new float[] {lo, hi};
    }

    /** Paints each value of a tile with {@code colour}. */
    static BufferedImage paint(float[][] tile, FloatColour colour) {
        int h = tile.length, w = tile[0].length;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                image.setRGB(c, r, colour.apply(tile[r][c]).getRGB());
            }
        }
        return image;
    }

    /** A colour for a value (float arithmetic, as the figures have always been drawn). */
    @FunctionalInterface
    interface FloatColour {
        Color apply(float value);
    }

    /** -1 blue, 0 white, +1 red. */
    static Color diverging(float t) {
        Color end = t < 0 ? Figures.PALETTE[0] : Figures.WRONG;
        float a = Math.min(1, Math.abs(t));
        return new Color(Math.round(255 + a * (end.getRed() - 255)), Math.round(255 + a * (end.getGreen() - 255)),
                Math.round(255 + a * (end.getBlue() - 255)));
    }

    /** 0 dark purple, 1 yellow, interpolating five anchors of matplotlib's viridis. */
    static Color viridis(float t) {
        float x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        float f = x - i;
        Color a = VIRIDIS[i], b = VIRIDIS[i + 1];
        return new Color(Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** A copy of a {@code [h][w]} image, refused when ragged or of another size. */
    static float[][] rectangular(float[][] image, String what, int h, int w) {
        Objects.requireNonNull(image, what);
        if (h == 0 || w == 0) {
            throw new IllegalArgumentException("Image grid: " + what + " is empty");
        }
        if (image.length != h) {
            throw new IllegalArgumentException("Image grid: " + what + " has " + image.length + " rows, expected " + h
                    + "; all images must have the same size");
        }
        float[][] copy = new float[h][];
        for (int r = 0; r < h; r++) {
            if (image[r].length != w) {
                throw ragged(what, r, w, image[r].length);
            }
            copy[r] = image[r].clone();
        }
        return copy;
    }

    static IllegalArgumentException ragged(String what, int index, int expected, int actual) {
        return new IllegalArgumentException("Image grid: " + what + "[" + index + "] has length " + actual
                + ", expected " + expected + "; the array must be rectangular");
    }

    /** The tiles, refused when one holds NaN or an infinity. */
    static List<float[][]> checkFinite(List<float[][]> tiles) {
        for (int i = 0; i < tiles.size(); i++) {
            for (float[] row : tiles.get(i)) {
                for (float v : row) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("Image grid: image " + i + " holds " + v
                                + "; images must hold finite numbers");
                    }
                }
            }
        }
        return tiles;
    }
}
