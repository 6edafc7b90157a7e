package org.dlcourse.audio;

import java.util.Random;

/**
 * A synthesised data set of short sound clips in six kinds, generated from a seed (the same seed
 * always gives the same clips, sample for sample). No recorded sounds are involved: each clip is
 * built from sines, an envelope (how loudness rises and falls) and noise, and every clip gets a
 * random pitch, loudness, start time and noise level, so no two are alike.
 *
 * <table>
 *   <caption>The kinds</caption>
 *   <tr><th>label</th><th>kind</th><th>sound</th><th>envelope</th></tr>
 *   <tr><td>0</td><td>flute</td><td>nearly a pure sine, a little 2nd and 3rd harmonic, breath noise</td><td>soft attack, held</td></tr>
 *   <tr><td>1</td><td>clarinet</td><td>odd harmonics 1/k (square-like)</td><td>held</td></tr>
 *   <tr><td>2</td><td>violin</td><td>every harmonic 1/k (sawtooth-like), vibrato</td><td>held</td></tr>
 *   <tr><td>3</td><td>guitar</td><td>every harmonic 1/k (as the violin), high ones fading faster</td><td>plucked: quick decay</td></tr>
 *   <tr><td>4</td><td>bell</td><td>inharmonic partials 1, 2.76, 5.40, 8.93 (a struck bar)</td><td>struck: slow decay</td></tr>
 *   <tr><td>5</td><td>drum</td><td>no pitch: a falling thump and low-passed noise</td><td>very short</td></tr>
 * </table>
 *
 * <p>Pitches run from G3 (196 Hz) to G5 (784 Hz); every clip is {@link #CLIP_SAMPLES} samples at
 * {@link Waves#SAMPLE_RATE} Hz (0.512 s). The kinds are named after instruments they loosely
 * imitate; they are toys, not recordings.
 */
public final class SoundClips {
    /** The kinds, indexed by label. */
    public static final String[] KINDS = {"flute", "clarinet", "violin", "guitar", "bell", "drum"};
    /** Samples per clip: 4096 at 8000 Hz, 0.512 s (a power of two, convenient for the FFT). */
    public static final int CLIP_SAMPLES = 4096;

    private static final double[] BELL_RATIOS = {1, 2.756, 5.404, 8.933};

    private SoundClips() {
    }

    /**
     * {@code count} clips, as equal a share of each kind as {@code count} allows, in random order.
     *
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static SoundSet generate(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Random random = new Random(seed);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % KINDS.length;
        }
        for (int i = count - 1; i > 0; i--) {   // Fisher-Yates
            int j = random.nextInt(i + 1);
            int t = labels[i];
            labels[i] = labels[j];
            labels[j] = t;
        }
        float[][] clips = new float[count][];
        double[] pitches = new double[count];
        for (int i = 0; i < count; i++) {
            pitches[i] = Waves.midiFrequency(55 + random.nextInt(25) + 0.4 * (random.nextDouble() - 0.5));
            clips[i] = Waves.toFloat(clip(labels[i], pitches[i], random));
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] == 5) {
                pitches[i] = Double.NaN;   // a drum has no pitch
            }
        }
        return new SoundSet(clips, labels, pitches, KINDS.clone(), Waves.SAMPLE_RATE);
    }

    /** One clip of kind {@code label} at {@code pitch} Hz, drawing its other choices from {@code random}. */
    static double[] clip(int label, double pitch, Random random) {
        int n = CLIP_SAMPLES;
        int rate = Waves.SAMPLE_RATE;
        int start = random.nextInt(rate / 10);      // starts within the first 0.1 s
        double loudness = 0.2 + 0.7 * random.nextDouble();
        double noise = 0.01 + 0.05 * random.nextDouble();
        double[] s = new double[n];
        switch (label) {
            case 0: // flute
                addPartials(s, start, pitch, new double[] {1, 0.08 + 0.1 * random.nextDouble(), 0.03}, random, 0, 0);
                envelope(s, start, 0.06 + 0.06 * random.nextDouble());
                addNoise(s, start, 0.03, random);
                break;
            case 1: // clarinet
                addShape(s, start, pitch, Waves.Shape.SQUARE, random, 0);
                envelope(s, start, 0.02 + 0.03 * random.nextDouble());
                break;
            case 2: // violin
                addShape(s, start, pitch, Waves.Shape.SAWTOOTH, random, 0.004 + 0.004 * random.nextDouble());
                envelope(s, start, 0.04 + 0.06 * random.nextDouble());
                break;
            case 3: { // guitar
                int harmonics = (int) Math.floor((rate / 2.0 - 1) / pitch);
                double[] amplitudes = new double[harmonics];
                for (int k = 1; k <= harmonics; k++) {
                    amplitudes[k - 1] = 1.0 / k;
                }
                addPartials(s, start, pitch, amplitudes, random, 0.12 + 0.1 * random.nextDouble(), 1);
                envelope(s, start, 0.003);
                break;
            }
            case 4: { // bell
                double[] ratios = BELL_RATIOS;
                double decay = 0.25 + 0.2 * random.nextDouble();
                for (int p = 0; p < ratios.length; p++) {
                    double f = pitch * ratios[p];
                    if (f >= rate / 2.0) {
                        continue;
                    }
                    double amplitude = 1.0 / (p + 1);
                    addSine(s, start, f, amplitude, random.nextDouble() * 2 * Math.PI, decay / (1 + p), 0);
                }
                envelope(s, start, 0.002);
                break;
            }
            default: { // drum
                double f0 = 120 + 80 * random.nextDouble();
                double phase = 0;
                double decay = 0.04 + 0.05 * random.nextDouble();
                for (int t = start; t < n; t++) {
                    double time = (t - start) / (double) rate;
                    double f = 50 + f0 * Math.exp(-time / 0.05);
                    phase += 2 * Math.PI * f / rate;
                    s[t] += Math.sin(phase) * Math.exp(-time / decay);
                }
                double low = 0;
                double alpha = 0.2 + 0.3 * random.nextDouble();
                for (int t = start; t < n; t++) {
                    double time = (t - start) / (double) rate;
                    low += alpha * (random.nextGaussian() - low);
                    s[t] += 0.8 * low * Math.exp(-time / (decay * 0.7));
                }
                envelope(s, start, 0.002);
            }
        }
        double peak = Waves.peak(s);
        for (int t = 0; t < n; t++) {
            s[t] = loudness * s[t] / peak + noise * loudness * random.nextGaussian();
        }
        fadeOut(s, rate / 100);
        return s;
    }

