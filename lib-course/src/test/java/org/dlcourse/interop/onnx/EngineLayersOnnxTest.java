package org.dlcourse.interop.onnx;

import org.dlcourse.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.layer.Layers.batchNormalization;
import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.leakyRelu;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.dlcourse.nn.layer.Layers.tokenInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's newer layers and activations (issue 20) exported to ONNX give TensorFlow's outputs in
 * ONNX Runtime within 1e-4 (see {@link SequentialOnnxTest#sameOutputs}).
 */
class EngineLayersOnnxTest {
    @TempDir
    Path dir;

    static float[][] rows(int n, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] x = new float[n][size];
        for (float[] row : x) {
            for (int j = 0; j < size; j++) {
                row[j] = (float) (4 * r.nextDouble() - 2);
            }
        }
        return x;
    }

    /** Random weights in [-1, 1] (biases included), so a dropped term shows. */
    static void randomise(Sequential m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<float[]> w = new ArrayList<>();
        for (float[] p : m.getWeights()) {
            float[] q = new float[p.length];
            for (int i = 0; i < q.length; i++) {
                q[i] = (float) (2 * r.nextDouble() - 1);
            }
            w.add(q);
        }
        m.setWeights(w);
    }

    @Test
    void leakyReluLayerAndActivation() {
        try (Sequential m = Sequential.of(input(6), dense(5), leakyRelu(), dense(4).activation("leaky_relu"),
                leakyRelu(0.05), dense(2))) {
            randomise(m, 1);
            assertTrue(SequentialOnnx.toProto(m).getGraph().getNodeList().stream()
                    .filter(n -> n.getOpType().equals("LeakyRelu")).count() == 3);
            SequentialOnnxTest.sameOutputs(m, rows(8, 6, 2), dir.resolve("leaky_dense.onnx"));
        }
        try (Sequential m = Sequential.of(input(6, 5, 2), conv2d(3, 3).activation("leaky_relu"), leakyRelu(),
                flatten(), dense(2))) {
            randomise(m, 3);
            SequentialOnnxTest.sameOutputs(m, rows(4, 60, 4), dir.resolve("leaky_conv.onnx"));
        }
    }

    /** Random weights, with each batch normalisation's moving variance (at the given positions) positive. */
    private static void randomiseWithVariances(Sequential m, long seed, int... variances) {
        randomise(m, seed);
        List<float[]> w = m.getWeights();
        for (int i : variances) {
            float[] v = w.get(i);
            for (int j = 0; j < v.length; j++) {
                v[j] = Math.abs(v[j]) + 0.05f;
            }
        }
        m.setWeights(w);
    }

    private static long count(Sequential m, String op) {
        return SequentialOnnx.toProto(m).getGraph().getNodeList().stream().filter(n -> n.getOpType().equals(op)).count();
    }

    @Test
    void batchNormalizationAfterDenseAndConvolutionAndOnSequences() {
        try (Sequential m = Sequential.of(input(6), dense(5), batchNormalization(), dense(4).activation("relu"),
                batchNormalization().center(false).scale(false).epsilon(0.1), dense(2))) {
            randomiseWithVariances(m, 5, 5, 9);
            assertEquals(2, count(m, "BatchNormalization"));
            SequentialOnnxTest.sameOutputs(m, rows(8, 6, 6), dir.resolve("bn_dense.onnx"));
        }
        // NHWC -> NCHW before the first convolution; a batch normalisation on the image input itself
        try (Sequential m = Sequential.of(input(7, 5, 2), batchNormalization(), conv2d(3, 3).padding("same"),
                batchNormalization().scale(false), maxPool2d(2), flatten(), dense(2))) {
            randomiseWithVariances(m, 7, 3, 8);
            SequentialOnnxTest.sameOutputs(m, rows(4, 70, 8), dir.resolve("bn_conv.onnx"));
        }
        try (Sequential m = Sequential.of(tokenInput(5), embedding(10, 3), batchNormalization(), flatten(), dense(2))) {
            randomiseWithVariances(m, 9, 4);
            float[][] tokens = new float[4][5];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 5; j++) {
                    tokens[i][j] = (i * 3 + j * 7) % 10;
                }
            }
            SequentialOnnxTest.sameOutputs(m, tokens, dir.resolve("bn_sequence.onnx"));
        }
    }
}
