package org.dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * Teaching diagrams for recurrent networks (chapters 06-07), drawn as {@link ImageFigure}s:
 * <ul>
 *   <li>{@link #unrolled(String, String...)}: a recurrent layer unrolled over the words of a
 *       sentence, the hidden state h passed from step to step;</li>
 *   <li>{@link #lstmCell(String)}: an LSTM cell with its forget, input and output gates, the
 *       candidate and the cell state running along the top.</li>
 * </ul>
 * <pre>{@code
 * RecurrentFigures.unrolled("One RNN cell, unrolled over time", "오늘", "주가가", "얼마야?")
 * RecurrentFigures.lstmCell("Inside an LSTM cell")
 * }</pre>
 */
public final class RecurrentFigures {
    /** Most words {@link #unrolled} draws side by side (more would not fit at slide size). */
    public static final int MAX_STEPS = 8;

    private static final Color CELL = new Color(0xE8F1FA);
    private static final Color STATE = Figures.PALETTE[0];
    private static final Color INPUT = Figures.PALETTE[1];
    private static final Color GATE = new Color(0xFCE9D2);
    private static final Color OUTPUT = Figures.PALETTE[2];

    private RecurrentFigures() {
    }

    /**
     * One recurrent cell unrolled over {@code words}: each step reads its word x_t and the
     * previous hidden state h_(t-1) and passes h_t on; the last h is the sentence's summary.
     *
     * @throws IllegalArgumentException if there are no words, more than {@value #MAX_STEPS},
     *                                  or a word is null or blank
     */
    public static ImageFigure unrolled(String title, String... words) {
        if (words == null || words.length == 0 || words.length > MAX_STEPS) {
            throw new IllegalArgumentException("Unrolled RNN needs 1 to " + MAX_STEPS + " words, got "
                    + (words == null ? 0 : words.length) + ": pass the words of a short sentence");
        }
        for (int t = 0; t < words.length; t++) {
            if (words[t] == null || words[t].isBlank()) {
                throw new IllegalArgumentException("Word " + t + " of the unrolled RNN is blank: give every step a word");
            }
        }
        int width = Figures.WIDTH, height = Figures.HEIGHT;
        int n = words.length;
        int margin = 40, gap = 36;
        int box = Math.min(110, (width - 2 * margin - (n + 1) * gap) / n);
        int top = 170;
        List<Rectangle> cells = new ArrayList<>();
        int x0 = (width - n * box - (n - 1) * gap) / 2; // centred
        for (int t = 0; t < n; t++) {
            cells.add(new Rectangle(x0 + t * (box + gap), top, box, 90));
        }
        String[] shown = new String[n];
        for (int t = 0; t < n; t++) {
            shown[t] = Fonts.text(words[t]);
        }
        String shownTitle = Figures.text(title);
        return new ImageFigure(title, width, height, g -> {
            drawTitle(g, shownTitle, width);
            g.setStroke(new BasicStroke(2.5f));
            // h_0 = 0 enters the first cell
            Rectangle first = cells.get(0);
            g.setFont(Fonts.font(Font.PLAIN, 15));
            g.setColor(STATE);
            arrow(g, first.x - gap + 4, first.y + first.height / 2, first.x, first.y + first.height / 2);
            g.drawString("h0=0", first.x - gap - 6, first.y + first.height / 2 - 10);
            for (int t = 0; t < n; t++) {
                Rectangle c = cells.get(t);
                box(g, c, CELL, STATE);
                g.setColor(Color.BLACK);
                g.setFont(Fonts.font(Font.BOLD, 18));
                centred(g, "RNN", c.x + c.width / 2, c.y + c.height / 2 - 4);
                g.setFont(Fonts.font(Font.PLAIN, 12));
                centred(g, "tanh(xW+hU+b)", c.x + c.width / 2, c.y + c.height / 2 + 18);
                // the word below, the state above
                int cx = c.x + c.width / 2;
                g.setColor(INPUT);
                arrow(g, cx, c.y + c.height + 60, cx, c.y + c.height);
                g.setFont(Fonts.font(Font.BOLD, 17));
                centred(g, shown[t], cx, c.y + c.height + 86);
                g.setFont(Fonts.font(Font.PLAIN, 14));
                centred(g, "x" + (t + 1), cx, c.y + c.height + 108);
                g.setColor(STATE);
                arrow(g, cx, c.y, cx, c.y - 50);
                g.setFont(Fonts.font(Font.PLAIN, 15));
                centred(g, "h" + (t + 1), cx, c.y - 58);
                if (t + 1 < n) {
                    Rectangle next = cells.get(t + 1);
                    arrow(g, c.x + c.width, c.y + c.height / 2, next.x, next.y + next.height / 2);
                }
            }
            Rectangle last = cells.get(n - 1);
            g.setColor(OUTPUT);
            g.setFont(Fonts.font(Font.PLAIN, 15));
            centred(g, "last h: the whole sentence", Math.min(width - 120, last.x + last.width / 2), last.y - 84);
            g.setColor(Color.DARK_GRAY);
            g.setFont(Fonts.font(Font.ITALIC, 15));
            centred(g, "the same weights W, U, b at every step (time →)", width / 2, height - 24);
        }, cells);
    }

    /**
     * An LSTM cell: the cell state c runs along the top, changed only by the forget gate (×f)
     * and by adding the gated candidate (+ i·g); the output gate o decides how much of tanh(c)
     * becomes the hidden state h.
     *
     * @throws IllegalArgumentException if the title is null or blank
     */
    public static ImageFigure lstmCell(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("LSTM cell figure needs a title: pass e.g. \"Inside an LSTM cell\"");
        }
        int width = Figures.WIDTH, height = Figures.HEIGHT;
        Rectangle cell = new Rectangle(120, 80, 480, 300);
        int stateY = 125, gateY = 270, inY = 350;
        int fX = 200, iX = 290, gX = 370, oX = 470;
        int gw = 56, gh = 40;
        String shownTitle = Figures.text(title);
        List<Rectangle> areas = List.of(cell);
        return new ImageFigure(title, width, height, g -> {
            drawTitle(g, shownTitle, width);
            g.setStroke(new BasicStroke(2f));
            box(g, cell, CELL, Color.GRAY);
            // inputs: h_(t-1) and x_t join along the bottom, feeding every gate
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(INPUT);
            g.drawLine(60, inY, oX, inY);
            g.setFont(Fonts.font(Font.PLAIN, 15));
            g.drawString("h(t-1)", 20, inY - 8);
            arrow(g, 320, height - 40, 320, inY);
            centred(g, "x(t)", 320, height - 22);
            for (int x : new int[] {fX, iX, gX, oX}) {
                arrow(g, x, inY, x, gateY + gh / 2);
            }
            // the cell state line: c(t-1) -> ×f -> +i·g -> c(t)
            g.setStroke(new BasicStroke(4f));
            g.setColor(STATE);
            g.drawLine(60, stateY, fX - 14, stateY);
            g.drawLine(fX + 14, stateY, gX - 14, stateY);
            arrow(g, gX + 14, stateY, width - 40, stateY);
            g.setFont(Fonts.font(Font.BOLD, 15));
            g.drawString("c(t-1)", 20, stateY - 10);
            g.drawString("c(t)", width - 80, stateY - 10);
            g.setFont(Fonts.font(Font.PLAIN, 14));
            g.drawString("cell state: the long-term memory", 240, stateY - 14);
            g.setStroke(new BasicStroke(2.5f));
            op(g, fX, stateY, "×");
            op(g, gX, stateY, "+");
            // gates
            gate(g, fX, gateY, gw, gh, "σ", "forget f");
            gate(g, iX, gateY, gw, gh, "σ", "input i");
            gate(g, gX, gateY, gw, gh, "tanh", "candidate g");
            gate(g, oX, gateY, gw, gh, "σ", "output o");
            g.setColor(Color.BLACK);
            arrow(g, fX, gateY - gh / 2, fX, stateY + 14);
            // i and g meet at a product, which is added to the state
            op(g, (iX + gX) / 2, 200, "×");
            g.drawLine(iX, gateY - gh / 2, (iX + gX) / 2 - 10, 210);
            g.drawLine(gX, gateY - gh / 2, (iX + gX) / 2 + 10, 210);
            arrow(g, (iX + gX) / 2 + 10, 190, gX - 8, stateY + 12);
            // output: o × tanh(c) -> h(t)
            int tx = 540;
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(STATE);
            arrow(g, tx, stateY, tx, 180);
            gate(g, tx, 195, 50, 30, "tanh", null);
            g.setColor(Color.BLACK);
            op(g, tx, 245, "×");
            g.drawLine(tx, 210, tx, 231);
            arrow(g, oX + gw / 2, gateY, tx - 12, 250);
            g.setColor(OUTPUT);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(tx + 14, 245, width - 60, 245);
            arrow(g, width - 60, 245, width - 60, inY + 60);
            g.setFont(Fonts.font(Font.BOLD, 15));
            g.drawString("h(t)", width - 100, inY + 80);
            g.setColor(Color.DARK_GRAY);
            g.setFont(Fonts.font(Font.ITALIC, 13));
            g.drawString("c(t) = f·c(t-1) + i·g      h(t) = o·tanh(c(t))", 150, cell.y + cell.height - 8);
        }, areas);
    }

    private static void drawTitle(Graphics2D g, String title, int width) {
        g.setColor(Color.BLACK);
        g.setFont(Fonts.font(Font.BOLD, 20));
        centred(g, title, width / 2, 36);
    }

    private static void box(Graphics2D g, Rectangle r, Color fill, Color line) {
        g.setColor(fill);
        g.fillRoundRect(r.x, r.y, r.width, r.height, 18, 18);
        g.setColor(line);
        g.drawRoundRect(r.x, r.y, r.width, r.height, 18, 18);
    }

    private static void gate(Graphics2D g, int cx, int cy, int w, int h, String fn, String label) {
        Rectangle r = new Rectangle(cx - w / 2, cy - h / 2, w, h);
        g.setStroke(new BasicStroke(2f));
        g.setColor(GATE);
        g.fillRect(r.x, r.y, r.width, r.height);
        g.setColor(Figures.PALETTE[0].darker());
        g.drawRect(r.x, r.y, r.width, r.height);
        g.setColor(Color.BLACK);
        g.setFont(Fonts.font(Font.BOLD, 15));
        centred(g, fn, cx, cy + 5);
        if (label != null) {
            g.setFont(Fonts.font(Font.PLAIN, 13));
            g.setColor(Color.DARK_GRAY);
            centred(g, label, cx, cy + h / 2 + 16);
        }
    }

    private static void op(Graphics2D g, int cx, int cy, String symbol) {
        Color c = g.getColor();
        g.setColor(Color.WHITE);
        g.fillOval(cx - 12, cy - 12, 24, 24);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.drawOval(cx - 12, cy - 12, 24, 24);
        g.setFont(Fonts.font(Font.BOLD, 16));
        centred(g, symbol, cx, cy + 6);
        g.setColor(c);
    }

    private static void centred(Graphics2D g, String text, int cx, int baseline) {
        Strokes.centred(g, text, cx, baseline);
    }

    private static void arrow(Graphics2D g, int x1, int y1, int x2, int y2) {
        Strokes.arrow(g, x1, y1, x2, y2, 10);
    }
}
