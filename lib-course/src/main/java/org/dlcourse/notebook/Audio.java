package org.dlcourse.notebook;

import org.dlcourse.audio.Wav;
import org.dlcourse.audio.Waves;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sounds to play in the notebook: as a cell's last expression an {@code Audio} shows one audio
 * player per clip (HTML {@code <audio controls>} with the WAV embedded as a data URI, so it also
 * plays in exported HTML and slides), each with its caption.
 *
 * <pre>{@code
 * Audio.of(Waves.sine(440, 0.5, 1.0, 8000), 8000)                   // one player
 * Audio.of("A4", a4, 8000).and("C5", c5, 8000)                      // two, captioned
 * }</pre>
 *
 * Samples are in [-1, 1] (louder ones are clipped); {@link #normalized()} scales each clip so its
 * loudest sample is at 0.9.
 */
public final class Audio {
    private record Clip(String caption, float[] samples, int sampleRate) {
    }

    private final List<Clip> clips;

    private Audio(List<Clip> clips) {
        this.clips = List.copyOf(clips);
    }

    /** One clip without a caption. */
    public static Audio of(double[] samples, int sampleRate) {
        return of("", samples, sampleRate);
    }

    /** One clip without a caption. */
    public static Audio of(float[] samples, int sampleRate) {
        return of("", samples, sampleRate);
    }

    /** One captioned clip. */
    public static Audio of(String caption, double[] samples, int sampleRate) {
        return of(caption, Waves.toFloat(Objects.requireNonNull(samples, "samples")), sampleRate);
    }

    /**
     * One captioned clip.
     *
     * @throws IllegalArgumentException if there are no samples or the sampling rate is not positive
     */
    public static Audio of(String caption, float[] samples, int sampleRate) {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) {
            throw new IllegalArgumentException("Audio '" + caption + "' has no samples: nothing to play");
        }
        Wav.encode(new float[0], sampleRate); // checks the rate with the library's message
        return new Audio(List.of(new Clip(caption == null ? "" : caption, samples.clone(), sampleRate)));
    }

    /** These clips followed by one more. */
    public Audio and(String caption, double[] samples, int sampleRate) {
        return and(of(caption, samples, sampleRate));
    }

    /** These clips followed by one more. */
    public Audio and(String caption, float[] samples, int sampleRate) {
        return and(of(caption, samples, sampleRate));
    }

    /** These clips followed by {@code other}'s. */
    public Audio and(Audio other) {
        List<Clip> all = new ArrayList<>(clips);
        all.addAll(other.clips);
        return new Audio(all);
    }

    /** Every clip scaled so its loudest sample is at 0.9 (silent clips stay silent). */
    public Audio normalized() {
        List<Clip> out = new ArrayList<>();
        for (Clip c : clips) {
            float peak = 0;
            for (float v : c.samples) {
                peak = Math.max(peak, Math.abs(v));
            }
            float[] s = new float[c.samples.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = peak > 0 ? 0.9f * c.samples[i] / peak : 0;
            }
            out.add(new Clip(c.caption, s, c.sampleRate));
        }
        return new Audio(out);
    }

    /** Number of clips. */
    public int size() {
        return clips.size();
    }

    /** The WAV bytes of clip {@code i}. */
    public byte[] wav(int i) {
        Clip c = clips.get(i);
        return Wav.encode(c.samples, c.sampleRate);
    }

    /** The caption of clip {@code i}. */
    public String caption(int i) {
        return clips.get(i).caption;
    }

    /** The players as HTML: one {@code <figure>} per clip with a caption and an audio element. */
    public String toHtml() {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"dlcourse-audio\" style=\"display:flex;flex-wrap:wrap;gap:4px 16px\">\n");
        for (int i = 0; i < clips.size(); i++) {
            Clip c = clips.get(i);
            html.append("<figure style=\"margin:0\">");
            if (!c.caption.isEmpty()) {
                html.append("<figcaption style=\"font-size:90%\">").append(TableHtml.escape(c.caption))
                        .append("</figcaption>");
            }
            html.append("<audio controls preload=\"none\" src=\"data:audio/wav;base64,")
                    .append(Base64.getEncoder().encodeToString(wav(i)))
                    .append("\"></audio></figure>\n");
        }
        return html.append("</div>").toString();
    }

    /** A text description (shown where HTML is not), e.g. {@code Audio: "A4" 1.00 s at 8000 Hz}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Audio:");
        for (int i = 0; i < clips.size(); i++) {
            Clip c = clips.get(i);
            s.append(i == 0 ? " " : ", ");
            if (!c.caption.isEmpty()) {
                s.append('"').append(c.caption).append("\" ");
            }
            s.append(String.format(Locale.ROOT, "%.2f s at %d Hz", (double) c.samples.length / c.sampleRate,
                    c.sampleRate));
        }
        return s.toString();
    }
}
