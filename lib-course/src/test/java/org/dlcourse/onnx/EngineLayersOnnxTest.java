package org.dlcourse.onnx;

import org.dlcourse.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.dlcourse.nn.Layers.conv2d;
import static org.dlcourse.nn.Layers.dense;
import static org.dlcourse.nn.Layers.flatten;
import static org.dlcourse.nn.Layers.input;
import static org.dlcourse.nn.Layers.leakyRelu;
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
}
