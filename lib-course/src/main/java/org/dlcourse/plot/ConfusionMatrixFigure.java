package org.dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ConfusionMatrixPlot}: the layout is measured from the class names, the title
 * and the notes, so every label fits inside the figure (no cut column or title).
 */
final class ConfusionMatrixFigure {
    static final int MARGIN = Figures.PADDING + 4;
    private static final Color CORRECT = Figures.PALETTE[0];
    private static final Color MISTAKE = Figures.WRONG;
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Font TITLE = Fonts.font(Font.BOLD, 18);
    private static final Font AXIS_TITLE = Fonts.font(Font.PLAIN, 15);
    private static final Font LABEL = Fonts.font(Font.PLAIN, 13);
    private static final Font NOTE = Fonts.font(Font.PLAIN, 13);

    private ConfusionMatrixFigure() {
    }

    /** Pixels per cell: large for a few classes, smaller for many. */
    static int cellSize(int classes) {
        return classes <= 3 ? 80 : classes <= 12 ? 52 : classes <= 24 ? 32 : 22;
    }

    /** The text in a cell: blank for an empty off-diagonal cell, "<1" for a tiny percentage. */
    static String cellText(double value, boolean diagonal, boolean percent) {
        if (value == 0) {
            return diagonal ? "0" : "";
        }
        if (percent && value < 0.5) {
            return "<1";
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** How strongly a cell is coloured, 0 (white) to 1: 0.15 for the smallest non-zero value. */
    static double shade(double value, double max) {
        return value <= 0 || max <= 0 ? 0 : 0.15 + 0.85 * Math.min(1, value / max);
    }

    static Color mix(Color to, double t) {
        return new Color((int) Math.round(255 + t * (to.getRed() - 255)), (int) Math.round(255 + t * (to.getGreen() - 255)),
                (int) Math.round(255 + t * (to.getBlue() - 255)));
    }

    static ImageFigure draw(String title, double[][] values, String[] names, boolean percent, List<String> notes) {
        int n = names.length;
        double maxCorrect = 0, maxMistake = 0;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                if (t == p) {
                    maxCorrect = Math.max(maxCorrect, values[t][p]);
                } else {
                    maxMistake = Math.max(maxMistake, values[t][p]);
                }
            }
        }
        int cell = cellSize(n);
        Font valueFont = Fonts.font(Font.PLAIN, cell >= 52 ? 15 : cell >= 32 ? 12 : 9);
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics label = scratch.getFontMetrics(LABEL);
        FontMetrics axis = scratch.getFontMetrics(AXIS_TITLE);
        int labelW = 0;
        for (String name : names) {
            labelW = Math.max(labelW, label.stringWidth(name));
        }
        boolean upright = labelW > cell - 6;
        int colLabelH = upright ? labelW + 8 : label.getHeight() + 4;
        int titleW = scratch.getFontMetrics(TITLE).stringWidth(title);
        int notesW = 0;
        for (String note : notes) {
            notesW = Math.max(notesW, scratch.getFontMetrics(NOTE).stringWidth(note));
        }
        scratch.dispose();

        int yTitleW = axis.getHeight();
        int blockW = yTitleW + 10 + labelW + 8 + n * cell;
        int width = Math.max(Math.max(480, blockW + 2 * MARGIN), Math.max(titleW, notesW) + 2 * MARGIN);
        int titleH = 30;
        int gridX = (width - blockW) / 2 + yTitleW + 10 + labelW + 8;
        int gridY = MARGIN + titleH + 10;
        int gridSide = n * cell;
        int axisY = gridY + gridSide + 6 + colLabelH + 6 + axis.getAscent();
        int notesY = axisY + 12;
        int height = notesY + notes.size() * 19 + MARGIN;
        Rectangle grid = new Rectangle(gridX, gridY, gridSide, gridSide);
        final double correctMax = maxCorrect, mistakeMax = maxMistake;

        return new ImageFigure(title, width, height, g -> {
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            FontMetrics tm = g.getFontMetrics();
            g.drawString(title, (width - tm.stringWidth(title)) / 2, MARGIN + tm.getAscent());
            for (int t = 0; t < n; t++) {
                for (int p = 0; p < n; p++) {
                    boolean diagonal = t == p;
                    double v = values[t][p];
                    double s = diagonal ? shade(v, correctMax) : shade(v, mistakeMax);
                    int x = gridX + p * cell, y = gridY + t * cell;
                    g.setColor(mix(diagonal ? CORRECT : MISTAKE, s));
                    g.fillRect(x, y, cell, cell);
                    g.setColor(GRID);
                    g.setStroke(new BasicStroke(1f));
                    g.drawRect(x, y, cell, cell);
                    String text = cellText(v, diagonal, percent);
                    if (!text.isEmpty()) {
                        g.setFont(valueFont);
                        FontMetrics vm = g.getFontMetrics();
                        g.setColor(s > 0.6 ? Color.WHITE : Color.BLACK);
                        g.drawString(text, x + (cell - vm.stringWidth(text)) / 2, y + (cell + vm.getAscent()) / 2 - 2);
                    }
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.drawRect(gridX, gridY, gridSide, gridSide);
            g.setFont(LABEL);
            FontMetrics lm = g.getFontMetrics();
            g.setColor(Color.BLACK);
            for (int i = 0; i < n; i++) {
                // row labels right-aligned left of the grid, column labels under it
                g.drawString(names[i], gridX - 8 - lm.stringWidth(names[i]), gridY + i * cell + (cell + lm.getAscent()) / 2 - 2);
                int cx = gridX + i * cell + cell / 2;
                if (upright) {
                    AffineTransform saved = g.getTransform();
                    g.translate(cx + lm.getAscent() / 2 - 1, gridY + gridSide + 6 + lm.stringWidth(names[i]));
                    g.rotate(-Math.PI / 2);
                    g.drawString(names[i], 0, 0);
                    g.setTransform(saved);
                } else {
                    g.drawString(names[i], cx - lm.stringWidth(names[i]) / 2, gridY + gridSide + 6 + lm.getAscent());
                }
            }
            g.setFont(AXIS_TITLE);
            FontMetrics am = g.getFontMetrics();
            g.drawString("predicted", gridX + (gridSide - am.stringWidth("predicted")) / 2, axisY);
            AffineTransform saved = g.getTransform();
            g.translate((width - blockW) / 2 + am.getAscent(), gridY + (gridSide + am.stringWidth("true")) / 2);
            g.rotate(-Math.PI / 2);
            g.drawString("true", 0, 0);
            g.setTransform(saved);
            g.setFont(NOTE);
            g.setColor(Color.DARK_GRAY);
            FontMetrics nm = g.getFontMetrics();
            for (int i = 0; i < notes.size(); i++) {
                g.drawString(notes.get(i), (width - nm.stringWidth(notes.get(i))) / 2, notesY + i * 19 + nm.getAscent());
            }
        }, List.of(grid));
    }
}
