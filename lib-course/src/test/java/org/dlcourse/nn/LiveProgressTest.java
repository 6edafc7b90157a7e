package org.dlcourse.nn;

import org.dlcourse.config.LiveLines;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With an in-place display installed (as the kernel extension installs the notebook's), the
 * progress goes to one line updated in place; the engine knows only {@link LiveLines}.
 */
class LiveProgressTest {
    @AfterEach
    void uninstall() {
        LiveLines.install(null);
    }

    @Test
    void progressUsesTheInstalledInPlaceDisplay() {
        List<String> shown = new ArrayList<>();
        int[] lines = {0};
        LiveLines.install(text -> {
            lines[0]++;
            shown.add(text);
            return shown::add;
        });
        assertTrue(LiveLines.inPlace());
        float[][] x = new float[40][3];
        int[] y = new int[40];
        for (int i = 0; i < x.length; i++) {
            x[i][i % 3] = 1;
            y[i] = i % 2;
        }
        try (Sequential m = Sequential.of(Layers.input(3), Layers.dense(2).activation("softmax"))) {
            m.compile(Optimizers.sgd(0.1), Losses.categoricalCrossentropy(), Metrics.accuracy());
            m.fit(x, y, FitOptions.epochs(2).batchSize(10).verbose(1));
        }
        assertEquals(1, lines[0], "one line, updated in place");
        assertTrue(shown.get(shown.size() - 1).startsWith("Epoch 2/2  4/4  loss "), shown.toString());
        LiveLines.install(null);
        assertFalse(LiveLines.inPlace());
    }
}
