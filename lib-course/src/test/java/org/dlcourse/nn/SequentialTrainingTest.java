package org.dlcourse.nn;

import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequentialTrainingTest {
    static final float[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final int[] XOR_Y = {0, 1, 1, 0};

    @Test
    void learnsXorWithAnMlp() {
        try (Sequential model = Sequential.of(input(2), dense(8).activation("tanh"), dense(1).activation("sigmoid"))) {
            model.compile(Optimizers.adam(0.05), Losses.binaryCrossentropy(), Metrics.accuracy());
            History h = model.fit(XOR_X, XOR_Y, FitOptions.epochs(150).batchSize(4).verbose(0));
            assertEquals(150, h.epochs());
            assertTrue(h.last("loss") < 0.1, "loss " + h.last("loss"));
            assertEquals(1.0, h.last("accuracy"));
            assertArrayEquals(XOR_Y, model.predictClasses(XOR_X));
            Map<String, Double> eval = model.evaluate(XOR_X, XOR_Y);
            assertEquals(1.0, eval.get("accuracy"));
            assertTrue(eval.get("loss") < 0.1);
        }
    }

    @Test
    void softmaxClassifierWithIntegerLabelsAndValidation() {
        // three Gaussian blobs
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        int n = 300;
        float[][] x = new float[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            x[i][0] = (float) (Math.cos(2 * Math.PI * y[i] / 3) * 2 + r.nextDouble() - 0.5);
            x[i][1] = (float) (Math.sin(2 * Math.PI * y[i] / 3) * 2 + r.nextDouble() - 0.5);
        }
        try (Sequential model = Sequential.of(input(2), dense(16).activation("relu"), Layers.dropout(0.2),
                dense(3).activation("softmax"))) {
            model.compile(Optimizers.sgd(0.1, 0.9), Losses.categoricalCrossentropy(), Metrics.accuracy());
            History h = model.fit(x, y, FitOptions.epochs(5).batchSize(16).validationSplit(0.2).verbose(0));
            assertEquals(List.of("loss", "accuracy", "val_loss", "val_accuracy"), h.names());
            assertTrue(h.last("val_accuracy") > 0.95, "val acc " + h.last("val_accuracy"));
            float[][] p = model.predict(x);
            assertEquals(3, p[0].length);
            float sum = p[0][0] + p[0][1] + p[0][2];
            assertEquals(1f, sum, 1e-5f);
            // continued training appends to the same history
            History again = model.fit(x, y, FitOptions.epochs(2).batchSize(16).validationSplit(0.2).verbose(0));
            assertEquals(7, again.epochs());
            assertNotNull(model.history());
            assertFalse(Double.isNaN(again.last("loss")));
        }
    }
}
