package org.dlcourse.plot;

import org.dlcourse.perceptron.ActivationFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The activation functions next to their derivatives, and the size of the gradient per layer of
 * a deep stack (chapter 02).
 *
 * <pre>{@code
 * ActivationFigures.withDerivatives()              // 2 x 4: each function above its derivative
 * ActivationFigures.gradientsPerLayer(Map.of("sigmoid", sigmoidNorms, "ReLU", reluNorms))
 * }</pre>
 */
public final class ActivationFigures {
    private static final int PANEL_WIDTH = 320, PANEL_HEIGHT = 250;
    private static final double Z_MIN = -5, Z_MAX = 5;

    private ActivationFigures() {
    }

    /**
     * Sigmoid, tanh, ReLU and leaky ReLU on [-5, 5] in four columns: the function on top, its
     * derivative below on the same z axis. The derivative rows share one y range (0 to 1.1), so
     * sigmoid's peak of 0.25 is seen next to the others' 1.
     */
    public static ImageFigure withDerivatives() {
        List<XYChart> top = new ArrayList<>();
        List<XYChart> bottom = new ArrayList<>();
        ActivationFunction[] functions = ActivationFunction.values();
        for (int k = 0; k < functions.length; k++) {
            ActivationFunction f = functions[k];
            double[] z = grid();
            XYChart value = panel(f.label(), "z", "f(z)", z, f.apply(z), k);
            value.getStyler().setYAxisMin(f == ActivationFunction.SIGMOID ? -0.1 : -1.2).setYAxisMax(
                    f == ActivationFunction.SIGMOID ? 1.1 : f == ActivationFunction.TANH ? 1.2 : 5.0);
            top.add(value);
            XYChart slope = panel(f.label() + "'", "z", "f'(z)", z, f.derivative(z), k);
            slope.getStyler().setYAxisMin(-0.05).setYAxisMax(1.1);
            bottom.add(slope);
        }
        List<XYChart> all = new ArrayList<>(top);
        all.addAll(bottom);
        return ChartGrid.of("Activation functions (top) and their derivatives (bottom)", 4, all);
    }

    /**
     * The gradient norm of each layer's weights, one line per activation, on a log scale (layer 1
     * is next to the input); the values come from {@code DeepStack.gradientNorms}.
     *
     * @throws IllegalArgumentException if there are no series, or one is empty or not positive
     */
    public static XYChart gradientsPerLayer(Map<String, double[]> normsByActivation) {
        Objects.requireNonNull(normsByActivation, "normsByActivation");
        if (normsByActivation.isEmpty()) {
            throw new IllegalArgumentException("gradientsPerLayer needs at least one series of norms");
        }
        XYChart chart = Figures.xy("Gradient size per layer of a deep stack",
                "layer (1 = next to the input)", "gradient norm (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("0E0"); // 1E-6: the course's 0.#### pattern shows 0
        int colour = 0;
        for (Map.Entry<String, double[]> e : normsByActivation.entrySet()) {
            double[] norms = e.getValue();
            Figures.checkSeries("gradientsPerLayer", e.getKey(), norms);
            double[] layers = new double[norms.length];
            for (int i = 0; i < norms.length; i++) {
                if (!(norms[i] > 0)) {
                    throw new IllegalArgumentException("Gradient norms must be positive for a log scale, "
                            + e.getKey() + " has " + norms[i] + " at layer " + (i + 1));
                }
                layers[i] = i + 1;
            }
            XYSeries s = chart.addSeries(Figures.text(e.getKey()), layers, norms);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(Figures.PALETTE[colour % Figures.PALETTE.length]);
            s.setMarkerColor(Figures.PALETTE[colour % Figures.PALETTE.length]);
            colour++;
        }
        chart.getStyler().setXAxisDecimalPattern("0");
        return chart;
    }

    private static double[] grid() {
        int n = 201;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = Z_MIN + (Z_MAX - Z_MIN) * i / (n - 1);
        }
        return z;
    }

    private static XYChart panel(String title, String xTitle, String yTitle, double[] x, double[] y, int colour) {
        XYChart chart = Figures.compact(Figures.xy(title, xTitle, yTitle, PANEL_WIDTH, PANEL_HEIGHT));
        XYSeries s = chart.addSeries(Figures.text(title), x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Figures.PALETTE[colour]);
        s.setLineWidth(2.5f);
        chart.getStyler().setXAxisMin(Z_MIN).setXAxisMax(Z_MAX);
        return chart;
    }
}
