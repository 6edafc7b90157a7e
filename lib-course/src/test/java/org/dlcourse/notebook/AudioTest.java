package org.dlcourse.notebook;

import org.dlcourse.audio.Wav;
import org.dlcourse.audio.Waves;
import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class AudioTest {

    @Test
    void wavBytesHaveAValidHeaderRateAndLength() throws Exception {
        double[] a4 = Waves.sine(440, 0.5, 0.25, 8000);
        byte[] wav = Wav.encode(Waves.toFloat(a4), 8000);
        assertEquals(Wav.HEADER_BYTES + 2 * 2000, wav.length);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(wav.length - 8, b.getInt(4));
        assertEquals("WAVEfmt ", new String(wav, 8, 8, StandardCharsets.US_ASCII));
        assertEquals(1, b.getShort(20), "PCM");
        assertEquals(1, b.getShort(22), "mono");
        assertEquals(8000, b.getInt(24));
        assertEquals(16000, b.getInt(28));
        assertEquals(16, b.getShort(34));
        assertEquals("data", new String(wav, 36, 4, StandardCharsets.US_ASCII));
        assertEquals(4000, b.getInt(40));
        assertEquals(Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * 440 * 5 / 8000)), b.getShort(44 + 2 * 5));

        // Java's own decoder reads it back: format, rate and length
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            assertEquals(8000f, format.getSampleRate());
            assertEquals(1, format.getChannels());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(2000, in.getFrameLength());
        }
    }

    @Test
    void loudSamplesAreClippedAndNonFiniteOnesRefused() {
        byte[] wav = Wav.encode(new float[] {2f, -2f}, 8000);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(32767, b.getShort(44));
        assertEquals(-32767, b.getShort(46));
        assertThrows(IllegalArgumentException.class, () -> Wav.encode(new float[] {Float.NaN}, 8000));
        assertThrows(IllegalArgumentException.class, () -> Wav.encode(new float[1], 0));
    }

    @Test
    void htmlEmbedsOnePlayerPerClipWithItsWav() {
        double[] a4 = Waves.sine(440, 0.5, 0.1, 8000);
        Audio audio = Audio.of("A4 <440 Hz>", a4, 8000).and("quiet", new float[] {0f, 0.1f}, 16000);
        assertEquals(2, audio.size());
        String html = audio.toHtml();
        assertTrue(html.contains("A4 &lt;440 Hz&gt;"), "captions are escaped");
        Matcher m = Pattern.compile("<audio controls[^>]*src=\"data:audio/wav;base64,([A-Za-z0-9+/=]+)\"></audio>")
                .matcher(html);
        assertTrue(m.find());
        assertArrayEquals(audio.wav(0), Base64.getDecoder().decode(m.group(1)));
        assertTrue(m.find());
        byte[] second = Base64.getDecoder().decode(m.group(1));
        assertEquals(16000, ByteBuffer.wrap(second).order(ByteOrder.LITTLE_ENDIAN).getInt(24));
        assertFalse(m.find());
        assertEquals("Audio: \"A4 <440 Hz>\" 0.10 s at 8000 Hz, \"quiet\" 0.00 s at 16000 Hz", audio.toString());
    }

    @Test
    void normalizedScalesTheLoudestSampleTo09() {
        Audio a = Audio.of(new float[] {0.1f, -0.2f}, 8000).normalized();
        ByteBuffer b = ByteBuffer.wrap(a.wav(0)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(Math.round(-0.9f * 32767), b.getShort(46));
        assertThrows(IllegalArgumentException.class, () -> Audio.of(new float[0], 8000));
        assertThrows(IllegalArgumentException.class, () -> Audio.of(new float[1], -1));
    }
}
