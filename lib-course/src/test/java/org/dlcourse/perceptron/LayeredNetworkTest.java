package org.dlcourse.perceptron;

import org.dlcourse.data.FunctionSamples;
import org.dlcourse.data.Regions;
import org.dlcourse.data.Xor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayeredNetworkTest {
    @Test
    void shapeAndParameterCount() {
        LayeredNetwork net = LayeredNetwork.classifier(1, 2, 8, 4, 1);
        assertEquals("2-8-4-1", net.shape());
        assertEquals(2, net.hiddenLayers());
        assertEquals(8 * 3 + 4 * 9 + 1 * 5, net.parameterCount());
    }

    @Test
    void oneUnitDrawsALineTwoLayersATriangleThreeLayersARing() {
        Regions.Sample convex = Regions.convex(300, 1);
        Regions.Sample ring = Regions.nonConvex(300, 2);
        LayeredNetwork line = LayeredNetwork.classifier(1, 2, 1);
        line.fit(convex.x(), convex.y(), 2000, 0.5);
        assertTrue(line.accuracy(convex.x(), convex.y()) < 0.85, "a half-plane cannot hold a triangle");
        LayeredNetwork two = LayeredNetwork.classifier(1, 2, 3, 1);
        two.fit(convex.x(), convex.y(), 5000, 0.5);
        assertTrue(two.accuracy(convex.x(), convex.y()) > 0.97);
        LayeredNetwork three = LayeredNetwork.classifier(1, 2, 8, 4, 1);
        three.fit(ring.x(), ring.y(), 5000, 0.5);
        assertTrue(three.accuracy(ring.x(), ring.y()) > 0.97);
    }

    @Test
    void moreHiddenUnitsFitSineBetter() {
        FunctionSamples sine = FunctionSamples.of(Math::sin, -2 * Math.PI, 2 * Math.PI, 64);
        double[] last = new double[3];
        int[] units = {1, 3, 10};
        for (int k = 0; k < 3; k++) {
            LayeredNetwork net = LayeredNetwork.regressor(1, 1, units[k], 1);
            double[] costs = net.fit(sine.inputs(), sine.y(), 20000, 0.05);
            last[k] = costs[costs.length - 1];
        }
        assertTrue(last[0] > 0.3 && last[1] < last[0] / 5 && last[2] < last[1], java.util.Arrays.toString(last));
    }

    @Test
    void backpropMatchesFiniteDifferencesThroughTwoHiddenLayers() {
        double[][] x = {{0.3, -0.7}, {-0.5, 0.2}, {0.9, 0.4}};
        for (boolean classifier : new boolean[] {true, false}) {
            double[] y = {1, 0, classifier ? 1 : -0.4};
            LayeredNetwork net = classifier ? LayeredNetwork.classifier(3, 2, 5, 3, 1)
                    : LayeredNetwork.regressor(3, 2, 5, 3, 1);
            double[] backprop = net.costAndGradient(x, y);
            double h = 1e-6;
            for (int k = 0; k < net.parameterCount(); k++) {
                net.nudge(k, h);
                double up = net.costAndGradient(x, y)[0];
                net.nudge(k, -2 * h);
                double down = net.costAndGradient(x, y)[0];
                net.nudge(k, h);
                assertEquals((up - down) / (2 * h), backprop[k + 1], 1e-8, "parameter " + k);
            }
        }
    }

    @Test
    void regressorOutputIsLinearAndClassifierOnlyMethodsRefuse() {
        LayeredNetwork reg = LayeredNetwork.regressor(1, 1, 4, 1);
        assertThrows(IllegalStateException.class, () -> reg.predict(0.5));
        LayeredNetwork cls = LayeredNetwork.classifier(1, 2, 4, 1);
        double p = cls.output(0.2, 0.4);
        assertTrue(p > 0 && p < 1);
        assertThrows(IllegalArgumentException.class, () -> LayeredNetwork.classifier(1, 2, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> LayeredNetwork.classifier(1, 2));
        assertThrows(IllegalArgumentException.class, () -> cls.fit(Xor.inputs(), new int[] {0, 1, 2, 0}, 5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> cls.output(1, 2, 3));
    }

    @Test
    void sameSeedSameNetwork() {
        LayeredNetwork a = LayeredNetwork.classifier(9, 2, 4, 1);
        LayeredNetwork b = LayeredNetwork.classifier(9, 2, 4, 1);
        a.fit(Xor.inputs(), Xor.labels(), 100, 0.5);
        b.fit(Xor.inputs(), Xor.labels(), 100, 0.5);
        assertEquals(a.output(0.3, 0.6), b.output(0.3, 0.6));
    }
}
