package org.dlcourse.audio;

import java.util.Arrays;
import java.util.Locale;

/**
 * Labelled sound clips (from {@link SoundClips#generate}) and three ways to turn them into network
 * inputs, one row per clip:
 * <ul>
 *   <li>{@link #waveformFeatures()}: the samples themselves (4096 numbers), scaled so the loudest
 *       sample is ±1;</li>
 *   <li>{@link #spectrumFeatures()}: the amplitude spectrum of the whole clip (2048 bins, 0 to
 *       4 kHz), in decibels below its loudest bin;</li>
 *   <li>{@link #spectrogramFeatures()}: a {@value #SPECTROGRAM_BANDS} × {@value #SPECTROGRAM_FRAMES}
 *       spectrogram image (frequency bands × time frames), in decibels, for a CNN.</li>
 * </ul>
 * Decibel features run from {@value #FLOOR_DB} dB (0) to the loudest value (1), so loudness is
 * gone from all three: the network must tell the kinds apart by their shape.
 */
public final class SoundSet {
    /** Frequency bands of {@link #spectrogramFeatures()}: 2 bins of 31.25 Hz each, 0 to 4 kHz. */
    public static final int SPECTROGRAM_BANDS = 64;
    /** Time frames of {@link #spectrogramFeatures()}: 256-sample frames every 128 samples. */
    public static final int SPECTROGRAM_FRAMES = 31;
    /** The quietest level the decibel features distinguish, relative to the clip's loudest value. */
    public static final double FLOOR_DB = -60;

    static final int FRAME = 256;
    static final int HOP = 128;

    private final float[][] clips;
    private final int[] labels;
    private final double[] pitches;
    private final String[] kinds;
    private final int sampleRate;

    SoundSet(float[][] clips, int[] labels, double[] pitches, String[] kinds, int sampleRate) {
        this.clips = clips;
        this.labels = labels;
        this.pitches = pitches;
        this.kinds = kinds;
        this.sampleRate = sampleRate;
    }

    /** Number of clips. */
    public int size() {
        return clips.length;
    }

    /** The samples of clip {@code i} (a copy). */
    public float[] clip(int i) {
        return clips[i].clone();
    }

    /** The samples of clip {@code i} as doubles. */
    public double[] signal(int i) {
        return Waves.toDouble(clips[i]);
    }

    /** The label of every clip, an index into {@link #kinds()} (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The kind names, indexed by label (a copy). */
    public String[] kinds() {
        return kinds.clone();
    }

    /** The pitch of clip {@code i} in Hz (NaN for a drum). */
    public double pitch(int i) {
        return pitches[i];
    }

    /** The sampling rate in Hz. */
    public int sampleRate() {
        return sampleRate;
    }

    /** The index of the first clip of kind {@code label}, or -1 if there is none. */
    public int firstOf(int label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return -1;
    }

    /** Clips per kind, indexed by label. */
    public int[] counts() {
        int[] counts = new int[kinds.length];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The raw samples, each clip scaled so its loudest sample is ±1: {@code [clip][sample]}. */
    public float[][] waveformFeatures() {
        float[][] x = new float[clips.length][];
        for (int i = 0; i < clips.length; i++) {
            float peak = 0;
            for (float v : clips[i]) {
                peak = Math.max(peak, Math.abs(v));
            }
            x[i] = new float[clips[i].length];
            for (int t = 0; t < x[i].length; t++) {
                x[i][t] = peak > 0 ? clips[i][t] / peak : 0;
            }
        }
        return x;
    }

    /** The amplitude spectrum of each clip, bins 0..n/2-1 (0 to 4 kHz), as scaled decibels: {@code [clip][bin]}. */
    public float[][] spectrumFeatures() {
        float[][] x = new float[clips.length][];
        for (int i = 0; i < clips.length; i++) {
            double[] a = Fourier.fft(signal(i), sampleRate).amplitudes();
            x[i] = scaledDecibels(Arrays.copyOf(a, a.length - 1));
        }
        return x;
    }

    /**
     * Each clip's spectrogram as a {@value #SPECTROGRAM_BANDS} × {@value #SPECTROGRAM_FRAMES}
     * image in scaled decibels, flattened row by row with the lowest band first: the input of a
     * CNN with {@code Layers.input(SPECTROGRAM_BANDS, SPECTROGRAM_FRAMES, 1)}.
     */
    public float[][] spectrogramFeatures() {
        float[][] x = new float[clips.length][];
        for (int i = 0; i < clips.length; i++) {
            x[i] = spectrogramImage(signal(i), sampleRate);
        }
        return x;
    }

    /** One signal's spectrogram as {@link #spectrogramFeatures()} computes it. */
    static float[] spectrogramImage(double[] signal, int sampleRate) {
        double[][] a = Spectrogram.of(signal, sampleRate, FRAME, HOP).amplitudes();
        int frames = Math.min(a.length, SPECTROGRAM_FRAMES);
        int perBand = (FRAME / 2) / SPECTROGRAM_BANDS;
        double[] grid = new double[SPECTROGRAM_BANDS * SPECTROGRAM_FRAMES];
        for (int b = 0; b < SPECTROGRAM_BANDS; b++) {
            for (int f = 0; f < frames; f++) {
                double sum = 0;
                for (int k = b * perBand; k < (b + 1) * perBand; k++) {
                    sum += a[f][k];
                }
                grid[b * SPECTROGRAM_FRAMES + f] = sum / perBand;
            }
        }
        return scaledDecibels(grid);
    }

    /** {@code 20·log10(v / max)} clipped at {@link #FLOOR_DB}, mapped to [0, 1]. */
    static float[] scaledDecibels(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            double db = max > 0 && values[i] > 0 ? 20 * Math.log10(values[i] / max) : FLOOR_DB;
            out[i] = (float) (1 - Math.max(db, FLOOR_DB) / FLOOR_DB);
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d clips of %.3f s at %d Hz:",
                clips.length, clips.length == 0 ? 0.0 : (double) clips[0].length / sampleRate, sampleRate));
        int[] counts = counts();
        for (int k = 0; k < kinds.length; k++) {
            s.append(k == 0 ? " " : ", ").append(counts[k]).append(' ').append(kinds[k]);
        }
        return s.toString();
    }
}
