package org.dlcourse.audio;

import org.jtransforms.fft.DoubleFFT_1D;

import java.util.Objects;

/**
 * The discrete Fourier transform (이산 푸리에 변환) of a real signal, twice: {@link #dft} straight
 * from the formula, {@code X[k] = Σ_t x[t] · e^(-2πi·k·t/n)}, which takes n² steps; and
 * {@link #fft}, a fast Fourier transform (JTransforms, any length) that gives the same
 * coefficients in about n·log n steps. Both return a {@link Spectrum}.
 *
 * <pre>{@code
 * double[] a4 = Waves.sine(440, 0.5, 1.0, 8000);
 * Spectrum s = Fourier.fft(a4, 8000);
 * s.peakFrequency();       // 440.0
 * }</pre>
 */
public final class Fourier {
    private Fourier() {
    }

    /**
     * The DFT computed plainly, as the formula reads: for each bin k, the signal multiplied by a
     * cosine and a sine of k cycles over the signal's length and summed. O(n²): use it on small
     * signals, {@link #fft} on real ones.
     */
    public static Spectrum dft(double[] signal, int sampleRate) {
        check(signal);
        int n = signal.length;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int t = 0; t < n; t++) {
                // reduce k·t mod n first: the angle stays small and exact for long signals
                double angle = 2 * Math.PI * ((long) k * t % n) / n;
                sumRe += signal[t] * Math.cos(angle);
                sumIm -= signal[t] * Math.sin(angle);
            }
            re[k] = sumRe;
            im[k] = sumIm;
        }
        return new Spectrum(re, im, sampleRate);
    }

    /** The same coefficients as {@link #dft}, by a fast Fourier transform (JTransforms). */
    public static Spectrum fft(double[] signal, int sampleRate) {
        check(signal);
        int n = signal.length;
        double[] data = new double[2 * n];
        System.arraycopy(signal, 0, data, 0, n);
        new DoubleFFT_1D(n).realForwardFull(data);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            re[k] = data[2 * k];
            im[k] = data[2 * k + 1];
        }
        return new Spectrum(re, im, sampleRate);
    }

    /** The one-sided amplitude spectrum of a signal by FFT: {@code fft(signal, rate).amplitudes()}. */
    public static double[] amplitudes(double[] signal) {
        return fft(signal, Waves.SAMPLE_RATE).amplitudes();
    }

    private static void check(double[] signal) {
        Objects.requireNonNull(signal, "signal");
        if (signal.length == 0) {
            throw new IllegalArgumentException("the Fourier transform needs at least one sample");
        }
    }
}
