package org.dlcourse.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsers on hand-made bad files: wrong IDX magic and counts, malformed CSV rows. */
class MalformedFilesTest {
    @TempDir
    Path temp;

    private Path gz(String name, int... header) throws IOException {
        return gz(name, header, new byte[0]);
    }

    private Path gz(String name, int[] header, byte[] payload) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             DataOutputStream data = new DataOutputStream(out)) {
            for (int h : header) {
                data.writeInt(h);
            }
            data.write(payload);
        }
        return file;
    }

    @Test
    void smallValidIdxFilesRoundTrip() throws IOException {
        Path images = gz("ok-images.gz", new int[] {IdxReader.IMAGES_MAGIC, 2, 2, 2}, new byte[] {0, (byte) 255, 51, 0,
                1, 2, 3, 4});
        IdxReader.Images read = IdxReader.readImages(images);
        assertEquals(2, read.pixels().length);
        assertEquals(1f, read.pixels()[0][1]);
        assertEquals(0.2f, read.pixels()[0][2], 1e-7);
        assertEquals(0f, read.pixels()[0][3]);
        Path labels = gz("ok-labels.gz", new int[] {IdxReader.LABELS_MAGIC, 3}, new byte[] {5, 0, 9});
        assertEquals(9, IdxReader.readLabels(labels)[2]);
    }

    @Test
    void wrongMagicNumbersAreNamed() throws IOException {
        Path labelsAsImages = gz("labels.gz", new int[] {IdxReader.LABELS_MAGIC, 1}, new byte[] {3});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IdxReader.readImages(labelsAsImages));
        assertTrue(e.getMessage().startsWith("Not an IDX image file: " + labelsAsImages + " starts with magic number 2049"),
                e.getMessage());
        Path imagesAsLabels = gz("images.gz", IdxReader.IMAGES_MAGIC, 0, 28, 28);
        e = assertThrows(IllegalStateException.class, () -> IdxReader.readLabels(imagesAsLabels));
        assertTrue(e.getMessage().startsWith("Not an IDX label file"), e.getMessage());
    }

    @Test
    void countsThatDisagreeWithThePayloadAreErrors() throws IOException {
        Path shortImages = gz("short.gz", new int[] {IdxReader.IMAGES_MAGIC, 3, 2, 2}, new byte[8]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IdxReader.readImages(shortImages));
        assertTrue(e.getMessage().contains("is truncated: it ends at record 2 of the 3"), e.getMessage());
        Path longLabels = gz("long.gz", new int[] {IdxReader.LABELS_MAGIC, 2}, new byte[] {1, 2, 3});
        e = assertThrows(IllegalStateException.class, () -> IdxReader.readLabels(longLabels));
        assertTrue(e.getMessage().contains("has data after the 2 records"), e.getMessage());
        Path headerOnly = gz("header.gz", IdxReader.IMAGES_MAGIC, 5);
        e = assertThrows(IllegalStateException.class, () -> IdxReader.readImages(headerOnly));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    /**
     * A header declaring far more records than the file holds (up to 2^31 - 1) is reported as
     * truncated at once: the readers allocate as records arrive, so a damaged count cannot fill the
     * heap before the error (the old reader asked for all 2^31 rows first: an OutOfMemoryError).
     */
    @Test
    void aHugeDeclaredCountInAShortFileIsTruncatedNotOutOfMemory() throws IOException {
        Path images = gz("huge-images.gz", new int[] {IdxReader.IMAGES_MAGIC, Integer.MAX_VALUE, 28, 28}, new byte[2 * 784]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IdxReader.readImages(images));
        assertTrue(e.getMessage().contains("is truncated: it ends at record 2 of the 2147483647 its header declares"),
                e.getMessage());
        Path labels = gz("huge-labels.gz", new int[] {IdxReader.LABELS_MAGIC, Integer.MAX_VALUE}, new byte[100]);
        e = assertThrows(IllegalStateException.class, () -> IdxReader.readLabels(labels));
        assertTrue(e.getMessage().contains("is truncated: it ends before label 65536 of the 2147483647"), e.getMessage());
        // more than one growth step of good records still reads
        byte[] many = new byte[70_000];
        many[69_999] = 7;
        Path ok = gz("many-labels.gz", new int[] {IdxReader.LABELS_MAGIC, 70_000}, many);
        int[] read = IdxReader.readLabels(ok);
        assertEquals(70_000, read.length);
        assertEquals(7, read[69_999]);
    }

    @Test
    void mnistRejectsWrongCountsAndShapes() {
        IdxReader.Images images = new IdxReader.Images(new float[3][784], 28, 28);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Mnist.assemble("mnist test", images, new int[3], 10_000, -1));
        assertTrue(e.getMessage().startsWith("MNIST mnist test should have 10000 images and labels, found 3"),
                e.getMessage());
        IdxReader.Images small = new IdxReader.Images(new float[3][16], 4, 4);
        e = assertThrows(IllegalStateException.class, () -> Mnist.assemble("x", small, new int[3], 3, -1));
        assertTrue(e.getMessage().contains("should be 28x28, found 4x4"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> Mnist.assemble("x", images, new int[] {0, 10, 1}, 3, -1));
        assertTrue(e.getMessage().contains("label 1 is 10"), e.getMessage());
    }

    @Test
    void aFileThatIsNotGzipIsNamed() throws IOException {
        Path plain = Files.write(temp.resolve("plain.gz"), new byte[] {0, 0, 8, 3, 0, 0, 0, 0});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IdxReader.readImages(plain));
        assertTrue(e.getMessage().startsWith("Not a gzip file: " + plain), e.getMessage());
    }

    private List<String> irisLines() throws IOException {
        return new ArrayList<>(Files.readAllLines(Datasets.locate().file(Iris.FILE)));
    }

    @Test
    void malformedIrisRowsAreNamedByLine() throws IOException {
        List<String> lines = irisLines();
        lines.set(9, "4.9,3.1,1.5,Iris-setosa");
        Path file = Files.write(temp.resolve("iris.data"), lines);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Iris.read(file));
        assertTrue(e.getMessage().startsWith("Malformed row at line 10 of " + file + ": has 4 fields, expected 5"),
                e.getMessage());

        lines = irisLines();
        lines.set(2, "4.7,x,1.3,0.2,Iris-setosa");
        Path file2 = Files.write(temp.resolve("iris2.data"), lines);
        e = assertThrows(IllegalStateException.class, () -> Iris.read(file2));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("'x', not a number"), e.getMessage());

        lines = irisLines();
        lines.set(0, "5.1,3.5,1.4,0.2,Iris-rosa");
        Path file3 = Files.write(temp.resolve("iris3.data"), lines);
        e = assertThrows(IllegalStateException.class, () -> Iris.read(file3));
        assertTrue(e.getMessage().contains("class 'Iris-rosa'"), e.getMessage());

        lines = irisLines();
        lines.remove(0);
        Path file4 = Files.write(temp.resolve("iris4.data"), lines);
        e = assertThrows(IllegalStateException.class, () -> Iris.read(file4));
        assertTrue(e.getMessage().contains("expected 150 rows, found 149"), e.getMessage());
    }

    @Test
    void malformedBostonFilesAreNamed() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Datasets.locate().file(Boston.FILE)));
        List<String> badHeader = new ArrayList<>(lines);
        badHeader.set(0, badHeader.get(0).replace("\"b\"", "\"black\""));
        Path file = Files.write(temp.resolve("header.csv"), badHeader);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Boston.read(file));
        assertTrue(e.getMessage().startsWith("Malformed CSV file " + file + ": header is"), e.getMessage());

        List<String> nan = new ArrayList<>(lines);
        nan.set(5, nan.get(5).replaceFirst("^[^,]*", "NaN"));
        Path file2 = Files.write(temp.resolve("nan.csv"), nan);
        e = assertThrows(IllegalStateException.class, () -> Boston.read(file2));
        assertTrue(e.getMessage().contains("line 6") && e.getMessage().contains("column CRIM holds NaN"), e.getMessage());

        List<String> extra = new ArrayList<>(lines);
        extra.set(7, extra.get(7) + ",1");
        Path file3 = Files.write(temp.resolve("extra.csv"), extra);
        e = assertThrows(IllegalStateException.class, () -> Boston.read(file3));
        assertTrue(e.getMessage().contains("line 8") && e.getMessage().contains("has 15 fields, expected 14"),
                e.getMessage());
    }

    @Test
    void goodCopiesParse() {
        assertEquals(150, Iris.read(Datasets.locate().file(Iris.FILE)).rowCount());
    }
}
