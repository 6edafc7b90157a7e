package org.dlcourse.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/** Small drawing steps the hand-drawn diagrams share: centred text and arrows with a filled head. */
final class Strokes {
    private Strokes() {
    }

    /** Draws {@code text} centred on {@code cx}, its baseline at {@code baseline}, in g's font and colour. */
    static void centred(Graphics2D g, String text, int cx, int baseline) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, cx - m.stringWidth(text) / 2, baseline);
    }

    /** A line from (x1, y1) to (x2, y2) with a filled head {@code head} pixels long at its end. */
    static void arrow(Graphics2D g, int x1, int y1, int x2, int y2, int head) {
        g.drawLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Path2D tip = new Path2D.Double();
        tip.moveTo(x2, y2);
        tip.lineTo(x2 - head * Math.cos(angle - 0.4), y2 - head * Math.sin(angle - 0.4));
        tip.lineTo(x2 - head * Math.cos(angle + 0.4), y2 - head * Math.sin(angle + 0.4));
        tip.closePath();
        g.fill(tip);
    }
}
