package org.dlcourse.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WavesTest {

    @Test
    void noteFrequenciesFollowEqualTemperament() {
        assertEquals(440.0, Waves.noteFrequency("A4"), 1e-9);
        assertEquals(880.0, Waves.noteFrequency("A5"), 1e-9);
        assertEquals(261.626, Waves.noteFrequency("C4"), 1e-3);
        assertEquals(Waves.noteFrequency("C#4"), Waves.noteFrequency("Db4"), 1e-9);
        assertEquals(440.0, Waves.midiFrequency(69), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Waves.noteFrequency("H2"));
        assertThrows(IllegalArgumentException.class, () -> Waves.noteFrequency("A"));
    }

    @Test
    void aSineHasItsAmplitudeAndPeriod() {
        double[] s = Waves.sine(1000, 0.5, 0.01, 8000);     // 8 samples per cycle
        assertEquals(80, s.length);
        assertEquals(0, s[0], 1e-12);
        assertEquals(0.5, s[2], 1e-12);                     // a quarter cycle
        assertEquals(-0.5, s[6], 1e-12);
        assertEquals(s[3], s[11], 1e-12);                   // one period later
        assertEquals(0.5, Waves.peak(s), 1e-12);
        assertArrayEquals(new double[] {0, 0.125, 0.25}, Waves.times(3, 8), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, Waves.concat(new double[] {1}, new double[] {2, 3}), 0);
    }

    @Test
    void shapesHaveTheirHarmonics() {
        assertEquals(1, Waves.Shape.SINE.harmonic(1));
        assertEquals(0, Waves.Shape.SINE.harmonic(2));
        assertEquals(1.0 / 3, Waves.Shape.SQUARE.harmonic(3), 1e-12);
        assertEquals(0, Waves.Shape.SQUARE.harmonic(4));
        assertEquals(0.25, Waves.Shape.SAWTOOTH.harmonic(4), 1e-12);
        assertEquals(-1.0 / 9, Waves.Shape.TRIANGLE.harmonic(3), 1e-12);
        assertEquals(1.0 / 25, Waves.Shape.TRIANGLE.harmonic(5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Waves.Shape.SINE.harmonic(0));
    }

    @Test
    void badArgumentsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> Waves.sine(440, 1, 0, 8000));
        assertThrows(IllegalArgumentException.class, () -> Waves.sine(-1, 1, 1, 8000));
        assertThrows(IllegalArgumentException.class, () -> Waves.sine(440, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Waves.add(new double[2], new double[3]));
    }
}
