package org.dlcourse.nn.layer;

import org.dlcourse.nn.Sequential;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan of a built model: shapes and parameters per layer, made by one walk; the layer registry. */
class PlanTest {
    private static Sequential cnn() {
        return Sequential.of(Layers.input(28, 28, 1), Layers.conv2d(8, 3).activation("relu"), Layers.maxPool2d(2),
                Layers.batchNormalization(), Layers.flatten(), Layers.dropout(0.2), Layers.dense(10).activation("softmax"));
    }

    @Test
    void eachLayerKnowsItsShapesAndOwnsItsParameters() {
        try (Sequential m = cnn()) {
            Plan plan = m.plan();
            List<BuiltLayer> layers = plan.layers();
            assertEquals(6, layers.size());
            assertArrayEquals(new int[] {28, 28, 1}, layers.get(0).inputShape());
            assertArrayEquals(new int[] {26, 26, 8}, layers.get(0).outputShape());
            assertArrayEquals(new int[] {13, 13, 8}, layers.get(2).inputShape());
            assertEquals(List.of("kernel", "bias"), layers.get(0).paramNames());
            assertArrayEquals(new int[] {3, 3, 1, 8}, layers.get(0).paramShapes().get(0));
            assertEquals(List.of("gamma", "beta", "moving_mean", "moving_variance"), layers.get(2).paramNames());
            assertEquals(List.of(), layers.get(1).paramNames());
            for (int i = 0; i < layers.size(); i++) {
                assertArrayEquals(m.outputShape(i), layers.get(i).outputShape());
                assertSame(m.layers().get(i), layers.get(i).layer());
            }
            assertEquals(m.countParams(), plan.paramCount());
            assertEquals(80 + 32 + 1352 * 10 + 10, plan.paramCount());
            List<float[]> weights = m.getWeights();
            List<List<float[]>> byLayer = plan.byLayer(weights);
            assertSame(weights.get(2), byLayer.get(2).get(0), "the batch normalisation's gamma");
            assertSame(weights.get(6), byLayer.get(5).get(0), "the dense kernel");
            assertEquals(plan.paramTensors(), plan.paramNames().size());
            assertEquals("dense_1/kernel", plan.paramNames().get(6));
            assertThrows(IllegalArgumentException.class, () -> plan.byLayer(weights.subList(0, 3)));
        }
    }

    @Test
    void everyLayerTypeIsRegisteredAndRebuildsFromItsConfiguration() {
        List<Layer> all = List.of(Layers.dense(3), Layers.conv2d(2, 3), Layers.maxPool2d(2), Layers.averagePooling2d(2),
                Layers.flatten(), Layers.dropout(0.5), Layers.embedding(10, 4), Layers.globalAveragePooling1d(),
                Layers.simpleRnn(3), Layers.lstm(3), Layers.batchNormalization(), Layers.leakyRelu(0.2));
        for (Layer layer : all) {
            assertTrue(LayerTypes.isRegistered(layer.type()), layer.type());
            Map<String, String> c = new TreeMap<>();
            layer.writeConfig(c);
            Layer copy = LayerTypes.fromConfig(layer.type(), c, 0);
            Map<String, String> again = new TreeMap<>();
            copy.writeConfig(again);
            assertEquals(layer.getClass(), copy.getClass());
            assertEquals(c, again, layer.type());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerTypes.fromConfig("capsule", Map.of(), 3));
        assertEquals("unknown layer type 'capsule' at position 3", e.getMessage());
    }
}
