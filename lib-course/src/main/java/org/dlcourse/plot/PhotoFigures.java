package org.dlcourse.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.dlcourse.data.RgbImage;

/**
 * Figures of colour photographs: a picture next to its red, green and blue channels, and grey
 * maps computed from it (brightness, a filter's output), side by side at the same size.
 *
 * <pre>{@code
 * RgbImage cat = Photos.read("chelsea.png");
 * PhotoFigures.channels(cat)                                    // colour, R, G, B
 * PhotoFigures.maps("What the filter sees", cat, List.of("brightness", "edges"), grey, edges)
 * }</pre>
 */
public final class PhotoFigures {
    private static final int MARGIN = 12, GAP = 10, TITLE_HEIGHT = 40, CAPTION = 24, WIDTH = 1200;

    private PhotoFigures() {
    }

    /**
     * The photograph in colour, then each channel as a grey image (black 0, white 1): where a
     * channel is bright, the picture holds much of that colour.
     */
    public static ImageFigure channels(RgbImage photo) {
        Objects.requireNonNull(photo, "photo");
        List<BufferedImage> panels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        panels.add(photo.toBufferedImage());
        captions.add("colour (" + photo.width() + " x " + photo.height() + ")");
        for (int ch = 0; ch < 3; ch++) {
            panels.add(grey(photo.channel(ch), 0, 1));
            captions.add(RgbImage.CHANNELS[ch] + " channel (" + "RGB".charAt(ch) + ")");
        }
        return figure(photo.name() + ": three channels, red, green, blue", panels, captions);
    }

    /**
     * The photograph (if not null) followed by grey maps of the same size, each stretched from its
     * own low values (black) to its high values (white): the 0.5th to the 99.5th percentile, so a
     * few extreme pixels do not leave the rest of the map dark.
     *
     * @throws IllegalArgumentException if the captions do not match the maps, or a map is empty
     */
    public static ImageFigure maps(String title, RgbImage photo, List<String> captions, double[][]... maps) {
        Objects.requireNonNull(captions, "captions");
        if (captions.size() != maps.length || maps.length == 0) {
            throw new IllegalArgumentException("Photo maps '" + title + "': " + maps.length + " maps but "
                    + captions.size() + " captions; give one caption per map, at least one map");
        }
        List<BufferedImage> panels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (photo != null) {
            panels.add(photo.toBufferedImage());
            texts.add("colour");
        }
        for (int i = 0; i < maps.length; i++) {
            double[][] map = maps[i];
            if (map == null || map.length == 0 || map[0].length == 0) {
                throw new IllegalArgumentException("Photo maps '" + title + "': map " + i + " is empty");
            }
            double[] sorted = Arrays.stream(map).flatMapToDouble(Arrays::stream).sorted().toArray();
            // a few extreme pixels (a strong edge, a highlight) would leave the rest black: stretch
            // from the 0.5th to the 99.5th percentile and clip the extremes
            double min = sorted[(int) Math.floor(0.005 * (sorted.length - 1))];
            double max = sorted[(int) Math.ceil(0.995 * (sorted.length - 1))];
            panels.add(grey(map, min, max));
            texts.add(captions.get(i));
        }
        return figure(title, panels, texts);
    }

    private static BufferedImage grey(double[][] map, double min, double max) {
        int h = map.length, w = map[0].length;
        double span = max > min ? max - min : 1;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int v = (int) Math.round(Math.max(0, Math.min(1, (map[r][c] - min) / span)) * 255);
                image.setRGB(c, r, (v << 16) | (v << 8) | v);
            }
        }
        return image;
    }

    private static ImageFigure figure(String title, List<BufferedImage> panels, List<String> captions) {
        int n = panels.size();
        int maxW = panels.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int maxH = panels.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        int cellW = Math.min(maxW, (WIDTH - 2 * MARGIN - (n - 1) * GAP) / n);
        double scale = (double) cellW / maxW;
        int cellH = (int) Math.round(maxH * scale);
        int width = 2 * MARGIN + n * cellW + (n - 1) * GAP;
        int height = TITLE_HEIGHT + cellH + CAPTION + MARGIN;
        String shownTitle = Figures.text(title);
        List<Rectangle> areas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage p = panels.get(i);
            areas.add(new Rectangle(MARGIN + i * (cellW + GAP), TITLE_HEIGHT,
                    (int) Math.round(p.getWidth() * scale), (int) Math.round(p.getHeight() * scale)));
        }
        return new ImageFigure(shownTitle, width, height, g -> {
            ChartGrid.drawTitle(g, shownTitle, width, TITLE_HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setFont(Fonts.font(Font.PLAIN, 14));
            FontMetrics m = g.getFontMetrics();
            for (int i = 0; i < n; i++) {
                Rectangle r = areas.get(i);
                g.drawImage(panels.get(i), r.x, r.y, r.width, r.height, null);
                g.setColor(Color.DARK_GRAY);
                String text = Figures.text(captions.get(i));
                g.drawString(text, r.x + (cellW - m.stringWidth(text)) / 2, TITLE_HEIGHT + cellH + 6 + m.getAscent());
            }
        }, areas);
    }
}
