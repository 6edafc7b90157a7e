/**
 * Sound as numbers, for chapter 10: signals, the Fourier transform, spectrograms, and a
 * synthesised data set of labelled clips.
 *
 * <ul>
 *   <li>{@link org.dlcourse.audio.Waves}: sine waves and tones of harmonics, note frequencies,
 *       time axes (a signal is a {@code double[]} of samples at a sampling rate).</li>
 *   <li>{@link org.dlcourse.audio.Fourier}: the discrete Fourier transform, plainly (O(n²)) and by
 *       FFT (JTransforms), giving a {@link org.dlcourse.audio.Spectrum}.</li>
 *   <li>{@link org.dlcourse.audio.Spectrogram}: the short-time Fourier transform with a Hann
 *       window: amplitudes per time frame and frequency bin, in decibels.</li>
 *   <li>{@link org.dlcourse.audio.SoundClips}: six kinds of toy instrument clips generated from a
 *       seed; {@link org.dlcourse.audio.SoundSet} holds them and turns them into waveform,
 *       spectrum or spectrogram features.</li>
 *   <li>{@link org.dlcourse.audio.Wav}: 16-bit PCM WAV bytes (the notebook's
 *       {@code org.dlcourse.notebook.Audio} player embeds them).</li>
 * </ul>
 *
 * <pre>{@code
 * double[] a4 = Waves.sine(440, 0.5, 1.0, Waves.SAMPLE_RATE);
 * Fourier.fft(a4, Waves.SAMPLE_RATE).peakFrequency();          // 440.0
 * SoundSet train = SoundClips.generate(3000, 1);
 * float[][] x = train.spectrumFeatures();
 * }</pre>
 */
package org.dlcourse.audio;
