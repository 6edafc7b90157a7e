package org.dlcourse.plot;

import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on rendered figures: size, not blank, titled. */
final class Rendered {
    /** A chart shows data when at least this many pixels are clearly coloured (series, bars, cells). */
    static final int MIN_COLOURED_PIXELS = 200;
    /** An image figure shows data when its data areas hold at least this many distinct colours. */
    static final int MIN_DISTINCT_COLOURS = 8;

    private Rendered() {
    }

    /** Renders a chart or image figure. */
    static BufferedImage image(Object figure) {
        if (figure instanceof Chart<?, ?> chart) {
            return Figures.image(chart);
        }
        return ((ImageFigure) figure).toImage();
    }

    /** Pixels whose channels differ by more than 60: colour, not the black/grey of text, axes and grid. */
    static int colouredPixels(BufferedImage image, Rectangle area) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }

    static int distinctColours(BufferedImage image, List<Rectangle> areas) {
        Set<Integer> colours = new HashSet<>();
        for (Rectangle area : areas) {
            for (int y = area.y; y < area.y + area.height; y++) {
                for (int x = area.x; x < area.x + area.width; x++) {
                    colours.add(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
        return colours.size();
    }

    static Rectangle whole(BufferedImage image) {
        return new Rectangle(0, 0, image.getWidth(), image.getHeight());
    }

    /** The chart renders at its size, shows coloured data and has a title, axis title and series. */
    static void assertChartOk(Chart<?, ?> chart) {
        BufferedImage image = Figures.image(chart);
        assertEquals(chart.getWidth(), image.getWidth(), "width");
        assertEquals(chart.getHeight(), image.getHeight(), "height");
        assertTrue(chart.getWidth() >= 600 && chart.getHeight() >= 400, "readable at slide size: "
                + chart.getWidth() + "x" + chart.getHeight());
        assertTitled(chart.getTitle());
        assertFalse(chart.getYAxisTitle() == null || chart.getYAxisTitle().isBlank(), "y axis title");
        assertFalse(chart.getSeriesMap().isEmpty(), "series");
        assertNotBlank(chart, image);
    }

    static void assertNotBlank(Chart<?, ?> chart) {
        assertNotBlank(chart, Figures.image(chart));
    }

    private static void assertNotBlank(Chart<?, ?> chart, BufferedImage image) {
        int coloured = colouredPixels(image, whole(image));
        assertTrue(coloured >= MIN_COLOURED_PIXELS, "chart '" + chart.getTitle() + "' looks blank: only "
                + coloured + " coloured pixels");
    }

    /** The figure renders at its size, has a title and its data areas are not blank. */
    static void assertFigureOk(ImageFigure figure) {
        BufferedImage image = figure.toImage();
        assertEquals(figure.width(), image.getWidth(), "width");
        assertEquals(figure.height(), image.getHeight(), "height");
        assertTitled(figure.title());
        assertNotBlank(figure, image);
    }

    static void assertNotBlank(ImageFigure figure) {
        assertNotBlank(figure, figure.toImage());
    }

    private static void assertNotBlank(ImageFigure figure, BufferedImage image) {
        assertFalse(figure.dataAreas().isEmpty(), "figure has no data areas");
        int colours = distinctColours(image, figure.dataAreas());
        assertTrue(colours >= MIN_DISTINCT_COLOURS, "figure '" + figure.title() + "' looks blank: only "
                + colours + " distinct colours where data is drawn");
    }

    /**
     * Nothing but white within {@code margin} pixels of every edge: a title, label or cell that
     * did not fit would reach the edge (tests/test_figures.py checks the stored figures the same way).
     */
    static void assertMargins(BufferedImage image, int margin) {
        int w = image.getWidth(), h = image.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x >= margin && x < w - margin && y >= margin && y < h - margin) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
                assertTrue(darkest >= 200, "ink at (" + x + ", " + y + ") of a " + w + "x" + h
                        + " figure, within " + margin + " px of its edge: something does not fit");
            }
        }
    }

    static void assertTitled(String title) {
        assertFalse(title == null || title.isBlank(), "title is not set");
    }
}
