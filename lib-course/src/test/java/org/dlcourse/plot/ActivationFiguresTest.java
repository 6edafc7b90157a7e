package org.dlcourse.plot;

import org.dlcourse.perceptron.ActivationFunction;
import org.dlcourse.perceptron.DeepStack;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActivationFiguresTest {

    @Test
    void fourFunctionsAboveTheirDerivatives() {
        ImageFigure figure = ActivationFigures.withDerivatives();
        assertEquals(8, figure.dataAreas().size());
        Rendered.assertFigureOk(figure);
        Rendered.assertMargins(Rendered.image(figure), Figures.EDGE_CHECKED);
    }

    @Test
    void gradientsPerLayerOnALogScale() {
        Map<String, double[]> norms = new LinkedHashMap<>();
        norms.put("sigmoid", DeepStack.gradientNorms(ActivationFunction.SIGMOID, 6, 16, 1));
        norms.put("ReLU", DeepStack.gradientNorms(ActivationFunction.RELU, 6, 16, 1));
        XYChart chart = ActivationFigures.gradientsPerLayer(norms);
        assertEquals(2, chart.getSeriesMap().size());
        assertEquals(6, chart.getSeriesMap().get("ReLU").getXData().length);
        Rendered.assertChartOk(chart);
        Rendered.assertMargins(Rendered.image(chart), Figures.EDGE_CHECKED);
        assertThrows(IllegalArgumentException.class,
                () -> ActivationFigures.gradientsPerLayer(Map.of("dead", new double[] {1, 0})));
        assertThrows(IllegalArgumentException.class, () -> ActivationFigures.gradientsPerLayer(Map.of()));
    }
}
