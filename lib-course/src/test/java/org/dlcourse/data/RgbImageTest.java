package org.dlcourse.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RgbImageTest {
    @TempDir
    Path temp;

    /** A 3 x 2 picture: red, green, blue on top, white, black, grey (128) below. */
    private static BufferedImage sample() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int[] colours = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0x808080};
        for (int i = 0; i < 6; i++) {
            image.setRGB(i % 3, i / 3, colours[i]);
        }
        return image;
    }

    @Test
    void aPngRoundTripsIntoThreeChannels() throws IOException {
        Path file = temp.resolve("sample.png");
        ImageIO.write(sample(), "png", file.toFile());
        RgbImage image = RgbImage.read(file);
        assertEquals(2, image.height());
        assertEquals(3, image.width());
        assertArrayEquals(new double[] {1, 0, 0}, image.channel(0)[0]);
        assertArrayEquals(new double[] {0, 1, 0}, image.channel(1)[0]);
        assertArrayEquals(new double[] {0, 0, 1}, image.channel(2)[0]);
        assertArrayEquals(new int[] {128, 128, 128}, image.rgb(1, 2));
        assertEquals("sample.png: 3 x 2 pixels, 3 channels (red, green, blue)", image.toString());
    }

    @Test
    void brightnessIsTheWeightedSum() {
        RgbImage image = RgbImage.of("s", sample());
        double[][] luma = image.brightness();
        assertEquals(0.299, luma[0][0], 1e-6);
        assertEquals(0.587, luma[0][1], 1e-6);
        assertEquals(0.114, luma[0][2], 1e-6);
        assertEquals(1.0, luma[1][0], 1e-6);
        assertEquals(0.0, luma[1][1], 1e-6);
        assertEquals(1 / 3.0, image.brightness(1 / 3.0, 1 / 3.0, 1 / 3.0)[0][0], 1e-6);
    }

    @Test
    void rowIsHeightWidthChannelOrderAndSubsamplingKeepsCorners() {
        RgbImage image = RgbImage.of("s", sample());
        float[] row = image.toRow();
        assertEquals(18, row.length);
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0}, java.util.Arrays.copyOf(row, 6));
        RgbImage half = image.every(2);
        assertEquals(1, half.height());
        assertEquals(2, half.width());
        assertArrayEquals(new int[] {0, 0, 255}, half.rgb(0, 1));
        BufferedImage back = image.toBufferedImage();
        assertEquals(0x808080, back.getRGB(2, 1) & 0xFFFFFF);
    }

    @Test
    void clearErrorsForMissingAndUndecodableFiles() throws IOException {
        Path missing = temp.resolve("nothing.png");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RgbImage.read(missing));
        assertTrue(e.getMessage().startsWith("Image file missing: "), e.getMessage());
        Path text = Files.writeString(temp.resolve("text.png"), "not an image");
        e = assertThrows(IllegalStateException.class, () -> RgbImage.read(text));
        assertTrue(e.getMessage().startsWith("Not an image Java can decode"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RgbImage.of("s", sample()).channel(3));
    }

    @Test
    void theCoursePhotographsReadWithTheirSizes() {
        int[][] sizes = {{512, 512}, {451, 300}, {600, 400}, {640, 427}};
        for (int i = 0; i < Photos.NAMES.size(); i++) {
            RgbImage photo = Photos.read(Photos.NAMES.get(i));
            assertEquals(sizes[i][0], photo.width(), Photos.NAMES.get(i));
            assertEquals(sizes[i][1], photo.height(), Photos.NAMES.get(i));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Photos.read("cifar.png"));
        assertTrue(e.getMessage().contains("chelsea.png"), e.getMessage());
    }
}
