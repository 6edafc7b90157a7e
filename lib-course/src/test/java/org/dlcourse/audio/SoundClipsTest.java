package org.dlcourse.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SoundClipsTest {

    @Test
    void theSameSeedGivesTheSameClips() {
        SoundSet a = SoundClips.generate(24, 5);
        SoundSet b = SoundClips.generate(24, 5);
        SoundSet c = SoundClips.generate(24, 6);
        assertArrayEquals(a.labels(), b.labels());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.clip(i), b.clip(i), "clip " + i);
        }
        assertFalse(java.util.Arrays.equals(a.clip(0), c.clip(0)), "another seed, other clips");
    }

    @Test
    void kindsAreBalancedAndClipsAreValidSound() {
        SoundSet set = SoundClips.generate(60, 1);
        assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10}, set.counts());
        assertEquals(6, set.kinds().length);
        assertEquals(8000, set.sampleRate());
        assertTrue(set.toString().startsWith("60 clips of 0.512 s at 8000 Hz: 10 flute"), set.toString());
        for (int i = 0; i < set.size(); i++) {
            float[] clip = set.clip(i);
            assertEquals(SoundClips.CLIP_SAMPLES, clip.length);
            double peak = 0;
            for (float v : clip) {
                assertTrue(Float.isFinite(v));
                peak = Math.max(peak, Math.abs(v));
            }
            assertTrue(peak > 0.1 && peak < 1.0, "clip " + i + " peak " + peak);
            if (set.labels()[i] == 5) {
                assertTrue(Double.isNaN(set.pitch(i)));
            } else {
                assertTrue(set.pitch(i) > 190 && set.pitch(i) < 800, "pitch " + set.pitch(i));
            }
        }
    }

    @Test
    void aClipsSpectrumPeaksAtItsPitch() {
        SoundSet set = SoundClips.generate(12, 3);
        int clarinet = set.firstOf(1);
        double peak = Fourier.fft(set.signal(clarinet), 8000).peakFrequency();
        assertEquals(set.pitch(clarinet), peak, 15, "the fundamental is the loudest harmonic");
    }

    @Test
    void featuresHaveTheirShapesAndRange() {
        SoundSet set = SoundClips.generate(6, 2);
        float[][] wave = set.waveformFeatures();
        float[][] spectrum = set.spectrumFeatures();
        float[][] image = set.spectrogramFeatures();
        assertEquals(4096, wave[0].length);
        assertEquals(2048, spectrum[0].length);
        assertEquals(SoundSet.SPECTROGRAM_BANDS * SoundSet.SPECTROGRAM_FRAMES, image[0].length);
        for (int i = 0; i < set.size(); i++) {
            float max = 0;
            for (float v : wave[i]) {
                max = Math.max(max, Math.abs(v));
            }
            assertEquals(1f, max, 1e-6f, "waveforms are scaled to a peak of 1");
            for (float[] row : new float[][] {spectrum[i], image[i]}) {
                float hi = 0;
                for (float v : row) {
                    assertTrue(v >= 0 && v <= 1, "decibel features lie in [0, 1]");
                    hi = Math.max(hi, v);
                }
                assertEquals(1f, hi, 1e-6f);
            }
        }
    }
}
