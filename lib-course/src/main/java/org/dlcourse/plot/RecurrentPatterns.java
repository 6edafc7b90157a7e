package org.dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * The four input/output patterns of a recurrent network in one {@link ImageFigure} (chapter 06):
 * one-to-one, one-to-many, many-to-one and many-to-many, each drawn as a row of RNN cells
 * ("RNN") unrolled over time with its inputs (x) below and its outputs (y) above, and captioned
 * with an example task. The one-to-one panel's single cell is labelled "net": with one step there is
 * no recurrence. Deck 004 names three of them with examples (many-to-one: the intent of a sentence;
 * one-to-many: a caption for a photo; many-to-many: translating a sentence); one-to-one is a
 * plain feed-forward network, the starting point of Karpathy's "The Unreasonable Effectiveness of
 * Recurrent Neural Networks" (2015), which draws all four.
 *
 * <pre>{@code
 * RecurrentPatterns.figure("What goes in and what comes out",
 *     "an image -> its class", "a photo -> a caption", "a sentence -> its intent",
 *     "a sentence -> its translation")
 * }</pre>
 *
 * <p>The many-to-many panel reads its whole input before it starts writing (as a translation
 * does: the first output word may depend on the last input word).
 */
public final class RecurrentPatterns {
    /** The patterns in the order the figure draws them (left to right, top to bottom). */
    public static final List<String> NAMES = List.of("one-to-one", "one-to-many", "many-to-one", "many-to-many");

    // For each pattern: which time steps get an input and which give an output.
    private static final boolean[][] INPUTS = {
        {true}, {true, false, false}, {true, true, true}, {true, true, true, false, false}};
    private static final boolean[][] OUTPUTS = {
        {true}, {true, true, true}, {false, false, true}, {false, false, true, true, true}};

    private static final Color CELL = new Color(0xE8F1FA);
    private static final Color STATE = Figures.PALETTE[0];
    private static final Color INPUT = Figures.PALETTE[1];
    private static final Color OUTPUT = Figures.PALETTE[2];
    private static final int BOX = 40, GAP = 22, PANEL_W = 336, PANEL_H = 196;

    private RecurrentPatterns() {
    }

    /**
     * The four patterns, each captioned with its example (one or two lines, split at
     * {@code "\n"}); the data areas are the four panels.
     *
     * @throws IllegalArgumentException if the title or an example is null or blank
     */
    public static ImageFigure figure(String title, String oneToOne, String oneToMany, String manyToOne,
                                     String manyToMany) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The patterns figure needs a title: pass e.g. \"RNN input/output patterns\"");
        }
        String[] examples = {oneToOne, oneToMany, manyToOne, manyToMany};
        for (int p = 0; p < examples.length; p++) {
            if (examples[p] == null || examples[p].isBlank()) {
                throw new IllegalArgumentException("The " + NAMES.get(p) + " panel needs an example task, e.g. \""
                        + "a sentence -> its intent\"");
            }
        }
        int width = Figures.WIDTH, height = Figures.HEIGHT;
        List<Rectangle> panels = new ArrayList<>();
        int left = (width - 2 * PANEL_W) / 3;
        for (int p = 0; p < 4; p++) {
            int col = p % 2, row = p / 2;
            panels.add(new Rectangle(left + col * (PANEL_W + left), 58 + row * (PANEL_H + 10), PANEL_W, PANEL_H));
        }
        String shownTitle = Figures.text(title);
        String[][] captions = new String[4][];
        for (int p = 0; p < 4; p++) {
            captions[p] = examples[p].split("\n", 2);
            for (int l = 0; l < captions[p].length; l++) {
                captions[p][l] = Fonts.text(captions[p][l].strip());
            }
        }
        return new ImageFigure(title, width, height, g -> {
            g.setColor(Color.BLACK);
            g.setFont(Fonts.font(Font.BOLD, 20));
            centred(g, shownTitle, width / 2, 36);
            for (int p = 0; p < 4; p++) {
                drawPanel(g, panels.get(p), NAMES.get(p), INPUTS[p], OUTPUTS[p], captions[p]);
            }
        }, panels);
    }

    private static void drawPanel(Graphics2D g, Rectangle r, String name, boolean[] in, boolean[] out,
                                  String[] caption) {
        g.setColor(new Color(0xF7F7F7));
        g.fillRoundRect(r.x, r.y, r.width, r.height, 14, 14);
        g.setColor(Color.LIGHT_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(r.x, r.y, r.width, r.height, 14, 14);
        int cx = r.x + r.width / 2;
        g.setColor(Color.BLACK);
        g.setFont(Fonts.font(Font.BOLD, 16));
        centred(g, name, cx, r.y + 22);
        int n = in.length;
        int x0 = cx - (n * BOX + (n - 1) * GAP) / 2;
        int outY = r.y + 34, cellY = r.y + 80, inY = r.y + 126;
        g.setStroke(new BasicStroke(2f));
        for (int t = 0; t < n; t++) {
            int x = x0 + t * (BOX + GAP);
            int mid = x + BOX / 2;
            fill(g, new Rectangle(x, cellY, BOX, 28), CELL, STATE);
            label(g, n == 1 ? "net" : "RNN", mid, cellY + 19);   // one step: no recurrence
            if (t + 1 < n) {
                g.setColor(STATE);
                arrow(g, x + BOX, cellY + 14, x + BOX + GAP, cellY + 14);
            }
            if (in[t]) {
                fill(g, new Rectangle(x + 6, inY, BOX - 12, 22), INPUT.brighter(), INPUT);
                label(g, "x", mid, inY + 16);
                g.setColor(INPUT);
                arrow(g, mid, inY, mid, cellY + 28);
            }
            if (out[t]) {
                fill(g, new Rectangle(x + 6, outY, BOX - 12, 22), OUTPUT.brighter(), OUTPUT);
                label(g, "y", mid, outY + 16);
                g.setColor(OUTPUT);
                arrow(g, mid, cellY, mid, outY + 22);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(Fonts.font(Font.PLAIN, 14));
        for (int l = 0; l < caption.length; l++) {
            centred(g, caption[l], cx, r.y + 170 + 18 * l);
        }
    }

    private static void fill(Graphics2D g, Rectangle r, Color fill, Color line) {
        g.setColor(fill);
        g.fillRoundRect(r.x, r.y, r.width, r.height, 8, 8);
        g.setColor(line);
        g.drawRoundRect(r.x, r.y, r.width, r.height, 8, 8);
    }

    private static void label(Graphics2D g, String text, int cx, int baseline) {
        g.setColor(Color.BLACK);
        g.setFont(Fonts.font(Font.PLAIN, 12));
        centred(g, text, cx, baseline);
    }

    private static void centred(Graphics2D g, String text, int cx, int baseline) {
        Strokes.centred(g, text, cx, baseline);
    }

    private static void arrow(Graphics2D g, int x1, int y1, int x2, int y2) {
        Strokes.arrow(g, x1, y1, x2, y2, 8);
    }
}
