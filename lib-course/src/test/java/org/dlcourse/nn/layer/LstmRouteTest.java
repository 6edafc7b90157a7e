package org.dlcourse.nn.layer;

import org.junit.jupiter.api.Test;

import static org.dlcourse.nn.layer.Layers.lstm;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an LSTM layer chooses between the fused op and the unrolled graph. */
class LstmRouteTest {
    @Test
    void autoRouteUnrollsWideLayersOnModerateLengths() {
        assertTrue(LSTM.fusedSupported(), "this test runs on Linux, where the gradient registers");
        Class<?> f32 = org.tensorflow.types.TFloat32.class;
        assertFalse(lstm(128).usesFused(f32, 100), "128 units x 100 steps: unrolled (twice as fast to train)");
        assertFalse(lstm(64).usesFused(f32, 200));
        assertTrue(lstm(64).usesFused(f32, 201), "longer sequences: a graph of 201 cells is slow to build");
        assertTrue(lstm(32).usesFused(f32, 100), "narrow layers: fused");
        assertTrue(lstm(128).route("fused").usesFused(f32, 100), "a forced route wins");
        assertFalse(lstm(32).route("unrolled").usesFused(f32, 400));
        assertFalse(lstm(32).usesFused(org.tensorflow.types.TFloat64.class, 400), "no float64 kernel");
    }
}
