package org.dlcourse.nn.train;

import org.junit.jupiter.api.Test;
import org.tribuo.interop.tensorflow.GradientOptimiser;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each optimiser's class writes the model-file settings the single Optimizer class wrote before
 * (so old files load and new files read the same), rebuilds itself from them, and gives Tribuo its
 * settings.
 */
class OptimizerSettingsTest {
    private static Map<String, String> config(Optimizer o) {
        Map<String, String> c = new TreeMap<>();
        o.writeConfig(c);
        return c;
    }

    private static Map<String, String> saved(String name, String lr, String momentum, String rho, String beta1,
                                             String beta2, String epsilon) {
        Map<String, String> c = new TreeMap<>();
        c.put("optimizer", name);
        c.put("optimizer.learning_rate", lr);
        c.put("optimizer.momentum", momentum);
        c.put("optimizer.rho", rho);
        c.put("optimizer.beta1", beta1);
        c.put("optimizer.beta2", beta2);
        c.put("optimizer.epsilon", epsilon);
        return c;
    }

    @Test
    void writesTheSettingsTheFormerClassWrote() {
        assertEquals(saved("sgd", "0.01", "0.0", "0.0", "0.0", "0.0", "0.0"), config(Optimizers.sgd(0.01)));
        assertEquals(saved("sgd", "0.01", "0.9", "0.0", "0.0", "0.0", "0.0"), config(Optimizers.sgd(0.01, 0.9)));
        assertEquals(saved("rmsprop", "0.001", "0.0", "0.9", "0.0", "0.0", "1.0E-7"), config(Optimizers.rmsprop(1e-3)));
        assertEquals(saved("adam", "0.001", "0.0", "0.0", "0.9", "0.999", "1.0E-7"), config(Optimizers.adam()));
        Map<String, String> adagrad = saved("adagrad", "0.001", "0.0", "0.0", "0.0", "0.0", "1.0E-7");
        adagrad.put("optimizer.initial_accumulator", "0.1");
        assertEquals(adagrad, config(Optimizers.adagrad()));
        assertEquals(saved("adadelta", "0.001", "0.0", "0.95", "0.0", "0.0", "1.0E-7"), config(Optimizers.adadelta()));
    }

    @Test
    void rebuildsEachOptimiserFromItsSettings() {
        for (Optimizer o : List.of(Optimizers.sgd(0.05), Optimizers.sgd(0.01, 0.9), Optimizers.rmsprop(2e-3),
                Optimizers.adam(3e-4), Optimizers.adagrad(0.1), Optimizers.adadelta(1.0))) {
            Optimizer back = Optimizer.fromConfig(config(o));
            assertEquals(o.getClass(), back.getClass());
            assertEquals(o.toString(), back.toString());
            assertEquals(config(o), config(back));
        }
    }

    @Test
    void anAdaGradSavedWithoutItsInitialAccumulatorStartsAtZero() {
        Optimizer o = Optimizer.fromConfig(saved("adagrad", "0.01", "0.0", "0.0", "0.0", "0.0", "1.0E-7"));
        assertEquals("AdaGrad(lr=0.01, initial_accumulator=0.0)", o.toString());
        assertThrows(IllegalArgumentException.class,
                () -> Optimizer.fromConfig(saved("nadam", "0.01", "0.0", "0.0", "0.0", "0.0", "1.0E-7")));
    }

    @Test
    void givesTribuoItsSettings() {
        Map<String, Float> p = new TreeMap<>();
        assertEquals(GradientOptimiser.ADAM, Optimizers.adam().tribuo(p));
        assertEquals(Map.of("betaOne", 0.9f, "betaTwo", 0.999f, "epsilon", 1e-7f), p);
        p.clear();
        assertEquals(GradientOptimiser.RMSPROP, Optimizers.rmsprop(1e-3).tribuo(p));
        assertEquals(Map.of("decay", 0.9f, "momentum", 0f, "epsilon", 1e-7f), p);
        p.clear();
        assertEquals(GradientOptimiser.MOMENTUM, Optimizers.sgd(0.01, 0.5).tribuo(p));
        assertEquals(Map.of("momentum", 0.5f), p);
        p.clear();
        assertEquals(GradientOptimiser.GRADIENT_DESCENT, Optimizers.sgd(0.01).tribuo(p));
        assertEquals(Map.of(), p);
        assertEquals(GradientOptimiser.ADAGRAD, Optimizers.adagrad().tribuo(p));
        assertEquals(Map.of("initialAccumulatorValue", 0.1f), p);
        p.clear();
        assertEquals(GradientOptimiser.ADADELTA, Optimizers.adadelta().tribuo(p));
        assertEquals(Map.of("rho", 0.95f, "epsilon", 1e-7f), p);
    }
}
