package org.dlcourse.plot;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {
    static Timeline history() {
        return Timeline.titled("Deep learning: a short history")
                .era(1969, 1986, "first winter")
                .event(1958, "Perceptron (Rosenblatt)")
                .event(1969, "XOR: one layer cannot learn it (Minsky, Papert)")
                .event(1986, "Backpropagation (Rumelhart et al.)")
                .event(1997, "LSTM (Hochreiter, Schmidhuber)")
                .event(1998, "LeNet-5 reads digits (LeCun et al.)")
                .event(2012, "AlexNet wins ImageNet")
                .event(2014, "GAN: the counterfeiter and the police")
                .event(2015, 2016, "DQN plays Atari, AlphaGo wins at Go")
                .event(2017, "Transformers: attention only");
    }

    private static List<Timeline.Placement> layout(Timeline t) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return t.layout(g.getFontMetrics(Fonts.font(Font.PLAIN, 15)));
        } finally {
            g.dispose();
        }
    }

    @Test
    void oneRowPerEventInTheOrderAdded() {
        Timeline t = history();
        assertEquals(9, t.events().size());
        assertEquals(1958, t.events().get(0).from());
        assertEquals(new Timeline.Event(2015, 2016, "DQN plays Atari, AlphaGo wins at Go"), t.events().get(7));
        List<Timeline.Placement> places = layout(t);
        for (int i = 1; i < places.size(); i++) {
            assertTrue(places.get(i).mark().y > places.get(i - 1).mark().y, "row " + i + " below row " + (i - 1));
        }
    }

    @Test
    void axisCoversTheYearsInWholeDecades() {
        Timeline t = history();
        assertEquals(1950, t.firstYear());
        assertEquals(2020, t.lastYear());
        assertTrue(t.x(1958) < t.x(1969) && t.x(2015) < t.x(2017));
        assertEquals(2030, Timeline.titled("t").event(2020, "x").lastYear(), "room after a decade's first year");
    }

    @Test
    void labelsStayInsideTheFigureAndOffTheirMarks() {
        Timeline t = history();
        ImageFigure figure = t.figure();
        Rectangle inside = new Rectangle(0, 0, figure.width(), figure.height());
        for (Timeline.Placement p : layout(t)) {
            assertTrue(inside.contains(p.label()), "label inside the figure: " + p.label());
            assertTrue(inside.contains(p.mark()), "mark inside the figure: " + p.mark());
            assertFalse(p.label().intersects(p.mark()), "label beside its mark");
        }
        // late events have their labels on the left, early ones on the right
        List<Timeline.Placement> places = layout(t);
        assertTrue(places.get(0).labelRight());
        assertFalse(places.get(8).labelRight());
    }

    @Test
    void aLabelTooLongForEitherSideStaysInsideTheFigure() {
        Timeline t = Timeline.titled("t").event(1950, "a").event(1985, "x".repeat(120)).event(2020, "b");
        Rectangle label = layout(t).get(1).label();
        assertTrue(label.x >= 0 && label.x + label.width <= Figures.WIDTH || label.width > Figures.WIDTH,
                "kept inside: " + label);
        assertTrue(label.x >= 0, "starts inside: " + label);
    }

    @Test
    void aSpanIsABarFromItsFirstToItsLastYear() {
        Timeline t = history();
        Rectangle bar = layout(t).get(7).mark();
        Rectangle dot = layout(t).get(6).mark();
        assertTrue(bar.width > dot.width, "a span is wider than a single year");
        assertEquals(t.x(2016) - t.x(2015), bar.width - dot.width, 1.0);
    }

    @Test
    void rendersTitledAndNotBlank() {
        ImageFigure figure = history().figure();
        Rendered.assertFigureOk(figure);
        assertEquals(Figures.WIDTH, figure.width());
        assertEquals(history().height(), figure.height());
        // the first event's dot is drawn in the palette's first colour
        Rectangle dot = layout(history()).get(0).mark();
        int rgb = figure.toImage().getRGB(dot.x + dot.width / 2, dot.y + dot.height / 2) & 0xFFFFFF;
        assertEquals(Figures.PALETTE[0].getRGB() & 0xFFFFFF, rgb);
        assertTrue(history().width(900).figure().width() == 900);
    }

    @Test
    void badInputGetsClearErrors() {
        var title = assertThrows(IllegalArgumentException.class, () -> Timeline.titled(" "));
        assertTrue(title.getMessage().startsWith("A timeline needs a title"), title.getMessage());
        var backwards = assertThrows(IllegalArgumentException.class, () -> Timeline.titled("t").event(2016, 2015, "x"));
        assertTrue(backwards.getMessage().startsWith("Event 'x' ends (2015) before it starts (2016)"), backwards.getMessage());
        var twoLines = assertThrows(IllegalArgumentException.class, () -> Timeline.titled("t").event(2000, "a\nb"));
        assertTrue(twoLines.getMessage().startsWith("A timeline event needs a one-line label"), twoLines.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timeline.titled("t").era(1990, 1980, "x"));
        var empty = assertThrows(IllegalStateException.class, () -> Timeline.titled("t").figure());
        assertTrue(empty.getMessage().startsWith("Timeline 't' has no events"), empty.getMessage());
        Timeline full = Timeline.titled("t");
        for (int i = 0; i < Timeline.MAX_EVENTS; i++) {
            full.event(1950 + i, "e" + i);
        }
        var tooMany = assertThrows(IllegalArgumentException.class, () -> full.event(2000, "one more"));
        assertTrue(tooMany.getMessage().startsWith("A timeline holds at most 14 events"), tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timeline.titled("t").width(100));
    }
}
