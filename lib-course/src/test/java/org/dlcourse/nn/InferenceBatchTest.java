package org.dlcourse.nn;

import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** evaluate and predict honour a batch size; the default stays 256. */
class InferenceBatchTest {
    @Test
    void theBatchSizeChangesHowManyRowsRunAtOnceNotTheResults() {
        SplittableRandom r = new SplittableRandom(3);
        float[][] x = new float[600][6];
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = (float) r.nextGaussian();
            }
            y[i] = x[i][0] > 0 ? 1 : 0;
        }
        try (Sequential m = Sequential.of(Layers.input(6), Layers.dense(4).activation("relu"),
                Layers.dense(2).activation("softmax"))) {
            m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
            float[][] all = m.predict(x);
            float[][] bySeven = m.predict(x, 7);
            for (int i = 0; i < x.length; i++) {
                assertArrayEquals(all[i], bySeven[i], 1e-6f);
            }
            assertArrayEquals(all[5], m.predict(x, 256)[5], 0f, "256 is the default");
            Map<String, Double> byDefault = m.evaluate(x, y);
            assertEquals(byDefault, m.evaluate(x, y, 256));
            Map<String, Double> small = m.evaluate(x, y, 50);
            assertEquals(byDefault.get("loss"), small.get("loss"), 1e-6);
            assertEquals(byDefault.get("accuracy"), small.get("accuracy"), 0.0);
            assertThrows(IllegalArgumentException.class, () -> m.predict(x, 0));
            assertThrows(IllegalArgumentException.class, () -> m.evaluate(x, y, -1));
        }
    }
}
