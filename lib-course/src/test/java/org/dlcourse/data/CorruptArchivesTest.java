package org.dlcourse.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IMDB tar reader and the Reuters parser on damaged files that the checksum would already
 * refuse: the parsers' own checks (a file copied in from elsewhere, a COURSE_DATASETS folder, a
 * future change of the checksums) must still name the file, the fault and the fix.
 */
class CorruptArchivesTest {
    @TempDir
    Path temp;

    // ---------------------------------------------------------------- tar

    /** One 512-byte ustar header with a correct checksum (unless {@code badSum}). */
    private static byte[] header(String name, String sizeField, char type, boolean badSum) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 124, sizeField);
        put(h, 136, "00000000000");
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum + (badSum ? 1 : 0)));
        h[154] = 0;
        return h;
    }

    private static void put(byte[] h, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    private static byte[] entry(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(name, String.format("%011o", content.length), '0', false));
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
        return out.toByteArray();
    }

    private static TarReader tar(byte[] bytes) {
        return new TarReader(new ByteArrayInputStream(bytes), "test.tar", "Restore it.");
    }

    private static String first(Executable call) {
        return assertThrows(IllegalStateException.class, call).getMessage().lines().findFirst().orElseThrow();
    }

    @Test
    void aGoodHandMadeArchiveReads() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(entry("a/one.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(entry("a/two.txt", new byte[600]));
        out.writeBytes(new byte[1024]);
        TarReader t = tar(out.toByteArray());
        assertEquals(new TarReader.Entry("a/one.txt", 5), t.next());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), t.readContent());
        assertEquals(new TarReader.Entry("a/two.txt", 600), t.next()); // skipped without reading
        assertNull(t.next());
    }

    @Test
    void damagedTarArchivesAreNamedWithTheFix() {
        byte[] good = entry("a/one.txt", "hello".getBytes(StandardCharsets.UTF_8));

        byte[] badSum = good.clone();
        System.arraycopy(header("a/one.txt", String.format("%011o", 5), '0', true), 0, badSum, 0, 512);
        String m = first(() -> tar(badSum).next());
        assertTrue(m.startsWith("Corrupt tar header in test.tar (checksum ") && m.endsWith("the archive is damaged. Restore it."), m);

        byte[] notOctal = good.clone();
        System.arraycopy(header("a/one.txt", "00000000x99", '0', false), 0, notOctal, 0, 512);
        m = first(() -> tar(notOctal).next());
        assertEquals("Corrupt tar header in test.tar: '00000000x99' is not an octal number; the archive is damaged."
                + " Restore it.", m);

        // cut inside the second header block
        byte[] twoEntries = concat(good, entry("a/two.txt", new byte[10]));
        m = first(() -> {
            TarReader t = tar(Arrays.copyOf(twoEntries, good.length + 100));
            t.next();
            t.next();
        });
        assertEquals("Tar archive test.tar is truncated: it ends inside an entry. Restore it.", m);

        // cut inside an entry's content, read or skipped
        byte[] big = entry("a/big.txt", new byte[2000]);
        m = first(() -> {
            TarReader t = tar(Arrays.copyOf(big, 1200));
            t.next();
            t.readContent();
        });
        assertTrue(m.startsWith("Tar archive test.tar is truncated"), m);
        m = first(() -> {
            TarReader t = tar(Arrays.copyOf(big, 1200));
            t.next();
            t.next();
        });
        assertTrue(m.startsWith("Tar archive test.tar is truncated"), m);

        // a huge declared size in a short file: refused, never allocated
        byte[] huge = concat(header("a/huge.txt", "77777777777", '0', false), new byte[512]);
        m = first(() -> {
            TarReader t = tar(huge);
            assertEquals(8L * 1024 * 1024 * 1024 - 1, t.next().size());
            t.readContent();
        });
        assertTrue(m.startsWith("Tar entry too large in test.tar: its header declares 8589934591 bytes")
                && m.endsWith("the archive is damaged. Restore it."), m);
    }

    @Test
    void aTruncatedOrForeignImdbArchiveSaysSoAndHowToRestoreIt() throws IOException {
        WordIndex index = WordIndex.read(Datasets.locate().file(Imdb.WORD_INDEX));
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            tar.writeBytes(entry("aclImdb/train/pos/" + i + "_9.txt", ("a fine film " + i).repeat(40)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        tar.writeBytes(new byte[1024]);
        Path gz = temp.resolve("imdb.tar.gz");
        writeGz(gz, tar.toByteArray());
        // complete but too few reviews
        String m = first(() -> Imdb.read(gz, index, 10_000, true));
        assertTrue(m.startsWith("IMDB archive " + gz + " should hold 12500 positive and 12500 negative train reviews,"
                + " found 40 and 0. Restore it"), m);
        byte[] bytes = Files.readAllBytes(gz);
        Path cut = Files.write(temp.resolve("cut.tar.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        m = first(() -> Imdb.read(cut, index, 10_000, true));
        assertTrue(m.startsWith("IMDB archive " + cut + " is truncated (Unexpected end of ZLIB input stream). Restore it"), m);
        Path plain = Files.write(temp.resolve("plain.tar.gz"), tar.toByteArray());
        m = first(() -> Imdb.read(plain, index, 10_000, true));
        assertTrue(m.startsWith("IMDB archive " + plain + " is not a valid gzip file (Not in GZIP format). Restore it"), m);
    }

    // ---------------------------------------------------------------- Reuters

    private static final String HEADER = "split\ttopic\tnpz_index\tword_ids";

    private Path reuters(String name, List<String> lines) throws IOException {
        Path file = temp.resolve(name);
        writeGz(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    private String reutersError(List<String> lines) throws IOException {
        WordIndex index = WordIndex.read(Datasets.locate().file(Reuters.WORD_INDEX));
        Path file = reuters("r" + lines.hashCode() + ".tsv.gz", lines);
        return first(() -> Reuters.read(file, index, 10_000, true));
    }

    @Test
    void malformedReutersLinesAreNamedByLineWithTheFix() throws IOException {
        String ok = "train\t3\t0\t1 2 3";
        String[][] cases = {
                {"train\t3\t0", "Malformed line 3 in Reuters file %s: has 3 tab-separated fields, expected 4. Restore it"},
                {"dev\t3\t0\t1 2", "Malformed line 3 in Reuters file %s: split is 'dev', expected train or test. Restore it"},
                {"train\tx\t0\t1 2", "Malformed line 3 in Reuters file %s: topic 'x' is not a number. Restore it"},
                {"train\t46\t0\t1 2", "Malformed line 3 in Reuters file %s: topic 46 is outside 0..45. Restore it"},
                {"train\t3\t0\t1 two", "Malformed line 3 in Reuters file %s: word id 'two' is not a number. Restore it"},
                {"train\t3\t0\t1 99999", "Malformed line 3 in Reuters file %s: word id 99999 is outside the word index 1.."},
        };
        for (String[] c : cases) {
            List<String> lines = List.of(HEADER, ok, c[0], ok);
            String m = reutersError(lines);
            String expected = String.format(c[1], temp.resolve("r" + lines.hashCode() + ".tsv.gz"));
            assertTrue(m.startsWith(expected), "expected " + expected + "\nbut was  " + m);
        }
        String m = reutersError(List.of("split,topic,npz_index,word_ids", ok));
        assertTrue(m.contains("should start with the header 'split\\ttopic\\tnpz_index\\tword_ids'. Restore it"), m);
        m = reutersError(List.of(HEADER, ok, ok));
        assertTrue(m.contains("should hold 8982 training and 2246 test newswires, found 2 and 0. Restore it"), m);
    }

    @Test
    void aTruncatedReutersFileSaysTruncated() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 400; i++) {
            lines.add("train\t" + (i % 46) + "\t" + i + "\t" + (1 + i % 50) + " " + (2 + i % 70) + " " + (3 + i % 90));
        }
        Path file = reuters("full.tsv.gz", lines);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(temp.resolve("cut.tsv.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        WordIndex index = WordIndex.read(Datasets.locate().file(Reuters.WORD_INDEX));
        String m = first(() -> Reuters.read(cut, index, 10_000, true));
        assertTrue(m.startsWith("Reuters file " + cut + " is truncated (Unexpected end of ZLIB input stream). Restore it"), m);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static void writeGz(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}
