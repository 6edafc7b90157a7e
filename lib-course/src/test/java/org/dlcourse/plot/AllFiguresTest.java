package org.dlcourse.plot;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every figure type renders at its size, is not blank, is titled, and saves as PNG and SVG. */
class AllFiguresTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyFigureRendersAndSaves() {
        // SVG output is slow for figures with thousands of shapes: save one figure per kind as SVG
        Set<Class<?>> savedAsSvg = new HashSet<>();
        return PlotGallery.figures(SampleData.digits(30), SampleData.digitLabels(30)).entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Object figure = e.getValue();
                    if (figure instanceof Chart<?, ?> chart) {
                        Rendered.assertChartOk(chart);
                    } else {
                        Rendered.assertFigureOk((ImageFigure) figure);
                    }
                    Rendered.assertMargins(Rendered.image(figure), Figures.EDGE_CHECKED);
                    assertSaves(figure, dir.resolve(e.getKey() + ".png"));
                    if (savedAsSvg.add(figure.getClass())) {
                        assertSaves(figure, dir.resolve(e.getKey() + ".svg"));
                    }
                }));
    }

    private static void assertSaves(Object figure, Path file) throws IOException {
        if (figure instanceof Chart<?, ?> chart) {
            Figures.save(chart, file);
        } else {
            ((ImageFigure) figure).save(file);
        }
        if (file.toString().endsWith(".png")) {
            byte[] head = new byte[4];
            System.arraycopy(Files.readAllBytes(file), 0, head, 0, 4);
            assertArrayEquals(PNG_MAGIC, head, "PNG signature");
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("<svg"), "SVG root element");
            assertTrue(text.length() > 1000, "SVG has content: " + text.length() + " chars");
        }
    }

    @Test
    void chartWithoutSeriesFailsTheBlankCheck() {
        XYChart empty = Figures.xy("Nothing", "x", "y");
        assertThrows(AssertionError.class, () -> Rendered.assertNotBlank(empty));
    }

    @Test
    void gridOfBlankImagesFailsTheBlankCheck() {
        ImageFigure blank = ImageGrid.digits(new float[12][784]).figure("Blank digits");
        assertThrows(AssertionError.class, () -> Rendered.assertNotBlank(blank));
    }

    @Test
    void savingNeedsPngOrSvgExtension() {
        XYChart chart = LineChart.of("t", "x", "y", "s", new double[] {1, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figures.save(chart, dir.resolve("chart.jpg")));
        assertTrue(e.getMessage().startsWith("Cannot save a figure as"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ImageFigure.of("t", 10, 10, g -> { }).save(dir.resolve("figure")));
    }

    @Test
    void savingCreatesMissingFolders() {
        XYChart chart = LineChart.of("t", "x", "y", "s", new double[] {1, 2});
        Path file = dir.resolve("a/b/chart.svg");
        Figures.save(chart, file);
        assertTrue(Files.isRegularFile(file));
    }
}
