package org.dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Grids of small images: MNIST digits with their labels (mistakes framed in red), the learned
 * filters of a convolution layer and the feature maps a layer computes for one input.
 *
 * <pre>{@code
 * ImageGrid.digits(xTest).labels(yTest).predicted(pred).limit(40).figure("Test digits")
 * ImageGrid.digits(xTest).labels(yTest).predicted(pred).mistakesOnly().figure("Mistakes")
 * ImageGrid.filters(kernel).figure("conv1: 32 filters 3x3")      // kernel[kh][kw][in][out]
 * ImageGrid.featureMaps(maps).limit(16).figure("conv1 on a 7")   // maps[h][w][channels]
 * }</pre>
 *
 * <p>Digits are drawn dark on light, scaled from the smallest to the largest pixel value of the
 * grid (0..1 and 0..255 both work). Filters use blue for negative and red for positive weights,
 * white for 0, each filter scaled to its own largest absolute weight. Feature maps use a
 * perceptually uniform scale (dark purple low, yellow high), each map scaled on its own: the
 * caption gives each map's largest value ("all 0" for a map with nothing in it) and a key under
 * the grid shows the colour scale and says what an all-0 map means.
 */
public final class ImageGrid {
    private enum Kind { DIGITS, FILTERS, MAPS }

