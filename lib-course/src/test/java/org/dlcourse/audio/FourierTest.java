package org.dlcourse.audio;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class FourierTest {

    @Test
    void dftAndFftAgreeOnRandomSignalsOfAnyLength() {
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 7, 64, 100, 127, 256}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextGaussian();
            }
            Spectrum slow = Fourier.dft(x, 8000);
            Spectrum fast = Fourier.fft(x, 8000);
            assertEquals(n, fast.size());
            assertTrue(slow.maxDifference(fast) < 1e-9 * n, "n = " + n + ": " + slow.maxDifference(fast));
        }
    }

    @Test
    void dftOfASmallSignalFollowsTheFormula() {
        // x = [1, 0, -1, 0]: X[k] = 1 - e^{-iπk} -> [0, 2, 0, 2]
        Spectrum s = Fourier.dft(new double[] {1, 0, -1, 0}, 4);
        double[] expected = {0, 2, 0, 2};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], s.re(k), 1e-12);
            assertEquals(0, s.im(k), 1e-12);
        }
        // a constant: everything in bin 0
        Spectrum c = Fourier.dft(new double[] {3, 3, 3, 3}, 4);
        assertEquals(12, c.re(0), 1e-12);
        assertEquals(0, c.magnitude(1), 1e-12);
    }

    @Test
    void aSinePeaksAtItsBinWithItsAmplitude() {
        double[] a4 = Waves.sine(440, 0.5, 1.0, 8000);     // 8000 samples: bins 1 Hz apart
        Spectrum s = Fourier.fft(a4, 8000);
        assertEquals(1.0, s.binWidth(), 1e-12);
        assertEquals(440.0, s.peakFrequency(), 1e-9);
        double[] a = s.amplitudes();
        assertEquals(4001, a.length);
        assertEquals(0.5, a[440], 1e-9);
        assertEquals(0, a[439], 1e-9);
        assertEquals(0, a[441], 1e-9);
        // two sines: two peaks, each with its own amplitude
        double[] chord = Waves.add(Waves.sine(300, 0.2, 1.0, 8000), Waves.sine(1250, 0.7, 1.0, 8000));
        double[] b = Fourier.fft(chord, 8000).amplitudes();
        assertEquals(0.2, b[300], 1e-9);
        assertEquals(0.7, b[1250], 1e-9);
        assertEquals(1250.0, Fourier.fft(chord, 8000).peakFrequency(), 1e-9);
    }

    @Test
    void aSquareWaveHasOddHarmonicsOnly() {
        double[] square = Waves.tone(Waves.Shape.SQUARE, 200, 1.0, 8000, 8000);
        double[] a = Fourier.fft(square, 8000).amplitudes();
        assertEquals(1.0, a[200], 1e-9);
        assertEquals(0, a[400], 1e-9);
        assertEquals(1.0 / 3, a[600], 1e-9);
        assertEquals(1.0 / 19, a[3800], 1e-9);
        assertEquals(0, a[4000], 1e-9, "nothing at or above the Nyquist frequency");
    }

    @Test
    void emptySignalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fourier.fft(new double[0], 8000));
        assertThrows(IllegalArgumentException.class, () -> Fourier.dft(new double[0], 8000));
        assertThrows(IllegalArgumentException.class, () -> Fourier.fft(new double[4], 0));
    }
}
