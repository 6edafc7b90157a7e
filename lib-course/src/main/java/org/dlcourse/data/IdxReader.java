package org.dlcourse.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads gzipped IDX files, the format of the original MNIST distribution: a big-endian magic
 * number ({@value #IMAGES_MAGIC} for unsigned-byte 3-d image arrays, {@value #LABELS_MAGIC} for
 * 1-d label arrays), the dimension sizes, then the bytes.
 *
 * <p>Images are streamed straight into {@code float} rows (value/255), so the 47 MB of raw pixels
 * are never held as bytes as well. Every pixel is kept, zeros included (unlike Tribuo's
 * {@code IDXDataSource}, which drops zero pixels and so shifts features: see DESIGN.md).
 */
public final class IdxReader {
    /** Magic number of an unsigned-byte, 3-dimensional IDX file (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an unsigned-byte, 1-dimensional IDX file (labels). */
    public static final int LABELS_MAGIC = 0x00000801;

    /** Images read from an IDX file: pixel rows scaled to [0, 1] and the image shape. */
    public record Images(float[][] pixels, int rows, int cols) {
    }

    /** Records allocated ahead of what has been read. */
    private static final int GROWTH = 1 << 16;

    private IdxReader() {
    }

    /**
     * Reads a gzipped IDX image file.
     *
     * @throws IllegalStateException if the file is not gzip, has the wrong magic number, odd
     *                               dimensions, or ends before its header says it should
     */
    public static Images readImages(Path gz) {
        try (DataInputStream in = open(gz)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new IllegalStateException("Not an IDX image file: " + gz + " starts with magic number "
                        + magic + ", expected " + IMAGES_MAGIC + " (unsigned bytes, 3 dimensions)");
            }
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (n < 0 || rows <= 0 || cols <= 0 || (long) rows * cols > 1 << 20) {
                throw new IllegalStateException("IDX image file " + gz + " declares an impossible shape " + n + " x "
                        + rows + " x " + cols);
            }
            int size = rows * cols;
            // rows are allocated as they arrive: a header declaring more images than the file holds is
            // reported as truncated instead of filling the heap first
            float[][] pixels = new float[Math.min(n, GROWTH)][];
            byte[] row = new byte[size];
            for (int i = 0; i < n; i++) {
                readRecord(in, row, gz, i, n);
                if (i == pixels.length) {
                    pixels = Arrays.copyOf(pixels, (int) Math.min(n, 2L * pixels.length));
                }
                float[] out = new float[size];
                for (int p = 0; p < size; p++) {
                    out[p] = (row[p] & 0xFF) / 255f;
                }
                pixels[i] = out;
            }
            requireEnd(in, gz, n);
            return new Images(pixels, rows, cols);
        } catch (IOException e) {
            throw failure(gz, e);
        }
    }

    /**
     * Reads a gzipped IDX label file.
     *
     * @throws IllegalStateException if the file is not gzip, has the wrong magic number, or ends
     *                               before its header says it should
     */
    public static int[] readLabels(Path gz) {
        try (DataInputStream in = open(gz)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new IllegalStateException("Not an IDX label file: " + gz + " starts with magic number "
                        + magic + ", expected " + LABELS_MAGIC + " (unsigned bytes, 1 dimension)");
            }
            int n = in.readInt();
            if (n < 0) {
                throw new IllegalStateException("IDX label file " + gz + " declares a negative count " + n);
            }
            // read in chunks, so that a huge declared count in a short file is reported as truncated
            int[] labels = new int[Math.min(n, GROWTH)];
            byte[] chunk = new byte[GROWTH];
            for (int done = 0; done < n; ) {
                int len = Math.min(GROWTH, n - done);
                byte[] part = len == GROWTH ? chunk : new byte[len];
                try {
                    in.readFully(part);
                } catch (EOFException e) {
                    throw new IllegalStateException("IDX file " + gz + " is truncated: it ends before label "
                            + (done + len) + " of the " + n + " its header declares", e);
                }
                if (done + len > labels.length) {
                    labels = Arrays.copyOf(labels, (int) Math.min(n, Math.max(2L * labels.length, done + len)));
                }
                for (int i = 0; i < len; i++) {
                    labels[done + i] = part[i] & 0xFF;
                }
                done += len;
            }
            requireEnd(in, gz, n);
            return labels;
        } catch (IOException e) {
            throw failure(gz, e);
        }
    }

    private static DataInputStream open(Path gz) throws IOException {
        InputStream raw = Files.newInputStream(gz);
        try {
            return new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        } catch (ZipException | EOFException e) {
            raw.close();
            throw new IllegalStateException("Not a gzip file: " + gz + " (" + e.getMessage()
                    + "); the course reads the original gzipped IDX files", e);
        }
    }

    private static void readRecord(DataInputStream in, byte[] into, Path gz, int index, int n) throws IOException {
        try {
            in.readFully(into);
        } catch (EOFException e) {
            throw new IllegalStateException("IDX file " + gz + " is truncated: it ends at record " + index
                    + " of the " + n + " its header declares", e);
        }
    }

    private static void requireEnd(DataInputStream in, Path gz, int n) throws IOException {
        if (in.read() != -1) {
            throw new IllegalStateException("IDX file " + gz + " has data after the " + n
                    + " records its header declares: the header count is wrong or the file is altered");
        }
    }

    private static RuntimeException failure(Path gz, IOException e) {
        if (e instanceof EOFException) {
            return new IllegalStateException("IDX file " + gz + " is truncated: its header is incomplete", e);
        }
        return new UncheckedIOException("Cannot read IDX file " + gz + ": " + e.getMessage(), e);
    }
}
