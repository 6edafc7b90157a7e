package org.dlcourse.interop.onnx;

import org.dlcourse.data.Apples;
import org.dlcourse.data.TribuoData;
import org.dlcourse.interop.tribuo.TribuoBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TribuoOnnxTest {

    @Test
    void exportedLogisticRegressionGivesTribuosScoresInOnnxRuntime(@TempDir Path dir) throws Exception {
        Table train = Apples.generate(200, 1);
        Table test = Apples.generate(50, 2);
        MutableDataset<Label> data = TribuoData.classification(train, Apples.RIPE, Apples.SIZE, Apples.COLOUR);
        Model<Label> model = new LogisticRegressionTrainer().train(data);
        Path file = TribuoOnnx.export(model, dir.resolve("apples.onnx"));
        assertTrue(Files.size(file) > 0);

        List<Prediction<Label>> tribuo = model.predict(
                TribuoData.classification(test, Apples.RIPE, Apples.SIZE, Apples.COLOUR));
        try (OnnxInference onnx = OnnxInference.load(file)) {
            float[][] scores = onnx.runFirst(TribuoOnnx.featureRows(model, test));
            assertEquals(test.rowCount(), scores.length);
            for (int i = 0; i < scores.length; i++) {
                Prediction<Label> p = tribuo.get(i);
                for (var e : p.getOutputScores().entrySet()) {
                    int id = model.getOutputIDInfo().getID(e.getValue());
                    assertEquals(e.getValue().getScore(), scores[i][id], 1e-5, "row " + i + " label " + e.getKey());
                }
            }
            var testData = TribuoData.classification(test, Apples.RIPE, Apples.SIZE, Apples.COLOUR);
            assertArrayEquals(TribuoOnnx.featureRows(model, test), TribuoOnnx.featureRows(model, testData));
            TribuoOnnx.Agreement agreement = TribuoOnnx.compare(model, testData, onnx);
            assertEquals(test.rowCount(), agreement.examples());
            assertEquals(agreement.examples(), agreement.sameClass());
            assertTrue(agreement.maxScoreDifference() < 1e-5);
        }
    }

    @Test
    void factorizationMachineAndLinearRegressionExportWithTribuosOutputs(@TempDir Path dir) throws Exception {
        Table train = Apples.generate(200, 3);
        Table test = Apples.generate(50, 4);
        MutableDataset<Label> data = TribuoData.classification(train, Apples.RIPE, Apples.SIZE, Apples.COLOUR);
        Model<Label> fm = new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.1), 5, 1L, 3, 0.1).train(data);
        try (OnnxInference onnx = OnnxInference.load(TribuoOnnx.export(fm, dir.resolve("fm.onnx")))) {
            TribuoOnnx.Agreement a = TribuoOnnx.compare(fm, TribuoData.classification(test, Apples.RIPE, Apples.SIZE, Apples.COLOUR), onnx);
            assertEquals(a.examples(), a.sameClass(), a.toString());
            assertTrue(a.maxScoreDifference() < 1e-5, a.toString());
        }

        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        float[][] x = new float[120][3];
        float[][] y = new float[120][1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (float) (2 * r.nextDouble() - 1);
            }
            y[i][0] = 2 * x[i][0] - x[i][1] + 0.5f * x[i][2] + 1 + (float) (0.1 * r.nextDouble());
        }
        MutableDataset<Regressor> regression = TribuoBridge.regressionDataset(x, y, "linear");
        Model<Regressor> linear = new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1), 10, 1L).train(regression);
        List<Prediction<Regressor>> expected = linear.predict(regression);
        try (OnnxInference onnx = OnnxInference.load(TribuoOnnx.export(linear, dir.resolve("linear.onnx")))) {
            float[][] got = onnx.runFirst(TribuoOnnx.featureRows(linear, regression));
            for (int i = 0; i < got.length; i++) {
                assertEquals(expected.get(i).getOutput().getValues()[0], got[i][0], 1e-5, "row " + i);
            }
        }
    }

    @Test
    void missingOrCorruptModelFilesGetClearErrors(@TempDir Path dir) throws Exception {
        var missing = assertThrows(IllegalArgumentException.class, () -> OnnxInference.load(dir.resolve("nope.onnx")));
        assertTrue(missing.getMessage().contains("not found"));
        Path junk = Files.writeString(dir.resolve("junk.onnx"), "this is not a model");
        var corrupt = assertThrows(IllegalArgumentException.class, () -> OnnxInference.load(junk));
        assertTrue(corrupt.getMessage().contains("not a valid ONNX model"), corrupt.getMessage());
    }

    @Test
    void tableWithoutTheModelsFeaturesIsRejected() {
        Table train = Apples.generate(40, 1);
        Model<Label> model = new LogisticRegressionTrainer().train(
                TribuoData.classification(train, Apples.RIPE, Apples.SIZE, Apples.COLOUR));
        Table sizeOnly = train.selectColumns(Apples.SIZE, Apples.RIPE);
        var e = assertThrows(IllegalArgumentException.class, () -> TribuoOnnx.featureRows(model, sizeOnly));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }
}
