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
 * A timeline of events, one line each: a year axis along the bottom and one row per event, its
 * dot (or bar, for a span of years) at its year and its label beside it. Optional eras shade a
 * range of years behind the rows (e.g. a "winter"). Built fluently, drawn as an
 * {@link ImageFigure}:
 *
 * <pre>{@code
 * Timeline.titled("Deep learning: a short history")
 *     .event(1958, "Perceptron (Rosenblatt)")
 *     .event(1969, "XOR: a single layer cannot learn it (Minsky and Papert)")
 *     .era(1969, 1986, "first winter")
 *     .event(2015, 2016, "DQN and AlphaGo")
 *     .figure()
 * }</pre>
 *
 * Events are drawn in the order they were added (add them by year). The axis spans the years
 * from the first event to the last, widened to whole decades. Keep labels short (about 40
 * characters at the default width): a label goes right of its mark, or left where the right
 * has no room.
 */
public final class Timeline {
    /** Most events one figure holds (more rows would not fit at slide size). */
    public static final int MAX_EVENTS = 14;

    private static final int ROW_HEIGHT = 34;
    private static final int TOP = 64;
    private static final int MARGIN = 36;
    private static final int AXIS_GAP = 16;
    private static final int AXIS_LABELS = 44;
    private static final int DOT = 12;
    private static final int LABEL_GAP = 10;
    private static final int EDGE = 8;
    private static final Color ERA = new Color(0xEDEDED);

    /** One event: from {@code from} to {@code to} (equal for a single year). */
    record Event(int from, int to, String label) {
    }

    /** A shaded range of years. */
    record Era(int from, int to, String label) {
    }

    /** Where an event is drawn: its mark and its label box, in pixels. */
    record Placement(Rectangle mark, Rectangle label, boolean labelRight) {
    }

    private final String title;
    private final List<Event> events = new ArrayList<>();
    private final List<Era> eras = new ArrayList<>();
    private int width = Figures.WIDTH;

    private Timeline(String title) {
        this.title = title;
    }

