package org.dlcourse.nn;

import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wide LSTM on one-step sequences trains (the automatic route once unrolled it and had no recurrent gradient). */
class OneStepLstmTest {
    @Test
    void aWideLstmTrainsOnSequencesOfOneStep() {
        int[][] x = new int[64][1];
        int[] y = new int[64];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = 1 + i % 5;
            y[i] = i % 5 == 0 ? 1 : 0;
        }
        try (Sequential m = Sequential.of(Layers.tokenInput(1), Layers.embedding(6, 8), Layers.lstm(128),
                Layers.dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.adam(1e-2), Losses.binaryCrossentropy(), Metrics.accuracy());
            History h = m.fit(x, y, FitOptions.epochs(30).batchSize(16).verbose(0));
            assertEquals(30, h.epochs());
            assertTrue(h.last("accuracy") == 1.0, "accuracy " + h.last("accuracy"));
        }
    }
}
