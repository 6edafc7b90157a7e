package org.dlcourse.plot;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What an {@link ImageGrid} shows: its tiles, how each one is captioned and coloured, and the key
 * under the grid. One implementation per kind of picture (digits, filters, feature maps), so the
 * grid's layout code never asks which kind it draws.
 */
interface TileSource {
    /** The tiles, each {@code [height][width]}, all the same size. */
    List<float[][]> tiles();

    /** The caption under tile {@code i} ("" for none). */
    String caption(int i, TileLabels labels);

    /** Tiles per row when the user gave none. */
    int defaultColumns(int shown);

    /** Colours each shown tile; may look at all shown tiles first (digits share one grey scale). */
    BufferedImage colour(float[][] tile, List<float[][]> shownTiles);

    /** Lines of the key under the grid (none by default). */
    default List<String> key(List<Integer> shown) {
        return List.of();
    }

    /** Whether labels and predictions can be attached (digits only). */
    default boolean takesLabels() {
        return false;
    }

    /** The true and predicted labels of a digit grid and the names of the classes (any may be null). */
    record TileLabels(int[] labels, int[] predicted, String[] classNames) {
        /** Whether tile {@code i} has both labels and they differ. */
        boolean wrong(int i) {
            return labels != null && predicted != null && labels[i] != predicted[i];
        }

        String name(int label) {
            return classNames != null && label >= 0 && label < classNames.length ? classNames[label] : String.valueOf(label);
        }
    }
}
