package org.dlcourse.audio;

import java.util.Locale;
import java.util.Objects;

/**
 * Sound as numbers: a signal is an array of samples, {@code sampleRate} of them per second. This
 * class builds the simple ones: a sine wave of a given frequency and amplitude, a tone made of
 * harmonics (the shapes square, sawtooth and triangle as sums of sines), note frequencies, and the
 * time axis. Samples are {@code double}; {@link #toFloat(double[])} converts for the network.
 *
 * <pre>{@code
 * double[] a4 = Waves.sine(440, 0.5, 1.0, 8000);          // the note A4: 440 Hz, amplitude 0.5, 1 s
 * double[] c4 = Waves.tone(Waves.Shape.SQUARE, Waves.noteFrequency("C4"), 0.3, 8000, 8000);
 * }</pre>
 */
public final class Waves {
    /** The course's sampling rate in samples per second (Hz): telephone quality, enough up to 4 kHz. */
    public static final int SAMPLE_RATE = 8000;

    private Waves() {
    }

    /** Tone shapes built from harmonics (배음): which multiples of the frequency, how strong. */
    public enum Shape {
        /** One frequency only. */
        SINE,
        /** Odd harmonics 1, 3, 5, ... with amplitudes 1/k: hollow, clarinet-like. */
        SQUARE,
        /** Every harmonic 1, 2, 3, ... with amplitude 1/k: bright, string- or brass-like. */
        SAWTOOTH,
        /** Odd harmonics with amplitudes 1/k², alternating sign: soft, close to a sine. */
        TRIANGLE;

