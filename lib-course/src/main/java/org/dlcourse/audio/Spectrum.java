package org.dlcourse.audio;

import java.util.Objects;

/**
 * The result of a discrete Fourier transform of {@code n} real samples: the complex coefficients
 * {@code X[k] = re[k] + i·im[k]}, k = 0..n-1, where bin k stands for the frequency
 * {@code k · sampleRate / n}. For real signals the bins above n/2 mirror those below, so
 * {@link #amplitudes()} and {@link #frequencies()} keep bins 0..n/2 (the one-sided spectrum, 스펙트럼).
 */
public final class Spectrum {
    private final double[] re;
    private final double[] im;
    private final int sampleRate;

    Spectrum(double[] re, double[] im, int sampleRate) {
        if (re.length != im.length || re.length == 0) {
            throw new IllegalArgumentException("a spectrum needs equally many real and imaginary parts, at least one");
        }
        Waves.checkRate(sampleRate);
        this.re = re;
        this.im = im;
        this.sampleRate = sampleRate;
    }

    /** The number of bins, equal to the number of samples transformed. */
    public int size() {
        return re.length;
    }

    /** The sampling rate of the transformed signal. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Real part of bin {@code k}. */
    public double re(int k) {
        return re[k];
    }

    /** Imaginary part of bin {@code k}. */
    public double im(int k) {
        return im[k];
    }

    /** |X[k]|: how much of bin k's frequency the signal holds (unscaled). */
    public double magnitude(int k) {
        return Math.hypot(re[k], im[k]);
    }

    /** The frequency of bin {@code k} in Hz: {@code k · sampleRate / n}. */
    public double frequency(int k) {
        return (double) k * sampleRate / re.length;
    }

    /** The frequency step between bins, {@code sampleRate / n} (the resolution). */
    public double binWidth() {
        return (double) sampleRate / re.length;
    }

    /** Frequencies of bins 0..n/2 in Hz. */
    public double[] frequencies() {
        double[] f = new double[re.length / 2 + 1];
        for (int k = 0; k < f.length; k++) {
            f[k] = frequency(k);
        }
        return f;
    }

    /**
     * The one-sided amplitude spectrum, bins 0..n/2, scaled so that a sine of amplitude A whose
     * frequency falls on a bin shows a peak of height A: {@code 2|X[k]|/n} (and {@code |X[k]|/n}
     * for bin 0 and, for even n, bin n/2).
     */
    public double[] amplitudes() {
        int n = re.length;
        double[] a = new double[n / 2 + 1];
        for (int k = 0; k < a.length; k++) {
            boolean single = k == 0 || 2 * k == n;
            a[k] = (single ? 1.0 : 2.0) * magnitude(k) / n;
        }
        return a;
    }

    /** The frequency of the largest amplitude among bins 1..n/2 (bin 0 is the constant offset). */
    public double peakFrequency() {
        double[] a = amplitudes();
        int best = a.length > 1 ? 1 : 0;
        for (int k = 1; k < a.length; k++) {
            if (a[k] > a[best]) {
                best = k;
            }
        }
        return frequency(best);
    }

    /** The largest difference between the coefficients of two spectra of equal size. */
    public double maxDifference(Spectrum other) {
        Objects.requireNonNull(other, "other");
        if (other.size() != size()) {
            throw new IllegalArgumentException("spectra of " + size() + " and " + other.size() + " bins cannot be compared");
        }
        double max = 0;
        for (int k = 0; k < re.length; k++) {
            max = Math.max(max, Math.hypot(re[k] - other.re[k], im[k] - other.im[k]));
        }
        return max;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Spectrum[%d bins, %.2f Hz apart, up to %.0f Hz]",
                size(), binWidth(), frequency(size() / 2));
    }
}
