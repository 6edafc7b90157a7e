package org.dlcourse.nn;

import org.dlcourse.nn.graph.GraphProbe;
import org.dlcourse.nn.graph.TrainingGraph;
import org.dlcourse.nn.layer.Initializer;
import org.dlcourse.nn.layer.LSTM;
import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.globalAveragePooling1d;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.lstm;
import static org.dlcourse.nn.layer.Layers.simpleRnn;
import static org.dlcourse.nn.layer.Layers.tokenInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Embedding, GlobalAveragePooling1D, SimpleRNN and LSTM: shapes, gradients, learning, files. */
class SequenceLayersTest {
    static final int VOCAB = 10;

    /** Random ids in [0, vocab). */
    static int[][] randomTokens(int n, int length, int vocab, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] x = new int[n][length];
        for (int[] row : x) {
            for (int j = 0; j < length; j++) {
                row[j] = r.nextInt(vocab);
            }
        }
        return x;
    }

    static float[][] floats(int[][] tokens) {
        float[][] x = new float[tokens.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new float[tokens[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = tokens[i][j];
            }
        }
        return x;
    }

    /** Token presence: label 1 when token 7 occurs; about half the sequences hold it. */
    static int[] presenceLabels(int[][] x, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (x[i][j] == 7) {
                    x[i][j] = 1 + r.nextInt(6); // clear the random sevens
                }
            }
            if (r.nextBoolean()) {
                x[i][r.nextInt(x[i].length)] = 7;
                y[i] = 1;
            }
        }
        return y;
    }

    /**
     * Order: every sequence holds token 1 once and token 2 once among fillers 3..9; label 1 when
     * 1 comes before 2. A bag of tokens cannot tell the classes apart.
     */
    static int[] orderTask(int[][] x, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            int len = x[i].length;
            for (int j = 0; j < len; j++) {
                x[i][j] = 3 + r.nextInt(VOCAB - 3);
            }
            int a = r.nextInt(len);
            int b;
            do {
                b = r.nextInt(len);
            } while (b == a);
            x[i][a] = 1;
            x[i][b] = 2;
            y[i] = a < b ? 1 : 0;
        }
        return y;
    }

    private static double accuracy(Sequential m, int[][] x, int[] y) {
        int[] p = m.predictClasses(x);
        int right = 0;
        for (int i = 0; i < y.length; i++) {
            right += p[i] == y[i] ? 1 : 0;
        }
        return right / (double) y.length;
    }

    // ---- shapes and errors ------------------------------------------------------------------

    @Test
    void shapesAndParameterCountsFollowKeras() {
        try (Sequential m = Sequential.of(tokenInput(20), embedding(100, 8), simpleRnn(16).returnSequences(true),
                lstm(4).returnSequences(true), lstm(3), dense(1).activation("sigmoid"))) {
            assertArrayEquals(new int[] {20, 8}, m.outputShape(0));
            assertArrayEquals(new int[] {20, 16}, m.outputShape(1));
            assertArrayEquals(new int[] {20, 4}, m.outputShape(2));
            assertArrayEquals(new int[] {3}, m.outputShape(3));
            // Keras: 800; 8*16+16*16+16 = 400; 4*(16*4+4*4+4) = 336; 4*(4*3+3*3+3) = 96; 4
            assertEquals(800 + 400 + 336 + 96 + 4, m.countParams());
            assertTrue(m.summary().contains("LSTM"), m.summary());
        }
        try (Sequential m = Sequential.of(tokenInput(5), embedding(10, 3), globalAveragePooling1d(), dense(2))) {
            assertArrayEquals(new int[] {3}, m.outputShape(1));
        }
    }

    @Test
    void badModelsAndTokensGetClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sequential.of(tokenInput(5), dense(3)));
        assertTrue(e.getMessage().startsWith("A token input needs an Embedding"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Sequential.of(input(5), embedding(10, 3)));
        assertTrue(e.getMessage().contains("must be the first layer"), e.getMessage());
        ShapeException s = assertThrows(ShapeException.class, () -> Sequential.of(input(5), simpleRnn(3)));
        assertTrue(s.getMessage().contains("expects a sequence (None, steps, features)"), s.getMessage());
        s = assertThrows(ShapeException.class, () -> Sequential.of(tokenInput(5), embedding(10, 3), lstm(2), lstm(2)));
        assertTrue(s.getMessage().contains("returnSequences(true)"), s.getMessage());
        assertThrows(IllegalArgumentException.class, () -> embedding(0, 3));
        assertThrows(IllegalArgumentException.class, () -> lstm(-1));
        e = assertThrows(IllegalArgumentException.class, () -> lstm(2).route("cudnn"));
        assertTrue(e.getMessage().startsWith("Unknown LSTM route 'cudnn'"), e.getMessage());

        try (Sequential m = Sequential.of(tokenInput(3), embedding(10, 2), globalAveragePooling1d(), dense(1))) {
            e = assertThrows(IllegalArgumentException.class, () -> m.predict(new int[][] {{1, 2, 10}}));
            assertTrue(e.getMessage().startsWith("Row 0 position 2 of the prediction data is token id 10.0"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> m.predict(new float[][] {{1, 2.5f, 3}}));
            assertTrue(e.getMessage().contains("whole ids in [0, 10)"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> m.predict(new int[][] {{1, -1, 3}}));
            assertTrue(e.getMessage().startsWith("Row 0 position 1"), e.getMessage());
            s = assertThrows(ShapeException.class, () -> m.predict(new int[][] {{1, 2}}));
            assertTrue(s.getMessage().startsWith("Row 0 of the prediction data has 2 values"), s.getMessage());
        }
    }

    @Test
    void orthogonalInitialiserGivesOrthonormalRowsOrColumns() {
        for (int[] rc : new int[][] {{4, 16}, {16, 4}, {5, 5}}) {
            double[] w = Initializer.ORTHOGONAL.sample(rc[0] * rc[1], rc[0], rc[1], new SplittableRandom(3));
            boolean rows = rc[0] <= rc[1];
            int k = rows ? rc[0] : rc[1];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double dot = 0;
                    for (int j = 0; j < (rows ? rc[1] : rc[0]); j++) {
                        dot += rows ? w[a * rc[1] + j] * w[b * rc[1] + j] : w[j * rc[1] + a] * w[j * rc[1] + b];
                    }
                    assertEquals(a == b ? 1.0 : 0.0, dot, 1e-9);
                }
            }
        }
        double[] bias = Initializer.UNIT_FORGET_BIAS.sample(12, 1, 12, new SplittableRandom(1));
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0}, bias);
    }

    // ---- gradients --------------------------------------------------------------------------

    @Test
    void gradientsOfEmbeddingPoolingAndSimpleRnn() {
        float[][] x = floats(randomTokens(5, 4, 6, 1));
        int[] y = {0, 1, 2, 1, 0};
        try (Sequential m = Sequential.float64(tokenInput(4), embedding(6, 3), globalAveragePooling1d(),
                dense(3).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, x, Targets.labels(y)) > 20);
        }
        try (Sequential m = Sequential.float64(tokenInput(4), embedding(6, 3), simpleRnn(4).returnSequences(true),
                simpleRnn(3).activation("relu"), dense(3).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            assertTrue(GradientCheckTest.check(m, x, Targets.labels(y)) > 50);
        }
    }

    @Test
    void gradientsOfUnrolledLstm() {
        float[][] x = floats(randomTokens(5, 4, 6, 2));
        try (Sequential m = Sequential.float64(tokenInput(4), embedding(6, 3), lstm(4).returnSequences(true),
                lstm(3), dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.sgd(0.1), Losses.binaryCrossentropy());
            assertTrue(GradientCheckTest.check(m, x, Targets.labels(new int[] {0, 1, 1, 0, 1})) > 60);
        }
    }

    @Test
    void unrolledLstmBackpropagatesThroughTimeByHand() {
        int steps = 12;
        int[][] tokens = randomTokens(8, steps, VOCAB, 5);
        try (Sequential m = Sequential.of(tokenInput(steps), embedding(VOCAB, 4), lstm(5).route("unrolled"),
                dense(2).activation("softmax"))) {
            m.seed(3).compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy());
            gradients(m, floats(tokens), orderTask(tokens, 5));
            Map<String, Integer> ops = GraphProbe.opTypes(m.graph());
            assertEquals(1, ops.get("IdentityN"), "one marker for the one LSTM: " + ops);
            // forward: h U per step after the first, the input projection, the dense layer; each of the two
            // gradient builds (the training step's and the probe's): dz U^T per step after the first, one product
            // for the recurrent kernel's gradient over all steps, two for the projection, two for the dense layer
            // (the symbolic gradient would add one product per step for the recurrent kernel)
            assertEquals((steps - 1) + 2 + 2 * ((steps - 1) + 1 + 2 + 2), ops.get("MatMul"), ops.toString());
            // the per-step bookkeeping of the symbolic gradient is absent
            assertTrue(ops.getOrDefault("BroadcastGradientArgs", 0) < steps, ops.toString());
        }
    }

    // ---- fused vs unrolled ------------------------------------------------------------------

    private static Sequential lstmModel(LSTM.Route route, boolean stacked) {
        Sequential m = stacked
                ? Sequential.of(tokenInput(6), embedding(VOCAB, 4), lstm(5).returnSequences(true).route(route),
                        lstm(3).route(route), dense(2).activation("softmax"))
                : Sequential.of(tokenInput(6), embedding(VOCAB, 4), lstm(5).route(route), dense(2).activation("softmax"));
        m.seed(9).compile(Optimizers.sgd(0.5), Losses.categoricalCrossentropy());
        return m;
    }

    @Test
    void fusedAndUnrolledLstmAgreeOnOutputsAndGradients() {
        assertTrue(LSTM.fusedSupported(), "this test runs on Linux, where the gradient registers");
        int[][] tokens = randomTokens(16, 6, VOCAB, 4);
        float[][] x = floats(tokens);
        int[] y = orderTask(tokens, 5);
        for (boolean stacked : new boolean[] {false, true}) {
            try (Sequential fused = lstmModel(LSTM.Route.FUSED, stacked);
                 Sequential unrolled = lstmModel(LSTM.Route.UNROLLED, stacked)) {
                float[][] a = fused.predict(x);
                float[][] b = unrolled.predict(x);
                for (int i = 0; i < x.length; i++) {
                    assertArrayEquals(b[i], a[i], 1e-6f);
                }
                assertSameLossAndGradients(gradients(unrolled, x, y), gradients(fused, x, y));
                // and training steps stay together
                fused.fit(x, y, FitOptions.epochs(3).batchSize(8).verbose(0));
                unrolled.fit(x, y, FitOptions.epochs(3).batchSize(8).verbose(0));
                a = fused.predict(x);
                b = unrolled.predict(x);
                for (int i = 0; i < x.length; i++) {
                    assertArrayEquals(b[i], a[i], 1e-4f);
                }
            }
        }
    }

    @Test
    void blockedUnrolledLstmAgreesWithTheFusedOp() {
        // 45 steps: the unrolled route projects the inputs in three blocks (15 steps each), each
        // with its own products and its own share of the recurrent kernel's gradient
        int steps = 45;
        int[][] tokens = randomTokens(6, steps, VOCAB, 8);
        float[][] x = floats(tokens);
        int[] y = orderTask(tokens, 5);
        try (Sequential fused = Sequential.of(tokenInput(steps), embedding(VOCAB, 4), lstm(5).route("fused"),
                dense(2).activation("softmax"));
             Sequential unrolled = Sequential.of(tokenInput(steps), embedding(VOCAB, 4), lstm(5).route("unrolled"),
                     dense(2).activation("softmax"))) {
            for (Sequential m : List.of(fused, unrolled)) {
                m.seed(9).compile(Optimizers.sgd(0.5), Losses.categoricalCrossentropy());
            }
            assertSameLossAndGradients(gradients(unrolled, x, y), gradients(fused, x, y));
            Map<String, Integer> ops = GraphProbe.opTypes(unrolled.graph());
            assertEquals(1, ops.get("SplitV"), "one split of the inputs into blocks: " + ops);
            assertEquals(3 + 1, ops.get("BiasAdd"), "a projection per block, and the dense layer: " + ops);
        }
    }

    /** The loss (row 0) and every parameter's gradient agree to float32 rounding. */
    private static void assertSameLossAndGradients(double[][] expected, double[][] actual) {
        assertEquals(expected[0][0], actual[0][0], 1e-6, "loss");
        for (int p = 1; p < expected.length; p++) {
            for (int i = 0; i < expected[p].length; i++) {
                assertEquals(expected[p][i], actual[p][i], 1e-5 + 1e-4 * Math.abs(expected[p][i]),
                        "param " + (p - 1) + " index " + i);
            }
        }
    }

    private static double[][] gradients(Sequential m, float[][] x, int[] y) {
        TrainingGraph<?> g = m.graph();
        float[] flat = new float[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * x[0].length, x[0].length);
        }
        try (Tensor xt = g.floats(g.inputShape(x.length), flat);
             Tensor yt = g.targetTensor(Targets.labels(y), null, 0, x.length)) {
            return GraphProbe.lossAndGradients(g, xt, yt, true, 1, 1);
        }
    }

    @Test
    void forcedFusedRouteRefusesFloat64() {
        try (Sequential m = Sequential.float64(tokenInput(3), embedding(5, 2), lstm(2).route("fused"), dense(1))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.predict(new int[][] {{1, 2, 3}}));
            assertTrue(e.getMessage().contains("no float64 kernel"), e.getMessage());
        }
    }

    // ---- learning ---------------------------------------------------------------------------

    @Test
    void simpleRnnAndPoolingLearnTokenPresence() {
        int[][] x = randomTokens(600, 8, VOCAB, 11);
        int[] y = presenceLabels(x, 12);
        int[][] test = randomTokens(200, 8, VOCAB, 13);
        int[] yTest = presenceLabels(test, 14);
        try (Sequential rnn = Sequential.of(tokenInput(8), embedding(VOCAB, 8), simpleRnn(8), dense(1).activation("sigmoid"))) {
            rnn.compile(Optimizers.rmsprop(0.01), Losses.binaryCrossentropy(), Metrics.accuracy());
            History h = rnn.fit(x, y, FitOptions.epochs(15).batchSize(32).verbose(0).validationData(test, yTest));
            assertTrue(accuracy(rnn, test, yTest) > 0.95, h.toString());
            assertTrue(rnn.evaluate(test, yTest).get("accuracy") > 0.95);
            assertEquals(accuracy(rnn, test, yTest), rnn.evaluateClassification(test, yTest).accuracy(), 1e-9);
        }
        try (Sequential bag = Sequential.of(tokenInput(8), embedding(VOCAB, 8), globalAveragePooling1d(),
                dense(1).activation("sigmoid"))) {
            bag.compile(Optimizers.rmsprop(0.01), Losses.binaryCrossentropy(), Metrics.accuracy());
            bag.fit(x, y, FitOptions.epochs(30).batchSize(32).verbose(0));
            assertTrue(accuracy(bag, test, yTest) > 0.9);
        }
    }

    @Test
    void lstmLearnsOrderThatABagOfTokensCannot() {
        int[][] x = randomTokens(1000, 6, VOCAB, 21);
        int[] y = orderTask(x, 22);
        int[][] test = randomTokens(300, 6, VOCAB, 23);
        int[] yTest = orderTask(test, 24);
        try (Sequential m = Sequential.of(tokenInput(6), embedding(VOCAB, 8), lstm(16), dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.rmsprop(0.01), Losses.binaryCrossentropy(), Metrics.accuracy());
            m.fit(x, y, FitOptions.epochs(20).batchSize(32).verbose(0));
            assertTrue(accuracy(m, test, yTest) > 0.9, "LSTM accuracy " + accuracy(m, test, yTest));
        }
        try (Sequential bag = Sequential.of(tokenInput(6), embedding(VOCAB, 8), globalAveragePooling1d(),
                dense(1).activation("sigmoid"))) {
            bag.compile(Optimizers.rmsprop(0.01), Losses.binaryCrossentropy(), Metrics.accuracy());
            bag.fit(x, y, FitOptions.epochs(10).batchSize(32).verbose(0));
            assertTrue(accuracy(bag, test, yTest) < 0.7, "bag accuracy " + accuracy(bag, test, yTest));
        }
    }

    // ---- files ------------------------------------------------------------------------------

    @Test
    void saveLoadRoundTripAndFreshJvmPrediction(@TempDir Path dir) throws IOException, InterruptedException {
        int[][] tokens = randomTokens(40, 6, VOCAB, 31);
        int[] y = orderTask(tokens, 32);
        float[][] x = floats(tokens);
        List<Sequential> models = List.of(
                Sequential.of(tokenInput(6), embedding(VOCAB, 4), simpleRnn(5).returnSequences(true),
                        globalAveragePooling1d(), dense(1).activation("sigmoid")),
                Sequential.of(tokenInput(6), embedding(VOCAB, 4), lstm(5).returnSequences(true), lstm(3).route("unrolled"),
                        dense(1).activation("sigmoid")));
        int k = 0;
        for (Sequential m : models) {
            try (m) {
                m.compile(Optimizers.adam(0.01), Losses.binaryCrossentropy(), Metrics.accuracy());
                m.fit(tokens, y, FitOptions.epochs(2).batchSize(8).verbose(0));
                float[][] expected = m.predict(tokens);
                Path file = dir.resolve("model" + k++ + ".dlmodel");
                m.save(file);
                try (Sequential loaded = Sequential.load(file)) {
                    assertEquals(m.summary(), loaded.summary());
                    float[][] got = loaded.predict(x);
                    for (int i = 0; i < x.length; i++) {
                        assertArrayEquals(expected[i], got[i], 0f);
                    }
                    loaded.fit(tokens, y, FitOptions.epochs(1).batchSize(8).verbose(0));
                }
                assertFreshJvmPredicts(file, x, expected);
            }
        }
    }

    /** A new JVM loads the model and predicts; it never trains, so it never registers the LSTM gradient. */
    static void assertFreshJvmPredicts(Path model, float[][] x, float[][] expected)
            throws IOException, InterruptedException {
        FreshJvm.Run run = FreshJvm.run(model, x, expected[0].length);
        assertTrue(!run.log().contains("Java gradient function"), "the fresh JVM built a gradient: " + run.log());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], run.predictions()[i], 0f);
        }
    }
}
