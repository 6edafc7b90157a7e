package org.dlcourse.audio;

import java.util.Locale;
import java.util.Objects;

/**
 * A spectrogram (스펙트로그램): the short-time Fourier transform (STFT) of a signal. The signal is
 * cut into overlapping frames of {@code frameSize} samples, {@code hop} samples apart; each frame
 * is multiplied by a Hann window (so its edges fade to zero) and Fourier-transformed. The result
 * is a grid of amplitudes, one row per frame (time) and one column per frequency bin: how loud
 * each frequency is at each moment.
 *
 * <pre>{@code
 * Spectrogram s = Spectrogram.of(signal, 8000, 256, 128);   // 32 ms frames, 16 ms apart
 * s.amplitudes()[frame][bin];  s.times()[frame];  s.frequencies()[bin];
 * }</pre>
 */
public final class Spectrogram {
    /** The floor of {@link #decibels()}: quieter cells show as this many dB below the loudest. */
    public static final double FLOOR_DB = -80;

    private final double[][] amplitudes;
    private final int sampleRate;
    private final int frameSize;
    private final int hop;

    private Spectrogram(double[][] amplitudes, int sampleRate, int frameSize, int hop) {
        this.amplitudes = amplitudes;
        this.sampleRate = sampleRate;
        this.frameSize = frameSize;
        this.hop = hop;
    }

    /**
     * The STFT of {@code signal}: frames of {@code frameSize} samples every {@code hop} samples (a
     * frame that would run past the end is left out), Hann-windowed, bins 0..frameSize/2, each
     * scaled so a steady sine of amplitude A shows about A.
     *
     * @throws IllegalArgumentException if the frame is longer than the signal or a size is not positive
     */
    public static Spectrogram of(double[] signal, int sampleRate, int frameSize, int hop) {
        Objects.requireNonNull(signal, "signal");
        Waves.checkRate(sampleRate);
        if (frameSize < 2 || hop < 1) {
            throw new IllegalArgumentException("frameSize must be at least 2 and hop at least 1, were "
                    + frameSize + " and " + hop);
        }
        if (frameSize > signal.length) {
            throw new IllegalArgumentException("a frame of " + frameSize + " samples is longer than the signal ("
                    + signal.length + " samples): use a shorter frame");
        }
        double[] window = hann(frameSize);
        double windowSum = 0;
        for (double w : window) {
            windowSum += w;
        }
        int frames = 1 + (signal.length - frameSize) / hop;
        double[][] out = new double[frames][];
        double[] frame = new double[frameSize];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < frameSize; i++) {
                frame[i] = signal[f * hop + i] * window[i];
            }
            Spectrum s = Fourier.fft(frame, sampleRate);
            double[] a = new double[frameSize / 2 + 1];
            for (int k = 0; k < a.length; k++) {
                a[k] = (k == 0 || 2 * k == frameSize ? 1 : 2) * s.magnitude(k) / windowSum;
            }
            out[f] = a;
        }
        return new Spectrogram(out, sampleRate, frameSize, hop);
    }

    /**
     * The periodic Hann window of length n: {@code 0.5 - 0.5·cos(2πi/n)}, 0 at the start, 1 in the
     * middle. Without it, a frame's abrupt edges would smear each tone over many bins.
     */
    public static double[] hann(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a window needs at least one sample, was " + n);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
        }
        return w;
    }

    /** Number of frames (time steps). */
    public int frames() {
        return amplitudes.length;
    }

    /** Number of frequency bins per frame, frameSize/2 + 1. */
    public int bins() {
        return amplitudes[0].length;
    }

    /** The amplitudes, {@code [frame][bin]} (a copy). */
    public double[][] amplitudes() {
        double[][] copy = new double[amplitudes.length][];
        for (int f = 0; f < amplitudes.length; f++) {
            copy[f] = amplitudes[f].clone();
        }
        return copy;
    }

    /**
     * The amplitudes in decibels relative to the loudest cell, {@code 20·log10(a / max)}: 0 dB for
     * the loudest, -20 dB for a tenth of it, never below {@link #FLOOR_DB}. Our ears hear loudness
     * roughly on this logarithmic scale.
     */
    public double[][] decibels() {
        double max = 0;
        for (double[] row : amplitudes) {
            for (double a : row) {
                max = Math.max(max, a);
            }
        }
        double[][] db = new double[amplitudes.length][bins()];
        for (int f = 0; f < amplitudes.length; f++) {
            for (int k = 0; k < bins(); k++) {
                double v = max > 0 && amplitudes[f][k] > 0 ? 20 * Math.log10(amplitudes[f][k] / max) : FLOOR_DB;
                db[f][k] = Math.max(FLOOR_DB, v);
            }
        }
        return db;
    }

    /** The time of each frame's centre in seconds. */
    public double[] times() {
        double[] t = new double[frames()];
        for (int f = 0; f < t.length; f++) {
            t[f] = (f * hop + frameSize / 2.0) / sampleRate;
        }
        return t;
    }

    /** The frequency of each bin in Hz. */
    public double[] frequencies() {
        double[] hz = new double[bins()];
        for (int k = 0; k < hz.length; k++) {
            hz[k] = (double) k * sampleRate / frameSize;
        }
        return hz;
    }

    /** The sampling rate of the signal. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Samples per frame. */
    public int frameSize() {
        return frameSize;
    }

    /** Samples between frame starts. */
    public int hop() {
        return hop;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Spectrogram[%d frames x %d bins: %.0f ms frames every %.0f ms, %.1f Hz per bin]",
                frames(), bins(), 1000.0 * frameSize / sampleRate, 1000.0 * hop / sampleRate,
                (double) sampleRate / frameSize);
    }
}
