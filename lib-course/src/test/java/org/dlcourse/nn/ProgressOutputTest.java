package org.dlcourse.nn;

import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside a notebook, verbose 1 and 2 print one plain line per epoch; verbose 0 prints nothing. */
class ProgressOutputTest {

    private static String run(int verbose) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try (Sequential m = Sequential.of(input(2), dense(1).activation("sigmoid"))) {
            m.compile(Optimizers.sgd(0.1), Losses.binaryCrossentropy(), Metrics.accuracy());
            m.fit(SequentialTrainingTest.XOR_X, SequentialTrainingTest.XOR_Y,
                    FitOptions.epochs(3).batchSize(2).validationSplit(0.5).verbose(verbose));
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneLinePerEpochInATerminal() {
        for (int verbose : new int[] {1, 2}) {
            String out = run(verbose);
            String[] lines = out.strip().split("\n");
            assertEquals(3, lines.length, out);
            assertTrue(lines[0].startsWith("Epoch 1/3  1/1  loss "), lines[0]);
            assertTrue(lines[2].contains("val_accuracy"), lines[2]);
        }
        assertEquals("", run(0));
    }
}