        /** The amplitude (with sign) of harmonic {@code k} (k = 1 is the fundamental). */
        public double harmonic(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("harmonics count from 1 (the fundamental), was " + k);
            }
            switch (this) {
                case SINE: return k == 1 ? 1 : 0;
                case SQUARE: return k % 2 == 1 ? 1.0 / k : 0;
                case SAWTOOTH: return 1.0 / k;
                default: return k % 2 == 1 ? ((k / 2) % 2 == 0 ? 1.0 : -1.0) / ((double) k * k) : 0;
            }
        }
    }

    /**
     * {@code seconds} of a sine wave {@code amplitude · sin(2π · frequency · t)}.
     *
     * @throws IllegalArgumentException if the sampling rate or length is not positive
     */
    public static double[] sine(double frequency, double amplitude, double seconds, int sampleRate) {
        return tone(Shape.SINE, frequency, amplitude, samples(seconds, sampleRate), sampleRate);
    }

    /** The number of samples in {@code seconds} at {@code sampleRate} (rounded). */
    public static int samples(double seconds, int sampleRate) {
        checkRate(sampleRate);
        int n = (int) Math.round(seconds * sampleRate);
        if (n <= 0) {
            throw new IllegalArgumentException(seconds + " s at " + sampleRate + " Hz is no sample: give a longer time");
        }
        return n;
    }

    /**
     * {@code n} samples of a tone of the given shape, its harmonics summed up to the Nyquist
     * frequency (half the sampling rate; higher ones cannot be represented). The fundamental has
     * the given amplitude, each harmonic its share from {@link Shape#harmonic(int)}.
     */
    public static double[] tone(Shape shape, double frequency, double amplitude, int n, int sampleRate) {
        Objects.requireNonNull(shape, "shape");
        double[] amplitudes = new double[Math.max(1, (int) Math.floor((sampleRate / 2.0 - 1e-9) / frequency))];
        for (int k = 1; k <= amplitudes.length; k++) {
            amplitudes[k - 1] = amplitude * shape.harmonic(k);
        }
        return harmonics(frequency, amplitudes, n, sampleRate);
    }

    /**
     * The sum of sines at {@code frequency · k} with amplitude {@code amplitudes[k - 1]},
     * k = 1, 2, ...; harmonics at or above the Nyquist frequency are left out.
     *
     * @throws IllegalArgumentException if the frequency is not positive or the rate or length not valid
     */
    public static double[] harmonics(double frequency, double[] amplitudes, int n, int sampleRate) {
        checkRate(sampleRate);
        if (!(frequency > 0) || !Double.isFinite(frequency)) {
            throw new IllegalArgumentException("frequency must be positive, was " + frequency + " Hz");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("a signal needs at least one sample, was " + n);
        }
        double[] signal = new double[n];
        for (int k = 1; k <= amplitudes.length; k++) {
            double f = frequency * k;
            if (amplitudes[k - 1] == 0 || f >= sampleRate / 2.0) {
                continue;
            }
            double step = 2 * Math.PI * f / sampleRate;
            for (int t = 0; t < n; t++) {
                signal[t] += amplitudes[k - 1] * Math.sin(step * t);
            }
        }
        return signal;
    }

    /** The time of each of {@code n} samples in seconds: 0, 1/rate, 2/rate, ... */
    public static double[] times(int n, int sampleRate) {
        checkRate(sampleRate);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (double) i / sampleRate;
        }
        return t;
    }

    /**
     * The frequency of a note in equal temperament with A4 = 440 Hz, e.g. "A4" (440), "C4" (middle
     * C, 261.63), "F#5", "Bb3". Pitch (피치) is how high we hear a tone; it follows the frequency:
     * one octave up doubles it.
     *
     * @throws IllegalArgumentException if the name is not a letter A-G, an optional # or b, and an octave
     */
    public static double noteFrequency(String note) {
        Objects.requireNonNull(note, "note");
        String s = note.trim();
        if (s.length() < 2 || "CDEFGAB".indexOf(Character.toUpperCase(s.charAt(0))) < 0) {
            throw new IllegalArgumentException("'" + note + "' is not a note: write e.g. A4, C#5 or Bb3");
        }
        int[] semitones = {0, 2, 4, 5, 7, 9, 11};
        int semitone = semitones["CDEFGAB".indexOf(Character.toUpperCase(s.charAt(0)))];
        int i = 1;
        if (s.charAt(i) == '#') {
            semitone++;
            i++;
        } else if (s.charAt(i) == 'b') {
            semitone--;
            i++;
        }
        int octave;
        try {
            octave = Integer.parseInt(s.substring(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + note + "' is not a note: write e.g. A4, C#5 or Bb3");
        }
        return midiFrequency(12 * (octave + 1) + semitone);
    }

    /** The frequency of MIDI note number {@code midi} (69 = A4 = 440 Hz, 60 = middle C). */
    public static double midiFrequency(double midi) {
        return 440 * Math.pow(2, (midi - 69) / 12.0);
    }

    /** The largest absolute sample (the peak amplitude, 진폭); 0 for silence. */
    public static double peak(double[] signal) {
        double peak = 0;
        for (double v : signal) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    /** The signal as {@code float}s (the network's input type). */
    public static float[] toFloat(double[] signal) {
        float[] out = new float[signal.length];
        for (int i = 0; i < signal.length; i++) {
            out[i] = (float) signal[i];
        }
        return out;
    }

    /** The signal as {@code double}s. */
    public static double[] toDouble(float[] signal) {
        double[] out = new double[signal.length];
        for (int i = 0; i < signal.length; i++) {
            out[i] = signal[i];
        }
        return out;
    }

    /** The sample-by-sample sum of equally long signals (sounds played together). */
    public static double[] add(double[]... signals) {
        if (signals.length == 0) {
            throw new IllegalArgumentException("add needs at least one signal");
        }
        double[] sum = new double[signals[0].length];
        for (double[] s : signals) {
            if (s.length != sum.length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "signals differ in length (%d and %d samples): add equally long ones", sum.length, s.length));
            }
            for (int i = 0; i < s.length; i++) {
                sum[i] += s[i];
            }
        }
        return sum;
    }

    /** The signals one after another (a melody of notes). */
    public static double[] concat(double[]... signals) {
        int n = 0;
        for (double[] s : signals) {
            n += s.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] s : signals) {
            System.arraycopy(s, 0, out, at, s.length);
            at += s.length;
        }
        return out;
    }

    static void checkRate(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampling rate must be positive, was " + sampleRate + " Hz");
        }
    }
}
