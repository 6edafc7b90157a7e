package org.dlcourse.nn;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** EarlyStopping's patience counts as Keras's does, checked on given loss curves (no training). */
class EarlyStoppingTest {

    /** The epoch after which training stops for this val_loss curve, or 0 if it runs to the end. */
    private static int stopEpoch(int patience, double... valLoss) {
        EarlyStopping early = EarlyStopping.monitor("val_loss").patience(patience);
        Training training = new Training(null, valLoss.length, 1, null);
        early.onTrainBegin(training);
        for (int epoch = 1; epoch <= valLoss.length; epoch++) {
            early.onEpochEnd(epoch, Map.of("val_loss", valLoss[epoch - 1]), training);
            if (training.stopRequested()) {
                assertEquals(epoch, early.stoppedEpoch());
                return epoch;
            }
        }
        return 0;
    }

    @Test
    void patienceIsTheNumberOfEpochsWithoutImprovement() {
        // best at epoch 2, then no improvement
        double[] curve = {1.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        assertEquals(3, stopEpoch(0, curve));
        assertEquals(3, stopEpoch(1, curve));
        assertEquals(4, stopEpoch(2, curve));
        assertEquals(5, stopEpoch(3, curve));
        assertEquals(0, stopEpoch(6, curve), "patience longer than the rest of the curve: runs to the end");
    }

    @Test
    void anImprovementStartsTheCountAgain() {
        // two bad epochs, a new best at epoch 5, then two bad epochs
        double[] curve = {1.0, 0.5, 0.6, 0.7, 0.4, 0.45, 0.46};
        assertEquals(0, stopEpoch(3, curve), "never three bad epochs in a row before the end");
        assertEquals(4, stopEpoch(2, curve));
        assertEquals(6, stopEpoch(2, 1.0, 0.5, 0.6, 0.4, 0.45, 0.46, 0.47), "one bad epoch, a new best at 4, two bad");
    }

    @Test
    void reportsTheBestEpoch() {
        EarlyStopping early = EarlyStopping.monitor("val_loss").patience(2);
        Training training = new Training(null, 4, 1, null);
        early.onTrainBegin(training);
        double[] curve = {1.0, 0.5, 0.6, 0.7};
        for (int e = 1; e <= curve.length; e++) {
            early.onEpochEnd(e, Map.of("val_loss", curve[e - 1]), training);
        }
        assertEquals(2, early.bestEpoch());
        assertEquals(0.5, early.bestValue(), 0.0);
    }
}
