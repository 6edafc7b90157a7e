/**
 * Figures for the course, in one style ({@link org.dlcourse.plot.Figures}: 720x480, slide-sized
 * fonts, the Okabe-Ito palette). Each figure is an XChart chart or, for what XChart cannot draw
 * as one chart, an {@link org.dlcourse.plot.ImageFigure}; either renders inline as PNG when it is
 * a cell's last expression and saves as PNG or SVG by file extension:
 * {@code Figures.save(chart, Path.of("loss.svg"))}, {@code figure.save(Path.of("digits.png"))}.
 * Bad input (empty series, mismatched lengths, NaN, ragged arrays) raises an
 * {@link java.lang.IllegalArgumentException} whose first line says what is wrong.
 *
 * <h2>Learning curves (chapters 04-07)</h2>
 * <pre>{@code
 * LearningCurves.of(history)               // loss | accuracy side by side, training vs validation
 * LearningCurves.of(history, "mae")        // one metric; the best validation epoch is marked
 * }</pre>
 *
 * <h2>Decision lines and regions (chapters 01-03: apples, XOR, Iris)</h2>
 * <pre>{@code
 * DecisionPlot.of(x, y, "size", "colour").classNames("unripe", "ripe")
 *     .line(p.weight(0), p.weight(1), p.bias(), "trained").chart("Apples")
 * DecisionPlot.of(x, y, "x1", "x2").regions(net::predict).chart("XOR: a hidden layer bends the boundary")
 * DecisionPlot.of(petals, species, "petal length", "petal width")
 *     .classNames("setosa", "versicolor", "virginica").regions(model::predict).chart("Iris")
 * DecisionPlot steps = DecisionPlot.of(x, y, "size", "colour");
 * for (var e : log.epochs()) steps.line(e.weights()[0], e.weights()[1], e.bias(), "epoch " + e.epoch());
 * steps.smallMultiples("The line after each epoch", 4)
 * }</pre>
 *
 * <h2>A function and its approximations (chapter 01: universal approximation)</h2>
 * <pre>{@code
 * CurvePlot.of(sine.x(), sine.y(), "sin x").approximation("3 hidden units", fit3)
 *     .chart("One hidden layer fitting sin x")
 * }</pre>
 *
 * <h2>Regression (Boston)</h2>
 * <pre>{@code
 * RegressionPlot r = RegressionPlot.of(yTest, predicted).quantity("price ($1000s)");
 * r.predictedVsActual("Boston: test set")
 * r.residuals("Boston: residuals")
 * }</pre>
 *
 * <h2>Confusion matrices (MNIST, Reuters)</h2>
 * <pre>{@code
 * ConfusionMatrixPlot.of(counts, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9").chart("MNIST")
 * ConfusionMatrixPlot.of(yTest, predicted, digitNames).chart("MNIST: test set")
 * ConfusionMatrixPlot.of(evaluation).top(12).normalized().chart("Reuters: 12 largest topics (%)")
 * ConfusionMatrixPlot.of(evaluation).classNames("not ripe", "ripe").chart("Apples")
 * }</pre>
 *
 * <h2>Images: digits, filters, feature maps (MNIST DNN/CNN)</h2>
 * <pre>{@code
 * ImageGrid.digits(xTest).labels(yTest).predicted(pred).limit(30).figure("Test digits")
 * ImageGrid.digits(xTest).labels(yTest).predicted(pred).mistakesOnly().limit(20).figure("Mistakes")
 * ImageGrid.filters(conv1Kernel).figure("conv1: 32 filters")        // float[3][3][1][32], HWIO
 * ImageGrid.featureMaps(conv1Output).limit(16).figure("conv1 on one 7")  // float[26][26][32]
 * }</pre>
 *
 * <h2>Bars and histograms (IMDB, Reuters)</h2>
 * <pre>{@code
 * BarPlot.classCounts("Reuters: training examples per topic", yTrain, topicNames)
 * BarPlot.f1("Reuters: F1 per topic", evaluation)
 * BarPlot.bars("MNIST: accuracy per digit", "accuracy", digitNames, perDigitAccuracy)
 * BarPlot.histogram("IMDB: review length", "words", lengths, 50)
 * HistogramPlot.of(lengths).bins(50).overflowAt(1000).chart("IMDB: review length", "words")  // tail labelled
 * }</pre>
 *
 * <h2>Teaching figures</h2>
 * <pre>{@code
 * TeachingFigures.activations()
 * TeachingFigures.softmax(new double[] {2.0, 1.0, 0.1}, "cat", "dog", "bird")
 * TeachingFigures.descent(w -> (w - 3) * (w - 3) + 1).from(-1).learningRate(0.2).steps(8).chart("Downhill")
 * ActivationFigures.withDerivatives()                       // 2 x 4: each function over its derivative
 * ActivationFigures.gradientsPerLayer(normsByActivation)    // DeepStack's norms per layer, log scale
 * ScalingPlot.of(xTrainRaw, names).chart("Raw, standardised, min-max")   // one box per feature
 * }</pre>
 *
 * <h2>A timeline (chapter 00)</h2>
 * <pre>{@code
 * Timeline.titled("Deep learning: a short history").era(1969, 1986, "the first winter")
 *     .event(1958, "Perceptron").event(1986, "Backpropagation").event(2015, 2016, "DQN, AlphaGo")
 *     .figure()
 * }</pre>
 *
 * <h2>Recurrent networks (IMDB, Reuters)</h2>
 * <pre>{@code
 * RecurrentFigures.unrolled("One RNN cell, unrolled over the words", "오늘", "주가가", "얼마야?")
 * RecurrentFigures.lstmCell("Inside an LSTM cell")      // forget, input, output gates; cell state
 * RecurrentPatterns.figure("What goes in, what comes out", "an image -> its class",
 *     "a photo -> a caption", "a sentence -> its intent", "a sentence -> its translation")
 * }</pre>
 *
 * <h2>Sound: waveforms, spectra, spectrograms (chapter 10)</h2>
 * <pre>{@code
 * SignalPlots.waveform("A4", samples, 8000).seconds(0, 0.01).chart()
 * SignalPlots.spectrum("A4", spectrum.frequencies(), spectrum.amplitudes()).maxHz(2000).chart()
 * SpectrogramPlot.of(Spectrogram.of(samples, 8000, 256, 128)).figure("A melody")   // time (s) x Hz, dB
 * }</pre>
 *
 * <h2>Several charts in one figure, and Korean text</h2>
 * <pre>{@code
 * ChartGrid.of("Before and after", 2, chartA, chartB)
 * LineChart.of("학습 곡선", "에포크", "손실", "훈련", losses)   // romanised if no Korean font
 * LineChart.logY("Vanishing gradient", "step k", "share left", "0.9^k", 0, powers)  // log axis, from k = 0
 * }</pre>
 * Every figure keeps a white margin of {@link org.dlcourse.plot.Figures#PADDING} pixels, so a
 * label that does not fit shows in tests ({@code tests/test_figures.py}) rather than on a slide.
 * Korean renders when a Korean font is installed ({@code kernel-setup/install-cjk-font.sh});
 * otherwise {@link org.dlcourse.plot.Fonts} romanises it, with one warning, rather than drawing
 * boxes.
 */
package org.dlcourse.plot;