    private static final int GAP = 8, MARGIN = Figures.PADDING, TITLE_HEIGHT = 40, TARGET_WIDTH = 880;
    private static final Color FRAME = new Color(0xBBBBBB);
    private static final int KEY_BAR_WIDTH = 120;
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};

    private final Kind kind;
    private final List<float[][]> tiles;
    private int[] labels;
    private int[] predicted;
    private String[] classNames;
    private int columns;
    private int limit = Integer.MAX_VALUE;
    private boolean mistakesOnly;
    private int scale;

    private ImageGrid(Kind kind, List<float[][]> tiles) {
        this.kind = kind;
        this.tiles = tiles;
    }

    /**
     * Digits (or any square grey images), one per row, each with {@code side * side} pixels
     * (784 for MNIST).
     *
     * @throws IllegalArgumentException if there are no images, a row is not square-sized or rows
     *                                  differ in size
     */
    public static ImageGrid digits(float[][] images) {
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
        return new ImageGrid(Kind.DIGITS, checkFinite(tiles));
    }

    /** Digits with double pixels, one flattened square image per row (e.g. from a table). */
    public static ImageGrid digits(double[][] images) {
        Objects.requireNonNull(images, "images");
        float[][] copy = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
            Objects.requireNonNull(images[i], "image " + i);
            copy[i] = new float[images[i].length];
            for (int p = 0; p < images[i].length; p++) {
                copy[i][p] = (float) images[i][p];
            }
        }
        return digits(copy);
    }

    /** Digits as {@code images[n][height][width]}. */
    public static ImageGrid digits(float[][][] images) {
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
            tiles.add(rectangular(images[i], "image " + i, images[0].length, images[0][0].length));
        }
        return new ImageGrid(Kind.DIGITS, checkFinite(tiles));
    }

    /**
     * The filters of a convolution layer in TensorFlow's layout {@code [height][width][in][out]}:
     * one tile per output filter, showing input channel 0 when there is one input channel and
     * the mean over input channels otherwise (see {@link #inputChannel(int)}).
     *
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public static ImageGrid filters(float[][][][] kernel) {
        Objects.requireNonNull(kernel, "kernel");
        if (kernel.length == 0 || kernel[0].length == 0 || kernel[0][0].length == 0 || kernel[0][0][0].length == 0) {
            throw new IllegalArgumentException("Image grid: the filter kernel is empty; expected"
                    + " [height][width][inChannels][filters], e.g. [3][3][1][32]");
        }
        ImageGrid grid = new ImageGrid(Kind.FILTERS, new ArrayList<>());
        grid.kernel = kernel;
        int kh = kernel.length, kw = kernel[0].length, in = kernel[0][0].length, out = kernel[0][0][0].length;
        for (int r = 0; r < kh; r++) {
            if (kernel[r].length != kw) {
                throw ragged("kernel", r, kw, kernel[r].length);
            }
            for (int c = 0; c < kw; c++) {
                if (kernel[r][c].length != in) {
                    throw ragged("kernel[" + r + "]", c, in, kernel[r][c].length);
                }
                for (int i = 0; i < in; i++) {
                    if (kernel[r][c][i].length != out) {
                        throw ragged("kernel[" + r + "][" + c + "]", i, out, kernel[r][c][i].length);
                    }
                }
            }
        }
        grid.inputChannel = -1;
        return grid;
    }

    private float[][][][] kernel;
    private int inputChannel = -1;

    /**
     * The feature maps of one input in layout {@code [height][width][channels]}: one tile per
     * channel.
     *
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public static ImageGrid featureMaps(float[][][] maps) {
        Objects.requireNonNull(maps, "maps");
        if (maps.length == 0 || maps[0].length == 0 || maps[0][0].length == 0) {
            throw new IllegalArgumentException("Image grid: the feature maps are empty; expected"
                    + " [height][width][channels], e.g. [26][26][32]");
        }
        int h = maps.length, w = maps[0].length, c = maps[0][0].length;
        List<float[][]> tiles = new ArrayList<>(c);
        for (int k = 0; k < c; k++) {
            tiles.add(new float[h][w]);
        }
        for (int r = 0; r < h; r++) {
            if (maps[r].length != w) {
                throw ragged("maps", r, w, maps[r].length);
            }
            for (int col = 0; col < w; col++) {
                if (maps[r][col].length != c) {
                    throw ragged("maps[" + r + "]", col, c, maps[r][col].length);
                }
                for (int k = 0; k < c; k++) {
                    tiles.get(k)[r][col] = maps[r][col][k];
                }
            }
        }
        return new ImageGrid(Kind.MAPS, checkFinite(tiles));
    }

    /** True labels, shown under each digit. */
    public ImageGrid labels(int[] trueLabels) {
        this.labels = checkLength("labels", trueLabels);
        return this;
    }

    /** Predicted labels: shown under each digit, mistakes framed and captioned in red. */
    public ImageGrid predicted(int[] predictedLabels) {
        this.predicted = checkLength("predicted", predictedLabels);
        return this;
    }

    /** Names for labels 0, 1, ... in the captions (default: the numbers). */
    public ImageGrid classNames(String... names) {
        this.classNames = names.clone();
        return this;
    }

    /** Tiles per row (default: about 880 pixels wide). */
    public ImageGrid columns(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, was " + columns);
        }
        this.columns = columns;
        return this;
    }

    /** Shows at most {@code n} tiles (the first ones, after {@link #mistakesOnly()}). */
    public ImageGrid limit(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + n);
        }
        this.limit = n;
        return this;
    }

    /** Shows only digits whose prediction differs from the label (needs both). */
    public ImageGrid mistakesOnly() {
        this.mistakesOnly = true;
        return this;
    }

    /** Pixels per image pixel (default: chosen to fill about 880 pixels). */
    public ImageGrid scale(int pixels) {
        if (pixels < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + pixels);
        }
        this.scale = pixels;
        return this;
    }

    /** For filters of a layer with several input channels: show this channel instead of the mean. */
    public ImageGrid inputChannel(int channel) {
        if (kind != Kind.FILTERS) {
            throw new IllegalStateException("inputChannel(...) applies to filters only");
        }
        int in = kernel[0][0].length;
        if (channel < 0 || channel >= in) {
            throw new IllegalArgumentException("inputChannel " + channel + " is out of range: the kernel has "
                    + in + " input channels (0.." + (in - 1) + ")");
        }
        this.inputChannel = channel;
        return this;
    }

    /**
     * Draws the grid.
     *
     * @throws IllegalStateException if mistakes only were asked for without labels and predictions,
     *                               or there are none to show
     */
    public ImageFigure figure(String title) {
        List<float[][]> source = kind == Kind.FILTERS ? filterTiles() : tiles;
        List<Integer> shown = new ArrayList<>();
        if (mistakesOnly && (labels == null || predicted == null)) {
            throw new IllegalStateException("mistakesOnly() needs labels(...) and predicted(...) to find the mistakes");
        }
        for (int i = 0; i < source.size() && shown.size() < limit; i++) {
            if (!mistakesOnly || labels[i] != predicted[i]) {
                shown.add(i);
            }
        }
        if (shown.isEmpty()) {
            throw new IllegalStateException("Image grid '" + title + "': no mistakes to show, every prediction is right");
        }
        int h = source.get(0).length, w = source.get(0)[0].length;
        int cols = columns > 0 ? columns : defaultColumns(shown.size());
        cols = Math.min(cols, shown.size());
        int px = scale > 0 ? scale : (int) Math.max(1, Math.min(24, Math.round((double) TARGET_WIDTH / cols / Math.max(w, h))));
        int tileW = w * px, tileH = h * px;
        List<String> texts = new ArrayList<>();
        List<Boolean> wrong = new ArrayList<>();
        for (int index : shown) {
            texts.add(Figures.text(caption(index)));
            wrong.add(labels != null && predicted != null && labels[index] != predicted[index]);
        }
        boolean captions = texts.stream().anyMatch(t -> !t.isEmpty());
        int captionFont = Math.max(12, Math.min(15, tileW / 5));
        int captionH = captions ? captionFont + 8 : 0;
        int captionW = widest(texts, Fonts.font(Font.PLAIN, captionFont));
        int cellW = Math.max(tileW, captionW + 4) + GAP;
        int cellH = tileH + captionH + GAP;
        int rows = (shown.size() + cols - 1) / cols;
        String shownTitle = Figures.text(title);
        int top = shownTitle == null || shownTitle.isBlank() ? MARGIN : TITLE_HEIGHT;
        List<String> key = kind == Kind.MAPS ? mapKey(shown) : List.of();
        Font keyFont = Fonts.font(Font.PLAIN, 13);
        int keyBar = 18, keyLine = 19;
        int keyWidth = key.isEmpty() ? 0 : KEY_BAR_WIDTH + 10 + widest(key, keyFont);
        int titleWidth = shownTitle == null ? 0 : widest(List.of(shownTitle), Fonts.font(Font.BOLD, 18));
        int width = Math.max(Math.max(2 * MARGIN + cols * cellW, 320), 2 * MARGIN + Math.max(keyWidth, titleWidth));
        int left = (width - cols * cellW) / 2; // the tiles centred when the title or key is wider
        int keyTop = top + rows * cellH + 4;
        int height = keyTop + (key.isEmpty() ? 0 : keyBar + (key.size() - 1) * keyLine + 8) + MARGIN;

        float[] range = kind == Kind.DIGITS ? range(source, shown) : null;
        List<BufferedImage> images = new ArrayList<>();
        List<Rectangle> areas = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            float[][] tile = source.get(shown.get(k));
            images.add(upscale(colour(tile, range), px));
            areas.add(new Rectangle(left + GAP / 2 + (k % cols) * cellW + (cellW - GAP - tileW) / 2,
                    top + (k / cols) * cellH, tileW, tileH));
        }
        return new ImageFigure(shownTitle, width, height, g -> {
            if (top == TITLE_HEIGHT) {
                ChartGrid.drawTitle(g, shownTitle, width, TITLE_HEIGHT);
            }
            g.setFont(Fonts.font(Font.PLAIN, captionFont));
            FontMetrics m = g.getFontMetrics();
            for (int k = 0; k < images.size(); k++) {
                Rectangle r = areas.get(k);
                g.drawImage(images.get(k), r.x, r.y, null);
                g.setColor(wrong.get(k) ? Figures.WRONG : FRAME);
                g.setStroke(new BasicStroke(wrong.get(k) ? 3f : 1f));
                g.drawRect(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
                String text = texts.get(k);
                if (!text.isEmpty()) {
                    g.setColor(wrong.get(k) ? Figures.WRONG : Color.DARK_GRAY);
                    g.drawString(text, r.x + (r.width - m.stringWidth(text)) / 2, r.y + r.height + 4 + m.getAscent());
                }
            }
            if (!key.isEmpty()) {
                for (int x = 0; x < KEY_BAR_WIDTH; x++) {
                    g.setColor(viridis((float) x / (KEY_BAR_WIDTH - 1)));
                    g.fillRect(MARGIN + x, keyTop, 1, keyBar - 4);
                }
                g.setColor(FRAME);
                g.setStroke(new BasicStroke(1f));
                g.drawRect(MARGIN, keyTop, KEY_BAR_WIDTH, keyBar - 4);
                g.setFont(keyFont);
                g.setColor(Color.DARK_GRAY);
                FontMetrics km = g.getFontMetrics();
                for (int i = 0; i < key.size(); i++) {
                    g.drawString(key.get(i), MARGIN + KEY_BAR_WIDTH + 10, keyTop + km.getAscent() - 1 + i * keyLine);
                }
            }
        }, areas);
    }

    private static int widest(List<String> texts, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            FontMetrics m = g.getFontMetrics(font);
            return texts.stream().mapToInt(m::stringWidth).max().orElse(0);
        } finally {
            g.dispose();
        }
    }

    private int defaultColumns(int n) {
        if (kind == Kind.DIGITS) {
            return Math.min(10, n);
        }
        return Math.min(8, n);
    }

    private String caption(int i) {
        switch (kind) {
            case FILTERS:
                return "filter " + i;
            case MAPS:
                return mapCaption(i);
            default:
                if (labels != null && predicted != null) {
                    return name(labels[i]) + (labels[i] == predicted[i] ? " ✓" : " → " + name(predicted[i]));
                }
                if (labels != null) {
                    return name(labels[i]);
                }
                return predicted != null ? "pred " + name(predicted[i]) : "";
        }
    }

    /** "max 2.1", or "all 0" for a map that is one value everywhere (short: the grid stays slide-wide). */
    String mapCaption(int i) {
        float[] range = range(tiles, List.of(i));
        if (range[0] == range[1]) {
            return "all " + number(range[0]);
        }
        return "max " + number(range[1]);
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

    /** The key under a grid of feature maps: the colour scale and, when needed, what an all-0 map means. */
    private List<String> mapKey(List<Integer> shown) {
        List<String> lines = new ArrayList<>();
        lines.add("each map on its own scale: lowest value (0 after ReLU) → largest (under the map)");
        for (int i : shown) {
            float[] range = range(tiles, List.of(i));
            if (range[0] == range[1] && range[0] == 0) {
                lines.add("all 0: the filter found nothing it responds to in this input (ReLU turned every value to 0)");
                break;
            }
        }
        return lines;
    }

    private String name(int label) {
        return classNames != null && label >= 0 && label < classNames.length ? classNames[label] : String.valueOf(label);
    }

    private List<float[][]> filterTiles() {
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
        return checkFinite(result);
    }

    private BufferedImage colour(float[][] tile, float[] digitRange) {
        int h = tile.length, w = tile[0].length;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY, absMax = 0;
        for (float[] row : tile) {
            for (float v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                absMax = Math.max(absMax, Math.abs(v));
            }
        }
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float v = tile[r][c];
                Color colour;
                if (kind == Kind.DIGITS) {
                    float t = digitRange[1] > digitRange[0] ? (v - digitRange[0]) / (digitRange[1] - digitRange[0]) : 0;
                    int grey = Math.round(255 * (1 - t));
                    colour = new Color(grey, grey, grey);
                } else if (kind == Kind.FILTERS) {
                    colour = diverging(absMax == 0 ? 0 : v / absMax);
                } else {
                    colour = viridis(hi > lo ? (v - lo) / (hi - lo) : 0);
                }
                image.setRGB(c, r, colour.getRGB());
            }
        }
        return image;
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

    private static BufferedImage upscale(BufferedImage small, int px) {
        // pixel blocks drawn here, not by interpolation, so PNG and SVG both stay crisp
        BufferedImage big = new BufferedImage(small.getWidth() * px, small.getHeight() * px, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < big.getHeight(); y++) {
            for (int x = 0; x < big.getWidth(); x++) {
                big.setRGB(x, y, small.getRGB(x / px, y / px));
            }
        }
        return big;
    }

    private static float[] range(List<float[][]> tiles, List<Integer> shown) {
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        for (int i : shown) {
            for (float[] row : tiles.get(i)) {
                for (float v : row) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new float[] {lo, hi};
    }

    private int[] checkLength(String what, int[] values) {
        Objects.requireNonNull(values, what);
        if (kind != Kind.DIGITS) {
            throw new IllegalStateException(what + "(...) applies to digits only");
        }
        if (values.length != tiles.size()) {
            throw new IllegalArgumentException("Image grid: " + what + " has " + values.length + " values but there are "
                    + tiles.size() + " images; give one per image");
        }
        return values.clone();
    }

    private static float[][] rectangular(float[][] image, String what, int h, int w) {
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

    private static IllegalArgumentException ragged(String what, int index, int expected, int actual) {
        return new IllegalArgumentException("Image grid: " + what + "[" + index + "] has length " + actual
                + ", expected " + expected + "; the array must be rectangular");
    }

    private static List<float[][]> checkFinite(List<float[][]> tiles) {
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
