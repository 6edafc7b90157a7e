package org.dlcourse.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SpectrogramTest {

    @Test
    void aSteadySineLightsOneBinInEveryFrame() {
        double[] s = Waves.sine(1000, 0.8, 0.5, 8000);            // 4000 samples
        Spectrogram g = Spectrogram.of(s, 8000, 256, 128);       // bins 31.25 Hz apart
        assertEquals(1 + (4000 - 256) / 128, g.frames());
        assertEquals(129, g.bins());
        assertEquals(1000.0, g.frequencies()[32], 1e-9);
        assertEquals(128 / 8000.0, g.times()[0], 1e-12);           // centre of the first frame
        double[][] a = g.amplitudes();
        for (double[] frame : a) {
            int best = 0;
            for (int k = 1; k < frame.length; k++) {
                if (frame[k] > frame[best]) {
                    best = k;
                }
            }
            assertEquals(32, best);
            assertEquals(0.8, frame[32], 1e-6, "the window's scaling keeps the amplitude");
        }
        double[][] db = g.decibels();
        assertEquals(0, db[3][32], 0.01);
        assertEquals(Spectrogram.FLOOR_DB, db[3][100], 1e-9);
    }

    @Test
    void aToneThatStartsLateIsSilentBefore() {
        double[] s = new double[8000];
        double[] tone = Waves.sine(500, 1, 0.5, 8000);
        System.arraycopy(tone, 0, s, 4000, 4000);
        Spectrogram g = Spectrogram.of(s, 8000, 256, 256);
        assertEquals(0, g.amplitudes()[0][16], 1e-12);             // 500 Hz = bin 16, first frame silent
        assertEquals(1, g.amplitudes()[g.frames() - 1][16], 1e-6);
    }

    @Test
    void hannWindowRisesFromZeroToOne() {
        double[] w = Spectrogram.hann(8);
        assertEquals(0, w[0], 1e-12);
        assertEquals(1, w[4], 1e-12);
        assertEquals(w[1], w[7], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Spectrogram.of(new double[100], 8000, 256, 128));
    }
}
