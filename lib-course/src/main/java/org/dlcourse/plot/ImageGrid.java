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
    private static final int GAP = 8, MARGIN = Figures.PADDING, TITLE_HEIGHT = 40, TARGET_WIDTH = 880;
    private static final Color FRAME = new Color(0xBBBBBB);
    private static final int KEY_BAR_WIDTH = 120;

    /** What is drawn (digits, filters or feature maps): tiles, captions, colours, key. */
    private final TileSource source;
    private int[] labels;
    private int[] predicted;
    private String[] classNames;
    private int columns;
    private int limit = Integer.MAX_VALUE;
    private boolean mistakesOnly;
    private int scale;

    private ImageGrid(TileSource source) {
        this.source = source;
    }

    /**
     * Digits (or any square grey images), one per row, each with {@code side * side} pixels
     * (784 for MNIST).
     *
     * @throws IllegalArgumentException if there are no images, a row is not square-sized or rows
     *                                  differ in size
     */
    public static ImageGrid digits(float[][] images) {
        return new ImageGrid(DigitTiles.ofRows(images));
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
        return new ImageGrid(DigitTiles.ofImages(images));
    }

    /**
     * The filters of a convolution layer in TensorFlow's layout {@code [height][width][in][out]}:
     * one tile per output filter, showing input channel 0 when there is one input channel and
     * the mean over input channels otherwise (see {@link #inputChannel(int)}).
     *
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public static ImageGrid filters(float[][][][] kernel) {
        return new ImageGrid(new FilterTiles(kernel));
    }

    /**
     * The feature maps of one input in layout {@code [height][width][channels]}: one tile per
     * channel.
     *
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public static ImageGrid featureMaps(float[][][] maps) {
        return new ImageGrid(new MapTiles(maps));
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
        if (!(source instanceof FilterTiles filters)) {
            throw new IllegalStateException("inputChannel(...) applies to filters only");
        }
        filters.inputChannel(channel);
        return this;
    }

    /**
     * Draws the grid.
     *
     * @throws IllegalStateException if mistakes only were asked for without labels and predictions,
     *                               or there are none to show
     */
    public ImageFigure figure(String title) {
        List<float[][]> tiles = source.tiles();
        TileSource.TileLabels tileLabels = new TileSource.TileLabels(labels, predicted, classNames);
        List<Integer> shown = new ArrayList<>();
        if (mistakesOnly && (labels == null || predicted == null)) {
            throw new IllegalStateException("mistakesOnly() needs labels(...) and predicted(...) to find the mistakes");
        }
        for (int i = 0; i < tiles.size() && shown.size() < limit; i++) {
            if (!mistakesOnly || labels[i] != predicted[i]) {
                shown.add(i);
            }
        }
        if (shown.isEmpty()) {
            throw new IllegalStateException("Image grid '" + title + "': no mistakes to show, every prediction is right");
        }
        int h = tiles.get(0).length, w = tiles.get(0)[0].length;
        int cols = columns > 0 ? columns : source.defaultColumns(shown.size());
        cols = Math.min(cols, shown.size());
        int px = scale > 0 ? scale : (int) Math.max(1, Math.min(24, Math.round((double) TARGET_WIDTH / cols / Math.max(w, h))));
        int tileW = w * px, tileH = h * px;
        List<String> texts = new ArrayList<>();
        List<Boolean> wrong = new ArrayList<>();
        for (int index : shown) {
            texts.add(Figures.text(source.caption(index, tileLabels)));
            wrong.add(tileLabels.wrong(index));
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
        List<String> key = source.key(shown);
        Font keyFont = Fonts.font(Font.PLAIN, 13);
        int keyBar = 18, keyLine = 19;
        int keyWidth = key.isEmpty() ? 0 : KEY_BAR_WIDTH + 10 + widest(key, keyFont);
        int titleWidth = shownTitle == null ? 0 : widest(List.of(shownTitle), Fonts.font(Font.BOLD, 18));
        int width = Math.max(Math.max(2 * MARGIN + cols * cellW, 320), 2 * MARGIN + Math.max(keyWidth, titleWidth));
        int left = (width - cols * cellW) / 2; // the tiles centred when the title or key is wider
        int keyTop = top + rows * cellH + 4;
        int height = keyTop + (key.isEmpty() ? 0 : keyBar + (key.size() - 1) * keyLine + 8) + MARGIN;

        List<float[][]> shownTiles = shown.stream().map(tiles::get).toList();
        List<BufferedImage> images = new ArrayList<>();
        List<Rectangle> areas = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            images.add(upscale(source.colour(shownTiles.get(k), shownTiles), px));
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
                    g.setColor(Tiles.viridis((float) x / (KEY_BAR_WIDTH - 1)));
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

    private int[] checkLength(String what, int[] values) {
        Objects.requireNonNull(values, what);
        if (!source.takesLabels()) {
            throw new IllegalStateException(what + "(...) applies to digits only");
        }
        int n = source.tiles().size();
        if (values.length != n) {
            throw new IllegalArgumentException("Image grid: " + what + " has " + values.length + " values but there are "
                    + n + " images; give one per image");
        }
        return values.clone();
    }
}
