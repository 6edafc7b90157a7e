package org.dlcourse.interop.tribuo;

import org.dlcourse.nn.FitOptions;
import org.dlcourse.nn.Sequential;
import org.dlcourse.nn.TrainingBehaviourTest;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.interop.tensorflow.TensorFlowTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;

import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.lstm;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TribuoBridgeTest {

    @Test
    void labelEvaluationAgreesWithOurPredictions() {
        int[] y = new int[120];
        float[][] x = TrainingBehaviourTest.bars(120, 8, y);
        try (Sequential m = Sequential.of(input(8, 8, 1), conv2d(2, 3).activation("relu"), maxPool2d(2), flatten(),
                dense(2).activation("softmax"))) {
            m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
            m.fit(x, y, FitOptions.epochs(1).batchSize(20).verbose(0)); // deliberately under-trained: some errors
            int[] predicted = m.predictClasses(x);
            LabelEvaluation e = m.evaluateClassification(x, y);
            int tp1 = 0;
            int fp1 = 0;
            int fn1 = 0;
            int correct = 0;
            for (int i = 0; i < y.length; i++) {
                correct += predicted[i] == y[i] ? 1 : 0;
                tp1 += predicted[i] == 1 && y[i] == 1 ? 1 : 0;
                fp1 += predicted[i] == 1 && y[i] == 0 ? 1 : 0;
                fn1 += predicted[i] == 0 && y[i] == 1 ? 1 : 0;
            }
            assertEquals((double) correct / y.length, e.accuracy(), 1e-12);
            assertEquals(m.evaluate(x, y).get("accuracy"), e.accuracy(), 1e-12);
            Label one = new Label("1");
            assertEquals(tp1, e.tp(one), 0);
            assertEquals(fp1, e.fp(one), 0);
            assertEquals(fn1, e.fn(one), 0);
            assertEquals(tp1, e.getConfusionMatrix().confusion(one, one), 0);
            assertTrue(e.toString().contains("Accuracy"));
            assertThrows(ShapeException.class, () -> m.evaluateClassification(x, new int[] {7}));

            LabelEvaluation named = m.evaluateClassification(x, y, "plain", "striped");
            assertEquals(e.accuracy(), named.accuracy(), 1e-12);
            assertEquals(tp1, named.tp(new Label("striped")), 0, "class 1 is reported by its name");
            String report = named.toString();
            assertTrue(report.contains("striped") && !report.contains("\n1 "), report);
            // Tribuo alone lists these in hash order (virginica, setosa, versicolor)
            String lines = threeClassEvaluation("setosa", "versicolor", "virginica").toString();
            assertTrue(lines.indexOf("\nsetosa") < lines.indexOf("\nversicolor")
                    && lines.indexOf("\nversicolor") < lines.indexOf("\nvirginica"), "classes in class order: " + lines);
            assertThrows(IllegalArgumentException.class, () -> m.evaluateClassification(x, y, "only one"));
            assertThrows(IllegalArgumentException.class, () -> m.evaluateClassification(x, y, "same", "same"));
        }
    }

    @Test
    void regressionEvaluationAgreesWithDirectFormulas() {
        SplittableRandom r = new SplittableRandom(2);
        float[][] x = new float[50][2];
        float[][] y = new float[50][1];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = (float) r.nextDouble();
            x[i][1] = (float) r.nextDouble();
            y[i][0] = 3 * x[i][0] - x[i][1];
        }
        try (Sequential m = Sequential.of(input(2), dense(1))) {
            m.compile(Optimizers.sgd(0.1), Losses.mse(), Metrics.mae());
            m.fit(x, y, FitOptions.epochs(3).batchSize(10).verbose(0));
            float[][] p = m.predict(x);
            double mae = 0;
            double mse = 0;
            double mean = 0;
            for (float[] row : y) {
                mean += row[0] / y.length;
            }
            double tss = 0;
            for (int i = 0; i < y.length; i++) {
                mae += Math.abs(p[i][0] - y[i][0]) / y.length;
                mse += (p[i][0] - y[i][0]) * (double) (p[i][0] - y[i][0]) / y.length;
                tss += (y[i][0] - mean) * (y[i][0] - mean);
            }
            RegressionEvaluation e = m.evaluateRegression(x, y);
            assertEquals(mae, e.averageMAE(), 1e-5);
            assertEquals(Math.sqrt(mse), e.averageRMSE(), 1e-5);
            assertEquals(1 - mse * y.length / tss, e.averageR2(), 1e-4);
            assertEquals(m.evaluate(x, y).get("mae"), e.averageMAE(), 1e-5);
            String line = Evaluations.describe(e);
            assertEquals(String.format(java.util.Locale.ROOT, "MAE %.4g, RMSE %.4g, R^2 %.3f, explained variance %.3f",
                    e.averageMAE(), e.averageRMSE(), e.averageR2(), e.explainedVariance().values().iterator().next()), line,
                    "one readable line, not Tribuo's {y0=3.6442542418656845}");
        }
    }

    /** A 3-class model evaluated with names whose hash order differs from the class order. */
    private static LabelEvaluation threeClassEvaluation(String... names) {
        float[][] x = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        try (Sequential m = Sequential.of(input(3), dense(3).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy(), Metrics.accuracy());
            return m.evaluateClassification(x, new int[] {0, 1, 2}, names);
        }
    }

    private static float[][] blobs(int n, long seed, int[] labels) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][2];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            x[i][0] = (float) (Math.cos(2 * Math.PI * labels[i] / 3) * 2 + r.nextDouble() - 0.5);
            x[i][1] = (float) (Math.sin(2 * Math.PI * labels[i] / 3) * 2 + r.nextDouble() - 0.5);
        }
        return x;
    }

    @Test
    void tribuoTensorFlowTrainerOnTheSameGraphReachesComparableAccuracy() {
        int[] y = new int[300];
        float[][] x = blobs(300, 1, y);
        int[] yTest = new int[150];
        float[][] xTest = blobs(150, 2, yTest);
        try (Sequential m = Sequential.of(input(2), dense(16).activation("relu"), dense(3).activation("softmax"))) {
            m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
            // hand over before our own training: both start from the same initial weights
            TensorFlowTrainer<Label> trainer = TribuoBridge.classificationTrainer(m, 10, 5);
            m.fit(x, y, FitOptions.epochs(5).batchSize(10).verbose(0));
            double ours = m.evaluateClassification(xTest, yTest).accuracy();

            MutableDataset<Label> train = TribuoBridge.classificationDataset(x, y, "blobs train");
            MutableDataset<Label> test = TribuoBridge.classificationDataset(xTest, yTest, "blobs test");
            Model<Label> tribuoModel = trainer.train(train);
            double theirs = new LabelEvaluator().evaluate(tribuoModel, test).accuracy();
            assertTrue(ours > 0.95, "ours " + ours);
            assertTrue(theirs > 0.95, "Tribuo " + theirs);
            assertTrue(tribuoModel.getProvenance().getTrainerProvenance().toString().contains("TensorFlowTrainer"));
        }
    }

    @Test
    void tribuoTrainsAnUnrolledLstmThroughItsHandWrittenGradient() {
        // Tribuo adds the gradients itself: the unrolled LSTM's backward pass, registered on the graph's
        // IdentityN marker, must serve its trainer too. The label is the sign of the FIRST of 8 steps.
        int steps = 8;
        float[][] x = new float[400][steps];
        int[] y = new int[400];
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < x.length; i++) {
            for (int t = 0; t < steps; t++) {
                x[i][t] = (float) (r.nextDouble() * 2 - 1);
            }
            y[i] = x[i][0] > 0 ? 1 : 0;
        }
        try (Sequential m = Sequential.of(input(steps, 1), lstm(8).route("unrolled"), dense(2).activation("softmax"))) {
            m.seed(3).compile(Optimizers.adam(2e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
            TensorFlowTrainer<Label> trainer = TribuoBridge.classificationTrainer(m, 20, 30);
            Model<Label> model = trainer.train(TribuoBridge.classificationDataset(x, y, "first sign"));
            double accuracy = new LabelEvaluator().evaluate(model,
                    TribuoBridge.classificationDataset(x, y, "first sign")).accuracy();
            // with no gradient reaching the LSTM (only the dense layer learning) it stayed near 0.6
            assertTrue(accuracy > 0.95, "Tribuo-trained unrolled LSTM, training accuracy " + accuracy);
        }
    }

    @Test
    void regressionTrainerAndDatasetNames() {
        assertArrayEquals(new String[] {"f0", "f1", "f2"}, TribuoBridge.featureNames(3));
        assertEquals("f783", TribuoBridge.featureNames(784)[783]);
        assertEquals("f009", TribuoBridge.featureNames(784)[9]);
        SplittableRandom r = new SplittableRandom(3);
        // 105 rows: the last batch is smaller than the batch size
        float[][] x = new float[105][2];
        float[][] y = new float[105][1];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = (float) r.nextDouble();
            x[i][1] = (float) r.nextDouble();
            y[i][0] = x[i][0] + 2 * x[i][1];
        }
        try (Sequential m = Sequential.of(input(2), dense(1))) {
            m.compile(Optimizers.sgd(0.1), Losses.mse());
            TensorFlowTrainer<Regressor> trainer = TribuoBridge.regressionTrainer(m, 10, 20);
            MutableDataset<Regressor> d = TribuoBridge.regressionDataset(x, y, "linear");
            Model<Regressor> model = trainer.train(d);
            double r2 = new org.tribuo.regression.evaluation.RegressionEvaluator().evaluate(model, d).averageR2();
            assertTrue(r2 > 0.9, "R^2 " + r2);
        }
    }
}