    /**
     * Starts a timeline with a title.
     *
     * @throws IllegalArgumentException if the title is null or blank
     */
    public static Timeline titled(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A timeline needs a title: Timeline.titled(\"A short history\")");
        }
        return new Timeline(title);
    }

    /** Adds an event of one year. */
    public Timeline event(int year, String label) {
        return event(year, year, label);
    }

    /**
     * Adds an event spanning the years {@code from} to {@code to} (drawn as a bar).
     *
     * @throws IllegalArgumentException if the label is blank or holds a line break, if
     *                                  {@code to < from}, or if the timeline is full
     */
    public Timeline event(int from, int to, String label) {
        checkRange("Event '" + label + "'", from, to);
        checkLabel("event", label);
        if (events.size() == MAX_EVENTS) {
            throw new IllegalArgumentException("A timeline holds at most " + MAX_EVENTS
                    + " events (one row each); split it into two figures");
        }
        events.add(new Event(from, to, label.strip()));
        return this;
    }

    /**
     * Shades the years {@code from} to {@code to} behind the events, labelled at the top.
     *
     * @throws IllegalArgumentException if the label is blank or {@code to < from}
     */
    public Timeline era(int from, int to, String label) {
        checkRange("Era '" + label + "'", from, to);
        checkLabel("era", label);
        eras.add(new Era(from, to, label.strip()));
        return this;
    }

    /**
     * Sets the figure's width in pixels (default {@link Figures#WIDTH}); the height follows from
     * the number of events.
     *
     * @throws IllegalArgumentException if the width is below 400
     */
    public Timeline width(int pixels) {
        if (pixels < 400) {
            throw new IllegalArgumentException("Timeline width " + pixels + " is too narrow: use 400 pixels or more");
        }
        this.width = pixels;
        return this;
    }

    /** The events, in the order added. */
    List<Event> events() {
        return List.copyOf(events);
    }

    /** First year on the axis: the earliest year, rounded down to a decade. */
    int firstYear() {
        int min = Integer.MAX_VALUE;
        for (Event e : events) {
            min = Math.min(min, e.from());
        }
        for (Era e : eras) {
            min = Math.min(min, e.from());
        }
        return Math.floorDiv(min, 10) * 10;
    }

    /** Last year on the axis: the latest year, rounded up to a decade. */
    int lastYear() {
        int max = Integer.MIN_VALUE;
        for (Event e : events) {
            max = Math.max(max, e.to());
        }
        for (Era e : eras) {
            max = Math.max(max, e.to());
        }
        int last = -Math.floorDiv(-max, 10) * 10;
        return last == max ? last + 10 : last;   // room after the last event
    }

    /** The figure's height for its events. */
    int height() {
        return TOP + events.size() * ROW_HEIGHT + AXIS_GAP + AXIS_LABELS;
    }

    /** The x pixel of a year. */
    double x(double year) {
        return MARGIN + (year - firstYear()) / (double) (lastYear() - firstYear()) * (width - 2 * MARGIN);
    }

    /**
     * Where each event is drawn: its mark on its row and its label to the right of the mark, or
     * to the left where it would run past the right edge. A label too long for either side is
     * kept inside the figure on the roomier side and crosses its mark: shorten it or widen the
     * figure.
     */
    List<Placement> layout(FontMetrics metrics) {
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int cy = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            int x1 = (int) Math.round(x(e.from())) - DOT / 2;
            int x2 = (int) Math.round(x(e.to())) + DOT / 2;
            Rectangle mark = new Rectangle(x1, cy - DOT / 2, x2 - x1, DOT);
            String text = labelText(e);
            int w = metrics.stringWidth(text);
            int h = metrics.getAscent() + metrics.getDescent();
            int roomRight = width - EDGE - (mark.x + mark.width + LABEL_GAP);
            int roomLeft = mark.x - LABEL_GAP - EDGE;
            boolean right = w <= roomRight || (w > roomLeft && roomRight >= roomLeft);
            int lx = right ? mark.x + mark.width + LABEL_GAP : mark.x - LABEL_GAP - w;
            lx = Math.max(EDGE, Math.min(lx, width - EDGE - w));   // too long for either side: kept inside
            out.add(new Placement(mark, new Rectangle(lx, cy - h / 2, w, h), right));
        }
        return out;
    }

    private static String labelText(Event e) {
        String years = e.from() == e.to() ? Integer.toString(e.from()) : e.from() + "-" + (e.to() % 100 < 10 ? "0" : "")
                + (e.to() % 100);
        return years + "  " + Figures.text(e.label());
    }

    /**
     * Draws the timeline.
     *
     * @throws IllegalStateException if no event was added
     */
    public ImageFigure figure() {
        if (events.isEmpty()) {
            throw new IllegalStateException("Timeline '" + title + "' has no events: add some with .event(year, label)");
        }
        int height = height();
        Font labelFont = Fonts.font(Font.PLAIN, 15);
        List<Placement> placements = layout(metrics(labelFont));
        List<Rectangle> marks = new ArrayList<>();
        for (Placement p : placements) {
            marks.add(p.mark());
        }
        String shownTitle = Figures.text(title);
        List<Event> evs = List.copyOf(events);
        List<Era> ers = List.copyOf(eras);
        int axisY = TOP + evs.size() * ROW_HEIGHT + AXIS_GAP / 2;
        int w = width;
        // the data areas: every mark with a little white around it (a blank check sees colour)
        List<Rectangle> areas = new ArrayList<>();
        for (Rectangle m : marks) {
            Rectangle r = new Rectangle(m);
            r.grow(3, 3);
            areas.add(r);
        }
        return new ImageFigure(title, w, height, g -> {
            g.setColor(Color.BLACK);
            g.setFont(Fonts.font(Font.BOLD, 20));
            centred(g, shownTitle, w / 2, 32);
            for (Era era : ers) {
                int x1 = (int) Math.round(x(era.from())), x2 = (int) Math.round(x(era.to()));
                g.setColor(ERA);
                g.fillRect(x1, TOP - 12, Math.max(2, x2 - x1), axisY - TOP + 12);
                g.setColor(Color.DARK_GRAY);
                g.setFont(Fonts.font(Font.ITALIC, 13));
                centred(g, Figures.text(era.label()), (x1 + x2) / 2, TOP - 16);
            }
            // axis with a tick every decade
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(MARGIN, axisY, w - MARGIN, axisY);
            g.setFont(Fonts.font(Font.PLAIN, 13));
            for (int year = firstYear(); year <= lastYear(); year += 10) {
                int tx = (int) Math.round(x(year));
                g.drawLine(tx, axisY, tx, axisY + 6);
                centred(g, Integer.toString(year), tx, axisY + 22);
            }
            g.setFont(labelFont);
            FontMetrics m = g.getFontMetrics();
            // faint guides from each mark down to the axis, first, so labels cover them
            g.setColor(new Color(0xD0D0D0));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            for (Placement p : placements) {
                int gx = p.mark().x + DOT / 2;
                int y = p.mark().y + DOT;
                for (Placement q : placements) {     // rows below: go around their labels
                    Rectangle box = q.label();
                    if (box.y >= y && gx >= box.x - 3 && gx <= box.x + box.width + 3) {
                        g.drawLine(gx, y, gx, box.y - 2);
                        y = box.y + box.height + 2;
                    }
                }
                g.drawLine(gx, y, gx, axisY);
            }
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < evs.size(); i++) {
                Placement p = placements.get(i);
                Rectangle mark = p.mark();
                g.setColor(Figures.PALETTE[i % 2 == 0 ? 0 : 1]);
                if (mark.width <= DOT) {
                    g.fillOval(mark.x, mark.y, DOT, DOT);
                } else {
                    g.fillRoundRect(mark.x, mark.y, mark.width, DOT, DOT, DOT);
                }
                Rectangle box = p.label();
                g.setColor(Color.BLACK);
                int cy = mark.y + DOT / 2;
                g.drawString(labelText(evs.get(i)), box.x, cy + (m.getAscent() - m.getDescent()) / 2);
            }
        }, areas);
    }

    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    private static void centred(Graphics2D g, String text, int cx, int baseline) {
        Strokes.centred(g, text, cx, baseline);
    }

    private static void checkRange(String what, int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException(what + " ends (" + to + ") before it starts (" + from
                    + "): give the earlier year first");
        }
    }

    private static void checkLabel(String what, String label) {
        Objects.requireNonNull(label, what + " label");
        if (label.isBlank() || label.contains("\n")) {
            throw new IllegalArgumentException("A timeline " + what + " needs a one-line label, got '" + label + "'");
        }
    }

    @Override
    public String toString() {
        return events.isEmpty() ? "Timeline['" + title + "', no events]"
                : "Timeline['" + title + "', " + events.size() + " events, " + firstYear() + "-" + lastYear() + "]";
    }
}
