package org.dlcourse.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small streaming reader of (ustar / GNU) tar archives: enough to walk the files of the IMDB
 * archive once, in order, without unpacking it to disk. Directories and links are skipped; GNU
 * long names and pax headers are understood.
 */
final class TarReader {
    private static final int BLOCK = 512;

    private final InputStream in;
    private final String source;
    private final String advice;
    private final byte[] header = new byte[BLOCK];
    private long remaining;      // bytes of the current entry not yet read
    private long padding;        // bytes to skip after the current entry
    private String longName;     // from a GNU 'L' entry, applies to the next entry

    /** One file of the archive: its path and size; read it with {@link #readContent()} before moving on. */
    record Entry(String name, long size) {
    }

    /**
     * @param source the archive's name in messages
     * @param advice what to do about a damaged archive, appended to the messages (e.g. the restore hint)
     */
    TarReader(InputStream in, String source, String advice) {
        this.in = in;
        this.source = source;
        this.advice = advice == null || advice.isBlank() ? "" : " " + advice;
    }

    /** The next regular file, or null at the end of the archive. */
    Entry next() throws IOException {
        while (true) {
            skipRest();
            if (!readBlock(header)) {
                return null;
            }
            if (isZero(header)) {
                return null;
            }
            checkChecksum();
            String name = longName != null ? longName : name();
            longName = null;
            long size = octal(124, 12);
            char type = (char) header[156];
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == 'L') {
                longName = trimNul(new String(readContent(), StandardCharsets.UTF_8));
            } else if (type == '0' || type == '\0' || type == '7') {
                return new Entry(name, size);
            }
            // directories, links, pax headers ('x', 'g'): skipped with their content
        }
    }

    /** The content of the current entry. */
    byte[] readContent() throws IOException {
        if (remaining > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("Tar entry too large in " + source + ": its header declares " + remaining
                    + " bytes, more than one file of a course archive can hold; the archive is damaged." + advice);
        }
        byte[] data = new byte[(int) remaining];
        readFully(data);
        remaining = 0;
        return data;
    }

    private void skipRest() throws IOException {
        long skip = remaining + padding;
        remaining = 0;
        padding = 0;
        while (skip > 0) {
            long n = in.skip(skip);
            if (n <= 0) {
                if (in.read() < 0) {
                    throw truncated();
                }
                n = 1;
            }
            skip -= n;
        }
    }

    private String name() {
        String name = field(0, 100);
        String magic = field(257, 6);
        if (magic.startsWith("ustar")) {
            String prefix = field(345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return name;
    }

    private void checkChecksum() {
        long stored = octal(148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xFF);
        }
        if (sum != stored) {
            throw new IllegalStateException("Corrupt tar header in " + source + " (checksum " + stored
                    + ", computed " + sum + "): the archive is damaged." + advice);
        }
    }

    private String field(int offset, int length) {
        return trimNul(new String(header, offset, length, StandardCharsets.UTF_8));
    }

    private static String trimNul(String s) {
        int end = s.indexOf('\0');
        return end < 0 ? s : s.substring(0, end);
    }

    private long octal(int offset, int length) {
        String s = field(offset, length).trim();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Corrupt tar header in " + source + ": '" + s + "' is not an octal number;"
                    + " the archive is damaged." + advice);
        }
    }

    private boolean readBlock(byte[] block) throws IOException {
        int off = 0;
        while (off < block.length) {
            int n = in.read(block, off, block.length - off);
            if (n < 0) {
                if (off == 0) {
                    return false;
                }
                throw truncated();
            }
            off += n;
        }
        return true;
    }

    private void readFully(byte[] data) throws IOException {
        int off = 0;
        while (off < data.length) {
            int n = in.read(data, off, data.length - off);
            if (n < 0) {
                throw truncated();
            }
            off += n;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private IllegalStateException truncated() {
        return new IllegalStateException("Tar archive " + source + " is truncated: it ends inside an entry."
                + advice, new EOFException());
    }
}
