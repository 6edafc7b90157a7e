package org.dlcourse.plot;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageGridTest {
    private final float[][] digits = SampleData.digits(20);
    private final int[] labels = SampleData.digitLabels(20);

    @Test
    void digitsWithLabelsOneTilePerImage() {
        ImageFigure figure = ImageGrid.digits(digits).labels(labels).figure("Digits");
        assertEquals(20, figure.dataAreas().size());
        Rendered.assertFigureOk(figure);
        // ink is dark: the ring of digit 0 is drawn, its centre stays white
        BufferedImage image = figure.toImage();
        Rectangle first = figure.dataAreas().get(0);
        int scale = first.width / 28;
        assertEquals(0xFFFFFF, image.getRGB(first.x + 14 * scale, first.y + 14 * scale) & 0xFFFFFF);
        assertTrue((image.getRGB(first.x + (int) ((13.5 + 3) * scale), first.y + 14 * scale) & 0xFF) < 80);
    }

    @Test
    void mistakesOnlyShowsTheMisclassifiedDigitsFramedInRed() {
        int[] predicted = labels.clone();
        predicted[3] = 5;
        predicted[11] = 0;
        ImageFigure figure = ImageGrid.digits(digits).labels(labels).predicted(predicted).mistakesOnly()
                .figure("Mistakes");
        assertEquals(2, figure.dataAreas().size());
        BufferedImage image = figure.toImage();
        Rectangle tile = figure.dataAreas().get(0);
        assertEquals(Figures.WRONG.getRGB() & 0xFFFFFF, image.getRGB(tile.x - 2, tile.y + tile.height / 2) & 0xFFFFFF,
                "red frame left of the tile");
        assertEquals(7, ImageGrid.digits(digits).labels(labels).predicted(predicted).limit(7).figure("Seven")
                .dataAreas().size());
    }

    @Test
    void digitsAsSquareArraysAndAnyValueRange() {
        float[][][] square = new float[3][28][28];
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    square[i][r][c] = 255f * ((r * 28 + c + i * 50) % 97) / 96f; // 0..255 like raw MNIST
                }
            }
        }
        Rendered.assertFigureOk(ImageGrid.digits(square).figure("Raw bytes"));
    }

    @Test
    void doublePixelsWorkLikeFloats() {
        double[][] pixels = new double[digits.length][784];
        for (int i = 0; i < digits.length; i++) {
            for (int p = 0; p < 784; p++) {
                pixels[i][p] = digits[i][p];
            }
        }
        BufferedImage fromDoubles = ImageGrid.digits(pixels).figure("D").toImage();
        BufferedImage fromFloats = ImageGrid.digits(digits).figure("D").toImage();
        assertEquals(fromFloats.getRGB(40, 60), fromDoubles.getRGB(40, 60));
        Rectangle tile = ImageGrid.digits(digits).figure("D").dataAreas().get(3);
        for (int y = tile.y; y < tile.y + tile.height; y += 5) {
            for (int x = tile.x; x < tile.x + tile.width; x += 5) {
                assertEquals(fromFloats.getRGB(x, y), fromDoubles.getRGB(x, y));
            }
        }
    }

    @Test
    void filtersInHwioLayoutOneTilePerOutputFilter() {
        float[][][][] kernel = SampleData.filters(3, 3, 4, 6, 1);
        ImageFigure mean = ImageGrid.filters(kernel).figure("Filters");
        assertEquals(6, mean.dataAreas().size());
        Rendered.assertFigureOk(mean);
        Rendered.assertFigureOk(ImageGrid.filters(kernel).inputChannel(3).figure("Channel 3"));
        // positive weights red, negative blue, zero white
        assertEquals(Figures.WRONG, Tiles.diverging(1));
        assertEquals(Figures.PALETTE[0], Tiles.diverging(-1));
        assertEquals(java.awt.Color.WHITE, Tiles.diverging(0));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.filters(kernel).inputChannel(4));
    }

    @Test
    void featureMapsOneTilePerChannel() {
        float[][][] maps = SampleData.featureMaps(digits[4], SampleData.filters(3, 3, 1, 10, 2));
        ImageFigure figure = ImageGrid.featureMaps(maps).figure("Maps");
        assertEquals(10, figure.dataAreas().size());
        assertEquals(26 * (figure.dataAreas().get(0).width / 26), figure.dataAreas().get(0).width);
        Rendered.assertFigureOk(figure);
        assertEquals(4, ImageGrid.featureMaps(maps).limit(4).figure("Four").dataAreas().size());
    }

    @Test
    void featureMapsShowTheirScaleAndExplainAnAllZeroMap() {
        float[][][] maps = new float[6][6][3];
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                maps[r][c][0] = r * c / 10f;   // largest 2.5
                maps[r][c][2] = r;             // largest 5
            }
        }
        ImageGrid grid = ImageGrid.featureMaps(maps);
        ImageFigure figure = grid.figure("Maps");
        java.awt.image.BufferedImage image = figure.toImage();
        Rendered.assertMargins(image, Figures.EDGE_CHECKED);
        java.awt.Rectangle last = figure.dataAreas().get(2);
        int below = last.y + last.height + 40;
        assertTrue(below < image.getHeight(), "a key under the maps");
        boolean yellow = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = below; y < image.getHeight(); y++) {
                yellow |= (image.getRGB(x, y) & 0xFFFFFF) == 0xFDE725;
            }
        }
        assertTrue(yellow, "the key shows the colour scale up to its yellow end");
        MapTiles tiles = new MapTiles(maps);
        assertEquals("max 2.5", tiles.caption(0, null));
        assertEquals("all 0", tiles.caption(1, null), "an all-dark map says why");
        assertEquals("2.5", MapTiles.number(2.5f));
        assertEquals("0.52", MapTiles.number(0.523f));
        assertEquals("37", MapTiles.number(37.2f));
    }

    @Test
    void aLongTitleOverOneDigitFitsTheFigure() {
        ImageFigure one = ImageGrid.digits(new float[][] {digits[0]}).labels(new int[] {7}).scale(6)
                .figure("The input: the first test image of the set");
        Rendered.assertMargins(one.toImage(), Figures.EDGE_CHECKED);
    }

    @Test
    void constantFeatureMapsFailTheBlankCheck() {
        ImageFigure flat = ImageGrid.featureMaps(new float[5][5][3]).figure("Flat");
        assertThrows(AssertionError.class, () -> Rendered.assertNotBlank(flat));
    }

    @Test
    void badInputGetsClearErrors() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageGrid.digits(new float[][] {new float[783]}))
                .getMessage().startsWith("Image grid: image 0 has 783 pixels, not a square number"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.digits(new float[][] {new float[784], new float[100]})).getMessage()
                .startsWith("Image grid: image 1 has 100 pixels but image 0 has 784"));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.digits(new float[0][]));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageGrid.digits(new float[2][0][0]))
                .getMessage().startsWith("Image grid: image 0 is empty"));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.digits(new float[][][] {new float[4][4], new float[3][4]}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageGrid.digits(digits).labels(new int[3]))
                .getMessage().startsWith("Image grid: labels has 3 values but there are 20 images"));
        assertThrows(IllegalStateException.class, () -> ImageGrid.digits(digits).mistakesOnly().figure("x"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> ImageGrid.digits(digits).labels(labels).predicted(labels).mistakesOnly().figure("None"))
                .getMessage().contains("no mistakes"));
        float[][] nan = {new float[784]};
        nan[0][10] = Float.NaN;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageGrid.digits(nan)).getMessage()
                .contains("NaN"));
        float[][][] ragged = {{{1, 2}, {1}}};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageGrid.featureMaps(ragged)).getMessage()
                .contains("rectangular"));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.filters(new float[3][3][1][0]));
        assertThrows(IllegalStateException.class, () -> ImageGrid.featureMaps(new float[2][2][1]).labels(new int[1]));
    }
}
