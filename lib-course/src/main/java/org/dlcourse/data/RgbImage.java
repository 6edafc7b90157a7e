package org.dlcourse.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * A colour picture as three channels, red, green and blue, each a grid of values in [0, 1]
 * (the 8-bit value / 255): immutable, getters hand out copies.
 *
 * <p>Two layouts are offered: channel first ({@code [channel][row][col]}, the three planes a
 * person looks at, used by {@code org.dlcourse.conv.Convolution}) and one flat row in
 * height-width-channel order ({@link #toRow()}, the layout of a Keras model's
 * {@code Input(height, width, 3)}).
 *
 * <pre>{@code
 * RgbImage cat = Photos.read("chelsea.png");   // 451 x 300
 * double[][] red = cat.channel(0);             // [300][451]
 * double[][] grey = cat.brightness();          // 0.299 R + 0.587 G + 0.114 B
 * }</pre>
 */
public final class RgbImage {
    /** The channel names, in channel order. */
    public static final String[] CHANNELS = {"red", "green", "blue"};
    /** The ITU-R BT.601 brightness (luma) weights of red, green and blue. */
    public static final double[] LUMA = {0.299, 0.587, 0.114};

    private final float[][][] planes;
    private final String name;

    private RgbImage(String name, float[][][] planes) {
        this.name = name;
        this.planes = planes;
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file with {@code javax.imageio}; a grey or palette image is
     * turned into three equal or looked-up channels, transparency is ignored.
     *
     * @throws IllegalStateException if the file is missing or is not an image Java can decode
     */
    public static RgbImage read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Image file missing: " + file);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode image " + file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IllegalStateException("Not an image Java can decode (PNG, JPEG, GIF, BMP): " + file);
        }
        return of(file.getFileName().toString(), image);
    }

    /** The picture of a {@code BufferedImage} (any type), under a name. */
    public static RgbImage of(String name, BufferedImage image) {
        int h = image.getHeight(), w = image.getWidth();
        float[][][] planes = new float[3][h][w];
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int p = argb[r * w + c];
                planes[0][r][c] = ((p >> 16) & 0xFF) / 255f;
                planes[1][r][c] = ((p >> 8) & 0xFF) / 255f;
                planes[2][r][c] = (p & 0xFF) / 255f;
            }
        }
        return new RgbImage(name, planes);
    }

    /** The file name it was read from, or the name given. */
    public String name() {
        return name;
    }

    /** Height in pixels (rows). */
    public int height() {
        return planes[0].length;
    }

    /** Width in pixels (columns). */
    public int width() {
        return planes[0][0].length;
    }

    /**
     * One channel, 0 red, 1 green, 2 blue, as {@code [rows][cols]} in [0, 1] (a copy).
     *
     * @throws IllegalArgumentException if the channel is not 0, 1 or 2
     */
    public double[][] channel(int channel) {
        if (channel < 0 || channel > 2) {
            throw new IllegalArgumentException("Channels are 0 (red), 1 (green), 2 (blue), got " + channel);
        }
        double[][] out = new double[height()][width()];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[0].length; c++) {
                out[r][c] = planes[channel][r][c];
            }
        }
        return out;
    }

    /** All three channels, channel first: {@code [3][rows][cols]} (a copy). */
    public double[][][] channels() {
        return new double[][][] {channel(0), channel(1), channel(2)};
    }

    /** The 8-bit red, green and blue values (0-255) of one pixel. */
    public int[] rgb(int row, int col) {
        return new int[] {Math.round(planes[0][row][col] * 255), Math.round(planes[1][row][col] * 255),
            Math.round(planes[2][row][col] * 255)};
    }

    /** The brightness with the standard weights {@link #LUMA}: 0.299 R + 0.587 G + 0.114 B. */
    public double[][] brightness() {
        return brightness(LUMA[0], LUMA[1], LUMA[2]);
    }

    /** A weighted sum of the channels, {@code wr * R + wg * G + wb * B}, at every pixel. */
    public double[][] brightness(double wr, double wg, double wb) {
        double[][] out = new double[height()][width()];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[0].length; c++) {
                out[r][c] = wr * planes[0][r][c] + wg * planes[1][r][c] + wb * planes[2][r][c];
            }
        }
        return out;
    }

    /**
     * The picture as one flat row in height-width-channel order ({@code height * width * 3}
     * values), the input layout of a model built with {@code Layers.input(height, width, 3)}.
     */
    public float[] toRow() {
        int h = height(), w = width();
        float[] row = new float[h * w * 3];
        int k = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                for (int ch = 0; ch < 3; ch++) {
                    row[k++] = planes[ch][r][c];
                }
            }
        }
        return row;
    }

    /**
     * Every {@code factor}-th pixel in both directions (plain subsampling, no smoothing): a
     * smaller picture for quick experiments.
     *
     * @throws IllegalArgumentException if the factor is below 1
     */
    public RgbImage every(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("The subsampling factor must be 1 or more, got " + factor);
        }
        int h = (height() + factor - 1) / factor, w = (width() + factor - 1) / factor;
        float[][][] out = new float[3][h][w];
        for (int ch = 0; ch < 3; ch++) {
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    out[ch][r][c] = planes[ch][r * factor][c * factor];
                }
            }
        }
        return new RgbImage(name, out);
    }

    /** The picture as a Java image (for drawing). */
    public BufferedImage toBufferedImage() {
        int h = height(), w = width();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int[] v = rgb(r, c);
                image.setRGB(c, r, (v[0] << 16) | (v[1] << 8) | v[2]);
            }
        }
        return image;
    }

    @Override
    public String toString() {
        return name + ": " + width() + " x " + height() + " pixels, 3 channels (red, green, blue)";
    }
}
