package org.dlcourse.plot;

import org.knowm.xchart.internal.chartpart.Chart;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Renders every figure type to a folder as PNG (and one of each kind as SVG) for a visual check:
 * {@code java ... org.dlcourse.plot.PlotGallery <out-dir> [mnist-dir]}. With an MNIST folder
 * (t10k-*-idx?-ubyte.gz) the digit figures show real digits. Not a test: nothing is asserted.
 */
public final class PlotGallery {
    private PlotGallery() {
    }

    /** Every figure of the package on sample data, by file name. */
    static Map<String, Object> figures(float[][] digits, int[] labels) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("learning-loss", LearningCurves.of(SampleData.history(), "loss"));
        f.put("learning-both", LearningCurves.of(SampleData.history()));
        double[][] x = SampleData.clusters(60, 1);
        int[] y = SampleData.alternating(60);
        f.put("decision-line", DecisionPlot.of(x, y, "size", "colour").classNames("unripe", "ripe")
                .line(1, 1, -5, "start").line(1, 0.8, -6.5, "after 1 epoch").line(1, 1, -7, "trained")
                .chart("Apples: the line moves"));
        double[][] xor = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.1, 0.9}, {0.9, 0.1}, {0.2, 0.1}, {0.8, 0.9}};
        int[] xorY = {0, 1, 1, 0, 1, 1, 0, 0};
        f.put("decision-regions", DecisionPlot.of(xor, xorY, "x1", "x2").classNames("false", "true")
                .regions(p -> (p[0] > 0.5) != (p[1] > 0.5) ? 1 : 0).chart("XOR: decision regions"));
        DecisionPlot steps = DecisionPlot.of(x, y, "size", "colour").classNames("unripe", "ripe");
        for (int e = 0; e < 6; e++) {
            steps.line(1, 0.2 + 0.16 * e, -3 - 0.8 * e, "epoch " + e);
        }
        f.put("decision-multiples", steps.smallMultiples("Perceptron: line per epoch", 3));
        double[] actual = new double[80];
        double[] predicted = new double[80];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < actual.length; i++) {
            actual[i] = 5 + 45 * r.nextDouble();
            predicted[i] = actual[i] + 3 * r.nextGaussian();
        }
        RegressionPlot reg = RegressionPlot.of(actual, predicted).quantity("price ($1000s)");
        f.put("regression-scatter", reg.predictedVsActual("Boston: predicted vs actual"));
        f.put("regression-residuals", reg.residuals("Boston: residuals"));
        double[] cx = new double[60];
        double[] sine = new double[60];
        double[] rough = new double[60];
        for (int i = 0; i < cx.length; i++) {
            cx[i] = -2 * Math.PI + 4 * Math.PI * i / 59;
            sine[i] = Math.sin(cx[i]);
            rough[i] = Math.tanh(cx[i]);
        }
        f.put("curve-fits", CurvePlot.of(cx, sine, "sin x").approximation("1 hidden unit", rough)
                .chart("One hidden layer fitting sin x"));
        String[] digitNames = SampleData.names(10, "");
        f.put("confusion-10", ConfusionMatrixPlot.of(SampleData.confusion(10, 1), digitNames).chart("MNIST: confusion"));
        f.put("confusion-46-top", ConfusionMatrixPlot.of(SampleData.confusion(46, 2), SampleData.names(46, "topic "))
                .top(12).normalized().chart("Reuters: confusion (%)"));
        f.put("confusion-46-all", ConfusionMatrixPlot.of(SampleData.confusion(46, 2), SampleData.names(46, "t"))
                .chart("Reuters: all 46 topics"));
        int[] pred = labels.clone();
        for (int i = 0; i < pred.length; i += 7) {
            pred[i] = (pred[i] + 3) % 10;
        }
        f.put("digits", ImageGrid.digits(digits).labels(labels).predicted(pred).limit(40).figure("Test digits: true → predicted"));
        f.put("digits-mistakes", ImageGrid.digits(digits).labels(labels).predicted(pred).mistakesOnly()
                .figure("Misclassified digits"));
        float[][][][] kernel = SampleData.filters(3, 3, 1, 32, 4);
        f.put("filters", ImageGrid.filters(kernel).figure("conv1: 32 filters, 3x3"));
        f.put("feature-maps", ImageGrid.featureMaps(SampleData.featureMaps(digits[0], kernel)).limit(16)
                .figure("conv1 feature maps for one digit"));
        f.put("bars-counts", BarPlot.classCounts("Examples per class", labels, digitNames));
        f.put("bars-46", BarPlot.bars("F1 per topic", "F1", SampleData.names(46, "topic "), randomValues(46, 5)));
        int[] lengths = new int[2000];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = (int) Math.exp(5 + 0.7 * r.nextGaussian());
        }
        f.put("histogram", BarPlot.histogram("IMDB: review length", "words", lengths, 50));
        f.put("activations", TeachingFigures.activations());
        f.put("softmax", TeachingFigures.softmax(new double[] {2.0, 1.0, 0.1}, "cat", "dog", "bird"));
        f.put("descent", TeachingFigures.descent(w -> (w - 3) * (w - 3) + 1).from(-1).learningRate(0.2).steps(8)
                .chart("Gradient descent: rolling downhill"));
        f.put("korean", LineChart.of("학습 곡선 (손실)", "에포크", "손실", "훈련", new double[] {1, 0.6, 0.4, 0.35}));
        f.put("timeline", TimelineTest.history().figure());
        f.put("rnn-patterns", RecurrentPatterns.figure("RNN input/output patterns", "image -> class",
                "photo -> caption", "sentence -> intent", "sentence -> translation"));
        double[] tone = org.dlcourse.audio.Waves.sine(440, 0.8, 1.0, 8000);
        f.put("spectrogram", SpectrogramPlot.of(org.dlcourse.audio.Spectrogram.of(tone, 8000, 256, 128))
                .figure("Spectrogram of a 440 Hz tone", 640, 360));
        DescentPlotsTest.gallery(f);
        return f;
    }

    private static double[] randomValues(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble();
        }
        return v;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/gallery");
        float[][] digits = SampleData.digits(100);
        int[] labels = SampleData.digitLabels(100);
        if (args.length > 1) {
            digits = readImages(Path.of(args[1], "t10k-images-idx3-ubyte.gz"), 100);
            labels = readLabels(Path.of(args[1], "t10k-labels-idx1-ubyte.gz"), 100);
        }
        for (Map.Entry<String, Object> e : figures(digits, labels).entrySet()) {
            long t0 = System.nanoTime();
            if (e.getValue() instanceof Chart<?, ?> chart) {
                Figures.save(chart, out.resolve(e.getKey() + ".png"));
                Figures.save(chart, out.resolve(e.getKey() + ".svg"));
            } else {
                ImageFigure fig = (ImageFigure) e.getValue();
                fig.save(out.resolve(e.getKey() + ".png"));
                fig.save(out.resolve(e.getKey() + ".svg"));
            }
            System.out.printf("%-22s %5.0f ms%n", e.getKey(), (System.nanoTime() - t0) / 1e6);
        }
    }

    private static float[][] readImages(Path file, int n) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file)); DataInputStream d = new DataInputStream(in)) {
            d.readInt();
            d.readInt();
            int rows = d.readInt(), cols = d.readInt();
            float[][] images = new float[n][rows * cols];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < rows * cols; p++) {
                    images[i][p] = d.readUnsignedByte() / 255f;
                }
            }
            return images;
        }
    }

    private static int[] readLabels(Path file, int n) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file)); DataInputStream d = new DataInputStream(in)) {
            d.readInt();
            d.readInt();
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = d.readUnsignedByte();
            }
            return labels;
        }
    }
}
