package org.dlcourse.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes samples as a WAV file (RIFF, 16-bit PCM, one channel), the format every browser and
 * media player can play. Samples are in [-1, 1]; louder ones are clipped.
 */
public final class Wav {
    /** Bytes before the samples: the RIFF header, the "fmt " chunk and the "data" chunk header. */
    public static final int HEADER_BYTES = 44;

    private Wav() {
    }

    /**
     * The WAV bytes of {@code samples} at {@code sampleRate}.
     *
     * @throws IllegalArgumentException if the sampling rate is not positive or a sample is not finite
     */
    public static byte[] encode(float[] samples, int sampleRate) {
        Objects.requireNonNull(samples, "samples");
        Waves.checkRate(sampleRate);
        int dataBytes = 2 * samples.length;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)            // PCM
                .putShort((short) 1)            // mono
                .putInt(sampleRate)
                .putInt(2 * sampleRate)         // bytes per second
                .putShort((short) 2)            // bytes per sample frame
                .putShort((short) 16);          // bits per sample
        b.put(ascii("data")).putInt(dataBytes);
        for (int i = 0; i < samples.length; i++) {
            float v = samples[i];
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("sample " + i + " is " + v + ": a sound needs finite samples");
            }
            b.putShort((short) Math.round(Math.max(-1f, Math.min(1f, v)) * 32767));
        }
        return b.array();
    }

    /** Saves the WAV bytes of {@code samples} to {@code file} (parent folders are created). */
    public static Path save(float[] samples, int sampleRate, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, encode(samples, sampleRate));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
