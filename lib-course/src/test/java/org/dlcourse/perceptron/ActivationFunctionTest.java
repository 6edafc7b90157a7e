package org.dlcourse.perceptron;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationFunctionTest {

    @Test
    void valuesAtKnownPoints() {
        assertEquals(0.5, ActivationFunction.SIGMOID.apply(0), 1e-15);
        assertEquals(1 / (1 + Math.exp(-2)), ActivationFunction.SIGMOID.apply(2), 1e-15);
        assertEquals(Math.tanh(-1.5), ActivationFunction.TANH.apply(-1.5), 1e-15);
        assertEquals(0, ActivationFunction.RELU.apply(-3));
        assertEquals(3, ActivationFunction.RELU.apply(3));
        assertEquals(-3 * ActivationFunction.LEAKY_SLOPE, ActivationFunction.LEAKY_RELU.apply(-3), 1e-15);
        assertEquals(2, ActivationFunction.LEAKY_RELU.apply(2));
        assertEquals("leaky ReLU", ActivationFunction.LEAKY_RELU.label());
    }

    @Test
    void derivativesMatchFiniteDifferencesAwayFromTheKink() {
        double h = 1e-6;
        for (ActivationFunction f : ActivationFunction.values()) {
            for (double z = -4.75; z <= 4.75; z += 0.5) {
                double numeric = (f.apply(z + h) - f.apply(z - h)) / (2 * h);
                assertEquals(numeric, f.derivative(z), 1e-8, f + " at " + z);
            }
        }
        assertEquals(0, ActivationFunction.RELU.derivative(0), "ReLU'(0) taken as 0, as TensorFlow");
    }

    @Test
    void sigmoidsSlopeIsAtMostAQuarter() {
        double max = 0;
        for (double z = -10; z <= 10; z += 0.01) {
            max = Math.max(max, ActivationFunction.SIGMOID.derivative(z));
        }
        assertEquals(0.25, max, 1e-12);
        assertEquals(0.25, ActivationFunction.SIGMOID.derivative(0), 1e-15);
        assertEquals(1, ActivationFunction.TANH.derivative(0), 1e-15);
        assertTrue(ActivationFunction.SIGMOID.derivative(5) < 0.01, "saturated: almost no slope");
    }

    @Test
    void arrayVersionsApplyElementwise() {
        double[] z = {-1, 0, 2};
        double[] relu = ActivationFunction.RELU.apply(z);
        double[] slope = ActivationFunction.LEAKY_RELU.derivative(z);
        assertEquals(0, relu[0]);
        assertEquals(2, relu[2]);
        assertEquals(ActivationFunction.LEAKY_SLOPE, slope[0]);
        assertEquals(1, slope[2]);
    }
}