    private static void addShape(double[] s, int start, double pitch, Waves.Shape shape, Random random, double vibrato) {
        int harmonics = (int) Math.floor((Waves.SAMPLE_RATE / 2.0 - 1) / pitch);
        double[] amplitudes = new double[harmonics];
        for (int k = 1; k <= harmonics; k++) {
            amplitudes[k - 1] = Math.abs(shape.harmonic(k));
        }
        addPartials(s, start, pitch, amplitudes, random, 0, 0, vibrato);
    }

    private static void addPartials(double[] s, int start, double pitch, double[] amplitudes, Random random,
                                    double decay, double decayPerHarmonic) {
        addPartials(s, start, pitch, amplitudes, random, decay, decayPerHarmonic, 0);
    }

    /** Harmonics k·pitch, each with a random phase, optional decay (k-th decays (1 + c·(k-1)) times faster). */
    private static void addPartials(double[] s, int start, double pitch, double[] amplitudes, Random random,
                                    double decay, double decayPerHarmonic, double vibrato) {
        for (int k = 1; k <= amplitudes.length; k++) {
            double f = pitch * k;
            if (amplitudes[k - 1] == 0 || f * (1 + vibrato) >= Waves.SAMPLE_RATE / 2.0) {
                continue;
            }
            double tau = decay > 0 ? decay / (1 + decayPerHarmonic * (k - 1)) : 0;
            addSine(s, start, f, amplitudes[k - 1], random.nextDouble() * 2 * Math.PI, tau, vibrato);
        }
    }

    /** A sine from {@code start} on; {@code decay} is the time constant in s (0: none); vibrato at 5.5 Hz. */
    private static void addSine(double[] s, int start, double f, double amplitude, double phase, double decay,
                                double vibrato) {
        int rate = Waves.SAMPLE_RATE;
        double fade = decay > 0 ? Math.exp(-1.0 / (decay * rate)) : 1;
        double gain = amplitude;
        if (vibrato > 0) {
            double angle = phase;
            for (int t = start; t < s.length; t++) {
                double time = (t - start) / (double) rate;
                angle += 2 * Math.PI * f * (1 + vibrato * Math.sin(2 * Math.PI * 5.5 * time)) / rate;
                s[t] += gain * Math.sin(angle);
                gain *= fade;
            }
            return;
        }
        // a rotating unit vector (cos, sin) instead of one Math.sin per sample: the same sine, faster
        double stepCos = Math.cos(2 * Math.PI * f / rate), stepSin = Math.sin(2 * Math.PI * f / rate);
        double c = Math.cos(phase), si = Math.sin(phase);
        for (int t = start; t < s.length; t++) {
            double nc = c * stepCos - si * stepSin;
            si = si * stepCos + c * stepSin;
            c = nc;
            s[t] += gain * si;
            gain *= fade;
        }
    }

    /** Linear attack over {@code attack} seconds from {@code start}; silence before it. */
    private static void envelope(double[] s, int start, double attack) {
        int rise = Math.max(1, (int) (attack * Waves.SAMPLE_RATE));
        for (int t = 0; t < s.length; t++) {
            if (t < start) {
                s[t] = 0;
            } else if (t - start < rise) {
                s[t] *= (t - start) / (double) rise;
            }
        }
    }

    private static void addNoise(double[] s, int start, double level, Random random) {
        for (int t = start; t < s.length; t++) {
            s[t] += level * random.nextGaussian();
        }
    }

    private static void fadeOut(double[] s, int samples) {
        for (int i = 0; i < samples; i++) {
            s[s.length - 1 - i] *= i / (double) samples;
        }
    }
}
