package org.dlcourse.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The filters of a convolution layer, kernel layout {@code [height][width][in][out]}: one tile per
 * output filter, blue negative, white 0, red positive, each filter on its own largest absolute
 * weight. With several input channels a tile shows their mean, or one chosen channel.
 */
final class FilterTiles implements TileSource {
    private final float[][][][] kernel;
    private int inputChannel = -1;

    FilterTiles(float[][][][] kernel) {
        Objects.requireNonNull(kernel, "kernel");
        if (kernel.length == 0 || kernel[0].length == 0 || kernel[0][0].length == 0 || kernel[0][0][0].length == 0) {
            throw new IllegalArgumentException("Image grid: the filter kernel is empty; expected"
                    + " [height][width][inChannels][filters], e.g. [3][3][1][32]");
        }
        int kh = kernel.length, kw = kernel[0].length, in = kernel[0][0].length, out = kernel[0][0][0].length;
        for (int r = 0; r < kh; r++) {
            if (kernel[r].length != kw) {
                throw Tiles.ragged("kernel", r, kw, kernel[r].length);
            }
            for (int c = 0; c < kw; c++) {
                if (kernel[r][c].length != in) {
                    throw Tiles.ragged("kernel[" + r + "]", c, in, kernel[r][c].length);
                }
                for (int i = 0; i < in; i++) {
                    if (kernel[r][c][i].length != out) {
                        throw Tiles.ragged("kernel[" + r + "][" + c + "]", i, out, kernel[r][c][i].length);
                    }
                }
            }
        }
        this.kernel = kernel;
    }

    /** Shows this input channel instead of the mean over channels. */
    void inputChannel(int channel) {
        int in = kernel[0][0].length;
        if (channel < 0 || channel >= in) {
            throw new IllegalArgumentException("inputChannel " + channel + " is out of range: the kernel has "
                    + in + " input channels (0.." + (in - 1) + ")");
        }
        this.inputChannel = channel;
    }

    @Override
    public List<float[][]> tiles() {
        int kh = kernel.length, kw = kernel[0].length, in = kernel[0][0].length, out = kernel[0][0][0].length;
        List<float[][]> result = new ArrayList<>(out);
        for (int f = 0; f < out; f++) {
            float[][] tile = new float[kh][kw];
            for (int r = 0; r < kh; r++) {
                for (int c = 0; c < kw; c++) {
                    if (inputChannel >= 0) {
                        tile[r][c] = kernel[r][c][inputChannel][f];
                    } else {
                        float sum = 0;
                        for (int i = 0; i < in; i++) {
                            sum += kernel[r][c][i][f];
                        }
                        tile[r][c] = sum / in;
                    }
                }
            }
            result.add(tile);
        }
        return Tiles.checkFinite(result);
    }

    @Override
    public String caption(int i, TileLabels labels) {
        return "filter " + i;
    }

    @Override
    public int defaultColumns(int shown) {
        return Math.min(8, shown);
    }

    @Override
    public BufferedImage colour(float[][] tile, List<float[][]> shownTiles) {
        float[] range = Tiles.range(List.<float[][]>of(tile));
        float absMax = Math.max(Math.abs(range[0]), Math.abs(range[1]));
        return Tiles.paint(tile, v -> Tiles.diverging(absMax == 0 ? 0 : v / absMax));
    }
}
