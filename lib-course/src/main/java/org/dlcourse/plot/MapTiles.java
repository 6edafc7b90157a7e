package org.dlcourse.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The feature maps of one input, layout {@code [height][width][channels]}: one tile per channel on
 * a perceptually uniform scale (dark purple low, yellow high), each map on its own range; the
 * caption gives the map's largest value and the key says what an all-0 map means.
 */
final class MapTiles implements TileSource {
    private final List<float[][]> tiles;

    MapTiles(float[][][] maps) {
        Objects.requireNonNull(maps, "maps");
        if (maps.length == 0 || maps[0].length == 0 || maps[0][0].length == 0) {
            throw new IllegalArgumentException("Image grid: the feature maps are empty; expected"
                    + " [height][width][channels], e.g. [26][26][32]");
        }
        int h = maps.length, w = maps[0].length, c = maps[0][0].length;
        List<float[][]> split = new ArrayList<>(c);
        for (int k = 0; k < c; k++) {
            split.add(new float[h][w]);
        }
        for (int r = 0; r < h; r++) {
            if (maps[r].length != w) {
                throw Tiles.ragged("maps", r, w, maps[r].length);
            }
            for (int col = 0; col < w; col++) {
                if (maps[r][col].length != c) {
                    throw Tiles.ragged("maps[" + r + "]", col, c, maps[r][col].length);
                }
                for (int k = 0; k < c; k++) {
                    split.get(k)[r][col] = maps[r][col][k];
                }
            }
        }
        this.tiles = Tiles.checkFinite(split);
    }

    @Override
    public List<float[][]> tiles() {
        return tiles;
    }

    /** "max 2.1", or "all 0" for a map that is one value everywhere (short: the grid stays slide-wide). */
    @Override
    public String caption(int i, TileLabels labels) {
        float[] range = Tiles.range(List.<float[][]>of(tiles.get(i)));
        return range[0] == range[1] ? "all " + number(range[0]) : "max " + number(range[1]);
    }

    /** Two significant digits, plain: 2.1, 0.52, 37. */
    static String number(float v) {
        if (v == 0) {
            return "0";
        }
        return Math.abs(v) >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.2g", v)).stripTrailingZeros()
                        .toPlainString();
    }

    @Override
    public int defaultColumns(int shown) {
        return Math.min(8, shown);
    }

    @Override
    public BufferedImage colour(float[][] tile, List<float[][]> shownTiles) {
        float[] range = Tiles.range(List.<float[][]>of(tile));
        float lo = range[0], hi = range[1];
        return Tiles.paint(tile, v -> Tiles.viridis(hi > lo ? (v - lo) / (hi - lo) : 0));
    }

    /** The colour scale and, when a shown map is all 0, what that means. */
    @Override
    public List<String> key(List<Integer> shown) {
        List<String> lines = new ArrayList<>();
        lines.add("each map on its own scale: lowest value (0 after ReLU) → largest (under the map)");
        for (int i : shown) {
            float[] range = Tiles.range(List.<float[][]>of(tiles.get(i)));
            if (range[0] == range[1] && range[0] == 0) {
                lines.add("all 0: the filter found nothing it responds to in this input (ReLU turned every value to 0)");
                break;
            }
        }
        return lines;
    }
}
