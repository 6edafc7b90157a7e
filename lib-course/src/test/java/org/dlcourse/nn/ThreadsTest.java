package org.dlcourse.nn;

import org.dlcourse.nn.graph.GraphProbe;
import org.dlcourse.nn.graph.Threads;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.ConfigProto;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TensorFlow thread settings: parsing, the environment, and the session a model builds. */
class ThreadsTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Threads.KEY);
    }

    private static Sequential xorModel() {
        Sequential m = Sequential.of(input(2), dense(8).activation("tanh"), dense(2).activation("softmax")).seed(3);
        m.compile(Optimizers.adam(0.05), Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    @Test
    void parsesOneOrTwoCounts() {
        assertEquals(Threads.of(2, 2), Threads.parse("2", "test"));
        assertEquals(Threads.of(4, 1), Threads.parse(" 4 , 1 ", "test"));
        ConfigProto config = GraphProbe.sessionConfig(Threads.of(3, 1), false);
        assertEquals(3, config.getIntraOpParallelismThreads());
        assertEquals(1, config.getInterOpParallelismThreads());
        assertFalse(config.getGraphOptions().getRewriteOptions().getDisableMetaOptimizer());
        assertNull(GraphProbe.sessionConfig(Threads.tensorflowDefault(), false));
    }

    @Test
    void recurrentGraphsSkipTheMetaOptimizerWithAnyThreads() {
        ConfigProto pinned = GraphProbe.sessionConfig(Threads.of(2, 1), true);
        assertTrue(pinned.getGraphOptions().getRewriteOptions().getDisableMetaOptimizer());
        assertEquals(2, pinned.getIntraOpParallelismThreads());
        ConfigProto chosen = GraphProbe.sessionConfig(Threads.tensorflowDefault(), true);
        assertTrue(chosen.getGraphOptions().getRewriteOptions().getDisableMetaOptimizer());
        assertEquals(0, chosen.getIntraOpParallelismThreads(), "0 leaves the pool size to TensorFlow");
    }

    @Test
    void rejectsBadValuesNamingTheSource() {
        for (String bad : new String[] {"two", "0", "2,0", "-1", "1,2,3", "2,"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Threads.parse(bad, "environment variable COURSE_THREADS"));
            assertTrue(e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("COURSE_THREADS"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Threads.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> xorModel().threads(2, 0));
    }

    @Test
    void modelTakesThePropertyWhenNotSetItself() {
        System.setProperty(Threads.KEY, "1,1");
        try (Sequential m = xorModel()) {
            assertEquals(Threads.of(1, 1), m.threads());
            m.fit(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new int[] {0, 1, 1, 0}, FitOptions.epochs(1).batchSize(4).verbose(0));
            assertEquals(Threads.of(1, 1), GraphProbe.threads(m.graph()), "the session was built with the property's setting");
        }
        System.setProperty(Threads.KEY, "many");
        try (Sequential m = xorModel()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predict(new float[][] {{0, 1}}));
            assertTrue(e.getMessage().contains("-DCOURSE_THREADS"), e.getMessage());
        }
    }

    @Test
    void explicitSettingWinsAndTrainsLikeAnyOther() {
        System.setProperty(Threads.KEY, "2");
        float[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] y = {0, 1, 1, 0};
        try (Sequential m = xorModel().threads(1, 1)) {
            m.fit(x, y, FitOptions.epochs(200).batchSize(4).verbose(0));
            assertEquals(Threads.of(1, 1), GraphProbe.threads(m.graph()));
            assertEquals(1.0, m.evaluate(x, y).get("accuracy"), 1e-9, "XOR is learnt on a single-threaded session");
        }
    }

    @Test
    void cannotChangeThreadsOfARunningSession() {
        try (Sequential m = xorModel()) {
            m.predict(new float[][] {{0, 1}});
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.threads(1, 1));
            assertTrue(e.getMessage().contains("before the model first trains"), e.getMessage());
        }
    }
}
