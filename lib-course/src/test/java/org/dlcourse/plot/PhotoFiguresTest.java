package org.dlcourse.plot;

import java.awt.image.BufferedImage;
import java.util.List;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;

import org.dlcourse.data.RgbImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photograph figures, and the precision/recall bars of chapter 08. */
class PhotoFiguresTest {
    private static RgbImage gradient() {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 60; c++) {
                image.setRGB(c, r, ((c * 4) << 16) | ((r * 6) << 8) | ((c + r) * 2));
            }
        }
        return RgbImage.of("gradient", image);
    }

    @Test
    void channelsShowsTheColourPictureAndThreeChannels() {
        ImageFigure figure = PhotoFigures.channels(gradient());
        Rendered.assertFigureOk(figure);
        assertTrue(figure.title().startsWith("gradient: three channels"), figure.title());
    }

    @Test
    void mapsAreStretchedAndCaptionsChecked() {
        RgbImage photo = gradient();
        double[][] map = photo.brightness();
        map[0][0] = 1e6; // one extreme pixel must not turn the rest black
        ImageFigure figure = PhotoFigures.maps("Maps", photo, List.of("brightness"), map);
        Rendered.assertFigureOk(figure);
        BufferedImage image = figure.toImage();
        assertTrue(image.getWidth() > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhotoFigures.maps("Maps", photo, List.of("a", "b"), map));
        assertTrue(e.getMessage().contains("1 maps but 2 captions"), e.getMessage());
        Rendered.assertFigureOk(PhotoFigures.maps("No photo", null, List.of("map"), map));
    }

    @Test
    void precisionAndRecallBarsMatchTheEvaluation() {
        float[][] x = new float[30][2];
        int[] y = new int[30];
        for (int i = 0; i < 30; i++) {
            y[i] = i % 3;
            x[i][0] = y[i] == 1 ? 1 : 0;
            x[i][1] = y[i] == 2 ? 1 : (float) (i % 5) / 5;
        }
        try (Sequential model = Sequential.of(Layers.input(2), Layers.dense(3).activation("softmax")).seed(3)) {
            model.compile(Optimizers.adam(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy());
            LabelEvaluation evaluation = model.evaluateClassification(x, y);
            CategoryChart chart = BarPlot.precisionRecall("P/R", evaluation, "a", "b", "c");
            Rendered.assertChartOk(chart);
            var precision = new java.util.ArrayList<Number>(chart.getSeriesMap().get("precision").getYData());
            var recall = new java.util.ArrayList<Number>(chart.getSeriesMap().get("recall").getYData());
            for (int c = 0; c < 3; c++) {
                Label label = new Label(Integer.toString(c));
                double p = evaluation.precision(label), r = evaluation.recall(label);
                assertEquals(Double.isNaN(p) ? 0 : p, precision.get(c).doubleValue(), 1e-12);
                assertEquals(Double.isNaN(r) ? 0 : r, recall.get(c).doubleValue(), 1e-12);
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BarPlot.precisionRecall("P/R", evaluation, "a", "b"));
            assertTrue(e.getMessage().contains("class '2' is not one of 0..1"), e.getMessage());
        }
    }
}
