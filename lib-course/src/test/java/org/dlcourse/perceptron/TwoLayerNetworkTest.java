package org.dlcourse.perceptron;

import org.dlcourse.data.Xor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TwoLayerNetworkTest {

    @Test
    void learnsXor() {
        TwoLayerNetwork net = new TwoLayerNetwork(2, 4, 42);
        double[] losses = net.fit(Xor.inputs(), Xor.labels(), 3000, 0.5);
        assertEquals(1.0, net.accuracy(Xor.inputs(), Xor.labels()));
        assertTrue(losses[losses.length - 1] < 0.1 * losses[0], "loss should fall by 10x");
    }

    @Test
    void sameSeedSameResult() {
        TwoLayerNetwork a = new TwoLayerNetwork(2, 4, 7);
        TwoLayerNetwork b = new TwoLayerNetwork(2, 4, 7);
        a.fit(Xor.inputs(), Xor.labels(), 50, 0.5);
        b.fit(Xor.inputs(), Xor.labels(), 50, 0.5);
        assertEquals(a.predictProbability(0.3, 0.6), b.predictProbability(0.3, 0.6));
    }

    @Test
    void divergingLossStopsWithAClearMessage() {
        TwoLayerNetwork net = new TwoLayerNetwork(2, 4, 1);
        double[][] x = {{Double.NaN, 0}, {1, 1}};
        var e = assertThrows(IllegalStateException.class, () -> net.fit(x, new int[] {0, 1}, 10, 0.5));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertTrue(e.getMessage().contains("learning rate"));
    }

    @Test
    void badParameters() {
        assertThrows(IllegalArgumentException.class, () -> new TwoLayerNetwork(0, 4, 1));
        TwoLayerNetwork net = new TwoLayerNetwork(2, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> net.fit(Xor.inputs(), Xor.labels(), 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> net.fit(Xor.inputs(), Xor.labels(), 10, 0));
        assertThrows(IllegalArgumentException.class, () -> net.predict(1, 2, 3));
    }

    @Test
    void gradientAgreesWithFiniteDifferencesAndIsTheUpdateFitMakes() {
        TwoLayerNetwork net = new TwoLayerNetwork(2, 4, 42);
        double[][] x = Xor.inputs();
        int[] y = Xor.labels();
        double[] g = net.gradient(x, y);
        assertEquals(17, g.length);
        assertTrue(GradientCheck.maxAbsDifference(g, net.numericalGradient(x, y, 1e-6)) < 1e-8);

        double[] before = net.parameters();
        TwoLayerNetwork trained = net.copy();
        double[] costs = trained.fit(x, y, 1, 0.5);
        assertEquals(net.cost(x, y), costs[0], 1e-15);
        double[] after = trained.parameters();
        for (int k = 0; k < before.length; k++) {
            assertEquals(before[k] - 0.5 * g[k], after[k], 1e-15, "parameter " + k);
        }
        assertArrayEquals(before, net.parameters(), "training the copy leaves the original alone");
    }

    @Test
    void parametersRoundTripInTheDocumentedOrder() {
        TwoLayerNetwork net = new TwoLayerNetwork(2, 4, 42);
        double[] p = net.parameters();
        assertArrayEquals(p, TwoLayerNetwork.pack(net.hiddenWeights(), net.hiddenBiases(),
                net.outputWeights(), net.outputBias()));
        String[] names = net.parameterNames();
        assertEquals("W1[0][0]", names[0]);
        assertEquals("W1[3][1]", names[7]);
        assertEquals("b1[0]", names[8]);
        assertEquals("w2[0]", names[12]);
        assertEquals("b2", names[16]);
        p[16] = 0.25;
        p[0] = -1;
        net.setParameters(p);
        assertEquals(0.25, net.outputBias());
        assertEquals(-1, net.hiddenWeights()[0][0]);
        assertThrows(IllegalArgumentException.class, () -> net.setParameters(new double[3]));
    }
}
