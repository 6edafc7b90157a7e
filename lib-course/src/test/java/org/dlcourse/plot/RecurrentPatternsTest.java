package org.dlcourse.plot;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecurrentPatternsTest {
    private static ImageFigure sample() {
        return RecurrentPatterns.figure("RNN patterns", "image -> class", "photo -> caption\n사진의 캡션 달기",
                "sentence -> intent", "sentence -> translation");
    }

    @Test
    void drawsFourPanelsInsideTheFigureWithoutOverlap() {
        ImageFigure figure = sample();
        assertEquals("RNN patterns", figure.title());
        Rendered.assertFigureOk(figure);
        Rendered.assertMargins(figure.toImage(), Figures.EDGE_CHECKED);
        List<Rectangle> panels = figure.dataAreas();
        assertEquals(4, panels.size());
        Rectangle frame = new Rectangle(0, 0, figure.width(), figure.height());
        for (int a = 0; a < panels.size(); a++) {
            assertTrue(frame.contains(panels.get(a)), "panel " + a + " inside the figure");
            for (int b = a + 1; b < panels.size(); b++) {
                assertFalse(panels.get(a).intersects(panels.get(b)), "panels " + a + " and " + b + " apart");
            }
        }
        assertEquals(List.of("one-to-one", "one-to-many", "many-to-one", "many-to-many"), RecurrentPatterns.NAMES);
    }

    @Test
    void eachPanelDrawsItsInputsAndOutputs() {
        ImageFigure figure = sample();
        var image = figure.toImage();
        int[] inputs = new int[4], outputs = new int[4];
        int inColour = Figures.PALETTE[1].getRGB() & 0xFFFFFF, outColour = Figures.PALETTE[2].getRGB() & 0xFFFFFF;
        for (int p = 0; p < 4; p++) {
            Rectangle r = figure.dataAreas().get(p);
            // count box outlines along one row through the input boxes and one through the outputs
            inputs[p] = runs(image, r, r.y + 126 + 11, inColour);
            outputs[p] = runs(image, r, r.y + 34 + 11, outColour);
        }
        // one-to-one, one-to-many, many-to-one, many-to-many
        assertEquals(List.of(1, 1, 3, 3), List.of(inputs[0], inputs[1], inputs[2], inputs[3]));
        assertEquals(List.of(1, 3, 1, 3), List.of(outputs[0], outputs[1], outputs[2], outputs[3]));
    }

    /** The number of boxes in the row: each box has two outline pixels of the colour on the row. */
    private static int runs(java.awt.image.BufferedImage image, Rectangle r, int y, int colour) {
        int edges = 0;
        boolean inside = false;
        for (int x = r.x; x < r.x + r.width; x++) {
            boolean hit = (image.getRGB(x, y) & 0xFFFFFF) == colour;
            if (hit && !inside) {
                edges++;
            }
            inside = hit;
        }
        return edges / 2;
    }

    @Test
    void badInputGetsClearErrors() {
        var title = assertThrows(IllegalArgumentException.class,
                () -> RecurrentPatterns.figure(" ", "a", "b", "c", "d"));
        assertTrue(title.getMessage().startsWith("The patterns figure needs a title"), title.getMessage());
        var example = assertThrows(IllegalArgumentException.class,
                () -> RecurrentPatterns.figure("t", "a", "b", null, "d"));
        assertTrue(example.getMessage().startsWith("The many-to-one panel needs an example"), example.getMessage());
    }
}
