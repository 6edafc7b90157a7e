package org.dlcourse.plot;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Figures for the lectures' ideas rather than for data: the activation functions, softmax
 * turning scores into probabilities, and gradient descent rolling down a 1-D cost curve.
 *
 * <pre>{@code
 * TeachingFigures.activations()
 * TeachingFigures.softmax(new double[] {2.0, 1.0, 0.1}, "cat", "dog", "bird")
 * TeachingFigures.crossEntropy(new double[] {1, 0, 0}, new double[] {0.659, 0.242, 0.099})   // 0.417
 * TeachingFigures.descent(w -> (w - 3) * (w - 3) + 1).from(-1).learningRate(0.2).steps(8).chart("Rolling downhill")
 * }</pre>
 */
public final class TeachingFigures {
    /** The slope of the leaky ReLU drawn by {@link #activations()}, large enough to see. */
    public static final double LEAKY_SLOPE = 0.1;

    private TeachingFigures() {
    }

    /** Sigmoid, tanh, ReLU and leaky ReLU on [-5, 5]. */
    public static XYChart activations() {
        int n = 201;
        double[] z = new double[n];
        double[] sigmoid = new double[n], tanh = new double[n], relu = new double[n], leaky = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = -5 + 10.0 * i / (n - 1);
            sigmoid[i] = 1 / (1 + Math.exp(-z[i]));
            tanh[i] = Math.tanh(z[i]);
            relu[i] = Math.max(0, z[i]);
            leaky[i] = z[i] > 0 ? z[i] : LEAKY_SLOPE * z[i];
        }
        XYChart chart = Figures.xy("Activation functions", "z (weighted input)", "activation");
        add(chart, "sigmoid", z, sigmoid, Figures.PALETTE[0], SeriesLines.SOLID);
        add(chart, "tanh", z, tanh, Figures.PALETTE[1], SeriesLines.SOLID);
        add(chart, "ReLU", z, relu, Figures.PALETTE[2], SeriesLines.SOLID);
        add(chart, "leaky ReLU (" + LEAKY_SLOPE + "z)", z, leaky, Figures.PALETTE[3], SeriesLines.DASH_DASH);
        chart.getStyler().setYAxisMin(-1.5).setYAxisMax(3.0);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return chart;
    }

    /**
     * Softmax on an example: each class's score (logit) next to its probability
     * {@code exp(score) / sum exp(scores)}.
     *
     * @throws IllegalArgumentException if there are no scores, one is not finite or the names
     *                                  do not match the scores
     */
    public static CategoryChart softmax(double[] scores, String... classNames) {
        Figures.checkSeries("Softmax", "scores", scores);
        Objects.requireNonNull(classNames, "classNames");
        Figures.checkSameLength("Softmax", "scores", scores.length, "class names", classNames.length);
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("score (logit)", scores.clone());
        series.put("softmax probability", softmax(scores));
        return BarPlot.grouped("Softmax: scores become probabilities", "value", classNames, series);
    }

    /** The softmax of the scores, computed stably (largest score subtracted first). */
    public static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp(scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Cross-entropy (교차 엔트로피) {@code -sum t_i ln y_i} of a target distribution {@code t}
     * (one-hot: 1 for the true class) and predicted probabilities {@code y}, in nats; terms with
     * {@code t_i = 0} add nothing (even where {@code y_i = 0}).
     *
     * @throws IllegalArgumentException if the lengths differ, or a target value is not in [0, 1]
     *                                  or a probability not in [0, 1]
     */
    public static double crossEntropy(double[] target, double[] probabilities) {
        checkDistributions(target, probabilities);
        double sum = 0;
        for (int i = 0; i < target.length; i++) {
            if (target[i] != 0) {
                sum -= target[i] * Math.log(probabilities[i]);
            }
        }
        return sum;
    }

    /**
     * The cross-entropy written out term by term, as on the lecture's slide:
     * {@code -[1 × ln 0.659 + 0 × ln 0.242 + 0 × ln 0.099] = 0.417} (3 decimals).
     *
     * @throws IllegalArgumentException as {@link #crossEntropy}
     */
    public static String crossEntropyWorked(double[] target, double[] probabilities) {
        double cost = crossEntropy(target, probabilities);
        StringBuilder s = new StringBuilder("-[");
        for (int i = 0; i < target.length; i++) {
            s.append(i == 0 ? "" : " + ").append(String.format(Locale.ROOT, "%s × ln %.3f",
                    target[i] == Math.rint(target[i]) ? String.valueOf((long) target[i]) : String.valueOf(target[i]),
                    probabilities[i]));
        }
        return s.append(String.format(Locale.ROOT, "] = %.3f", cost)).toString();
    }

    private static void checkDistributions(double[] target, double[] probabilities) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(probabilities, "probabilities");
        Figures.checkSameLength("Cross-entropy", "target", target.length, "probabilities", probabilities.length);
        for (int i = 0; i < target.length; i++) {
            if (!(target[i] >= 0 && target[i] <= 1) || !(probabilities[i] >= 0 && probabilities[i] <= 1)) {
                throw new IllegalArgumentException("Cross-entropy needs targets and probabilities in [0, 1], got t="
                        + target[i] + ", y=" + probabilities[i] + " at index " + i);
            }
        }
    }

    /** Starts a picture of gradient descent on a 1-D cost function of one weight. */
    public static Descent descent(DoubleUnaryOperator cost) {
        return new Descent(Objects.requireNonNull(cost, "cost"));
    }

    private static XYSeries add(XYChart chart, String name, double[] x, double[] y, Color colour,
                                java.awt.BasicStroke line) {
        XYSeries s = chart.addSeries(Figures.text(name), x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(line);
        return s;
    }

    /**
     * Gradient descent on a cost curve: the ball starts at {@link #from(double)} and takes
     * {@link #steps(int)} steps {@code w <- w - learningRate * cost'(w)}; each position is marked
     * and numbered from 0. The slope is the central difference unless {@link #slope} gives it.
     */
    public static final class Descent {
        private final DoubleUnaryOperator cost;
        private DoubleUnaryOperator slope;
        private double start = -2;
        private double learningRate = 0.1;
        private int steps = 10;
        private double min = Double.NaN, max = Double.NaN;

        private Descent(DoubleUnaryOperator cost) {
            this.cost = cost;
        }

        /** The derivative of the cost, when known. */
        public Descent slope(DoubleUnaryOperator derivative) {
            this.slope = Objects.requireNonNull(derivative, "derivative");
            return this;
        }

        /** The starting weight (default -2). */
        public Descent from(double w) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("Gradient descent must start at a finite weight, was " + w);
            }
            this.start = w;
            return this;
        }

        /** The learning rate (default 0.1); too large and the ball overshoots. */
        public Descent learningRate(double rate) {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("The learning rate must be a positive number, was " + rate);
            }
            this.learningRate = rate;
            return this;
        }

        /** How many steps (default 10). */
        public Descent steps(int n) {
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException("steps must be between 1 and 1000, was " + n);
            }
            this.steps = n;
            return this;
        }

        /** The weights shown on the x axis (default: around the path). */
        public Descent range(double from, double to) {
            if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
                throw new IllegalArgumentException("range(from, to) needs finite from < to, was " + from + ", " + to);
            }
            this.min = from;
            this.max = to;
            return this;
        }

        /**
         * The weights visited, starting point first ({@code steps + 1} values).
         *
         * @throws ArithmeticException if the cost or its slope becomes NaN or infinite: the steps
         *                             diverged (lower the learning rate)
         */
        public double[] path() {
            double[] w = new double[steps + 1];
            w[0] = start;
            for (int i = 1; i <= steps; i++) {
                double g = slopeAt(w[i - 1]);
                w[i] = w[i - 1] - learningRate * g;
                if (!Double.isFinite(w[i]) || !Double.isFinite(cost.applyAsDouble(w[i]))) {
                    throw new ArithmeticException("Gradient descent diverged at step " + i + " (w = " + w[i]
                            + "): lower the learning rate (" + learningRate + ")");
                }
            }
            return w;
        }

        private double slopeAt(double w) {
            if (slope != null) {
                return slope.applyAsDouble(w);
            }
            double h = 1e-5 * Math.max(1, Math.abs(w));
            return (cost.applyAsDouble(w + h) - cost.applyAsDouble(w - h)) / (2 * h);
        }

        /** The cost curve with the ball's positions marked and joined in order. */
        public XYChart chart(String title) {
            double[] path = path();
            double lo = min, hi = max;
            if (Double.isNaN(lo)) {
                // centred on where the ball ends, wide enough for the whole path: both slopes show
                double end = path[path.length - 1], half = 1;
                for (double w : path) {
                    half = Math.max(half, 1.3 * Math.abs(w - end));
                }
                lo = end - half;
                hi = end + half;
            }
            int n = 301;
            double[] ws = new double[n], cs = new double[n];
            for (int i = 0; i < n; i++) {
                ws[i] = lo + (hi - lo) * i / (n - 1);
                cs[i] = cost.applyAsDouble(ws[i]);
            }
            Figures.checkSeries("Gradient descent", "cost over the range", cs);
            double[] pathCost = new double[path.length];
            for (int i = 0; i < path.length; i++) {
                pathCost[i] = cost.applyAsDouble(path[i]);
            }
            XYChart chart = Figures.xy(title, "weight w", "cost");
            add(chart, "cost", ws, cs, Color.DARK_GRAY, SeriesLines.SOLID);
            XYSeries steps = add(chart, String.format(Locale.ROOT, "steps (learning rate %s)", learningRate),
                    path, pathCost, Figures.PALETTE[1], SeriesLines.DASH_DASH);
            steps.setMarker(SeriesMarkers.CIRCLE);
            steps.setMarkerColor(Figures.PALETTE[1]);
            XYSeries startPoint = chart.addSeries(Figures.text("start"), new double[] {path[0]},
                    new double[] {pathCost[0]});
            startPoint.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            startPoint.setMarker(SeriesMarkers.SQUARE);
            startPoint.setMarkerColor(Figures.PALETTE[0]);
            // number the first steps; later ones crowd together near the minimum
            for (int i = 0; i < Math.min(path.length, 6); i++) {
                chart.addAnnotation(new org.knowm.xchart.AnnotationText(String.valueOf(i), path[i],
                        pathCost[i] + 0.04 * (max(cs) - min(cs)), false));
            }
            chart.getStyler().setXAxisMin(lo).setXAxisMax(hi);
            chart.getStyler().setAnnotationTextFont(Fonts.font(java.awt.Font.BOLD, 13));
            chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
            return chart;
        }

        private static double min(double[] v) {
            double m = Double.POSITIVE_INFINITY;
            for (double d : v) {
                m = Math.min(m, d);
            }
            return m;
        }

        private static double max(double[] v) {
            double m = Double.NEGATIVE_INFINITY;
            for (double d : v) {
                m = Math.max(m, d);
            }
            return m;
        }
    }
}
