package org.dlcourse.interop.onnx;

import org.dlcourse.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.averagePooling2d;
import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.dropout;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.globalAveragePooling1d;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.lstm;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.dlcourse.nn.layer.Layers.simpleRnn;
import static org.dlcourse.nn.layer.Layers.tokenInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sequential models exported to ONNX give TensorFlow's outputs in ONNX Runtime within 1e-4. Every
 * weight, biases included, is randomised first so that a misplaced bias or a wrong gate order shows.
 * A file ONNX Runtime rejects fails in {@link OnnxInference#load}.
 */
class SequentialOnnxTest {
    @TempDir
    Path dir;

    private static void randomiseWeights(Sequential m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<float[]> w = new ArrayList<>();
        for (float[] p : m.getWeights()) {
            float[] q = new float[p.length];
            for (int i = 0; i < q.length; i++) {
                q[i] = (float) (r.nextDouble() - 0.5);
            }
            w.add(q);
        }
        m.setWeights(w);
    }

    private static float[][] randomRows(int n, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][size];
        for (float[] row : x) {
            for (int j = 0; j < size; j++) {
                row[j] = (float) (2 * r.nextDouble() - 1);
            }
        }
        return x;
    }

    private static float[][] randomTokens(int n, int length, int vocab, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][length];
        for (float[] row : x) {
            for (int j = 0; j < length; j++) {
                row[j] = r.nextInt(vocab);
            }
        }
        return x;
    }

    /** Exports, runs in ONNX Runtime and compares with TensorFlow; returns the largest difference. */
    private double assertSameOutputs(Sequential m, float[][] x, String name) {
        try (m) {
            randomiseWeights(m, name.hashCode());
            return sameOutputs(m, x, dir.resolve(name + ".onnx"));
        }
    }

    /**
     * Exports the model (with its weights as they are) to {@code file}, runs it in ONNX Runtime on
     * {@code x}, in one batch and in a batch of one, and asserts TensorFlow's outputs within 1e-4;
     * returns the largest difference.
     */
    static double sameOutputs(Sequential m, float[][] x, Path file) {
        String name = file.getFileName().toString();
        float[][] expected = m.predict(x);
        SequentialOnnx.export(m, file);
        double max = 0;
        try (OnnxInference onnx = OnnxInference.load(file)) {
            float[][] got = onnx.run(x).get("output");
            assertEquals(expected.length, got.length, name);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].length, got[i].length, name);
                for (int j = 0; j < expected[i].length; j++) {
                    max = Math.max(max, Math.abs(expected[i][j] - got[i][j]));
                    assertEquals(expected[i][j], got[i][j], 1e-4, name + " row " + i + " column " + j);
                }
            }
            // batch size 1 goes through the same graph
            float[][] one = onnx.run(new float[][] {x[0]}).get("output");
            for (int j = 0; j < expected[0].length; j++) {
                assertEquals(expected[0][j], one[0][j], 1e-4, name + " batch of one");
            }
        }
        return max;
    }

    @Test
    void denseWithEachActivation() {
        for (String act : new String[] {"relu", "leaky_relu", "sigmoid", "tanh", "linear", "softmax"}) {
            assertSameOutputs(Sequential.of(input(6), dense(5).activation(act), dropout(0.5), dense(3).activation(act)),
                    randomRows(7, 6, 1), "dense_" + act);
        }
        assertSameOutputs(Sequential.of(input(6), dense(4).useBias(false)), randomRows(3, 6, 2), "dense_no_bias");
    }

    @Test
    void convolutionsAndPoolingInNhwcLayout() {
        // non-square images and several channels: a layout mistake cannot cancel out
        assertSameOutputs(Sequential.of(input(9, 7, 3), conv2d(4, 3).activation("relu"), conv2d(5, 2, 3).strides(2).padding("same"),
                flatten(), dense(3).activation("softmax")), randomRows(4, 9 * 7 * 3, 3), "conv");
        assertSameOutputs(Sequential.of(input(9, 7, 2), conv2d(3, 3).padding("same"), maxPool2d(2), conv2d(2, 2),
                averagePooling2d(2).padding("same"), flatten(), dense(2)), randomRows(4, 9 * 7 * 2, 4), "pool");
        assertSameOutputs(Sequential.of(input(8, 8, 1), maxPool2d(3).strides(2).padding("same"), averagePooling2d(2).strides(1),
                flatten()), randomRows(3, 64, 5), "pool_only");
        // image input straight into Flatten and Dense
        assertSameOutputs(Sequential.of(input(4, 4, 2), flatten(), dense(3)), randomRows(3, 32, 6), "flatten_image");
    }

    @Test
    void embeddingPoolingAndSimpleRnn() {
        assertSameOutputs(Sequential.of(tokenInput(7), embedding(20, 4), globalAveragePooling1d(), dense(2).activation("softmax")),
                randomTokens(5, 7, 20, 7), "embedding_pooling");
        assertSameOutputs(Sequential.of(tokenInput(7), embedding(20, 4), flatten(), dense(2)),
                randomTokens(5, 7, 20, 8), "embedding_flatten");
        assertSameOutputs(Sequential.of(tokenInput(6), embedding(20, 4), simpleRnn(5)), randomTokens(5, 6, 20, 9), "rnn_last");
        assertSameOutputs(Sequential.of(tokenInput(6), embedding(20, 4), simpleRnn(5).returnSequences(true).activation("relu"),
                simpleRnn(3).activation("sigmoid"), dense(1).activation("sigmoid")), randomTokens(5, 6, 20, 10), "rnn_stacked");
        assertSameOutputs(Sequential.of(input(5, 3), simpleRnn(4).returnSequences(true), flatten()),
                randomRows(4, 15, 11), "rnn_float_sequences");
    }

    @Test
    void lstmGateOrderFusedAndUnrolled() {
        for (String route : new String[] {"fused", "unrolled"}) {
            assertSameOutputs(Sequential.of(tokenInput(6), embedding(20, 4), lstm(5).route(route)),
                    randomTokens(5, 6, 20, 12), "lstm_last_" + route);
            assertSameOutputs(Sequential.of(tokenInput(6), embedding(20, 4), lstm(5).returnSequences(true).route(route),
                    lstm(3).route(route), dense(2).activation("softmax")), randomTokens(5, 6, 20, 13), "lstm_stacked_" + route);
        }
        assertSameOutputs(Sequential.of(input(4, 3), lstm(2).returnSequences(true), globalAveragePooling1d()),
                randomRows(3, 12, 14), "lstm_float_sequences");
    }

    @Test
    void modelsShapedLikeTheChapters() {
        assertSameOutputs(Sequential.of(input(28, 28, 1), flatten(), dense(512).activation("relu"), dropout(0.2),
                dense(10).activation("softmax")), randomRows(8, 784, 21), "mnist_mlp");
        assertSameOutputs(Sequential.of(input(28, 28, 1), conv2d(8, 3).activation("relu"), maxPool2d(2),
                conv2d(16, 3).activation("relu"), maxPool2d(2), flatten(), dropout(0.5), dense(10).activation("softmax")),
                randomRows(8, 784, 22), "mnist_cnn");
        assertSameOutputs(Sequential.of(tokenInput(100), embedding(1000, 16), simpleRnn(16), dense(1).activation("sigmoid")),
                randomTokens(8, 100, 1000, 23), "imdb_simple_rnn");
        assertSameOutputs(Sequential.of(tokenInput(60), embedding(1000, 16), lstm(16), dense(46).activation("softmax")),
                randomTokens(8, 60, 1000, 24), "reuters_lstm");
    }

    @Test
    void unsupportedLayersAndActivationsAreRefused() {
        try (Sequential m = Sequential.of(tokenInput(3), embedding(5, 2), simpleRnn(2).activation("linear"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SequentialOnnx.export(m, dir.resolve("x.onnx")));
            assertTrue(e.getMessage().startsWith("Cannot export layer 'simple_rnn_1' (SimpleRNN) to ONNX"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> SequentialOnnx.export(null, dir.resolve("x.onnx")));
    }

    @Test
    void aFileOnnxRuntimeRejectsFailsToLoad() throws IOException {
        try (Sequential m = Sequential.of(input(3), dense(2))) {
            Path file = SequentialOnnx.export(m, dir.resolve("m.onnx"));
            byte[] bytes = Files.readAllBytes(file);
            // a node ONNX Runtime does not know: the checker must refuse the graph
            var proto = SequentialOnnx.toProto(m).toBuilder();
            proto.getGraphBuilder().getNodeBuilder(0).setOpType("NoSuchOp");
            Path bad = dir.resolve("bad.onnx");
            Files.write(bad, proto.build().toByteArray());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxInference.load(bad));
            assertTrue(e.getMessage().startsWith("ONNX Runtime cannot load"), e.getMessage());
            Path truncated = dir.resolve("truncated.onnx");
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertThrows(IllegalArgumentException.class, () -> OnnxInference.load(truncated));
        }
    }
}
