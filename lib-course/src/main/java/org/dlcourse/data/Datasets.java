package org.dlcourse.data;

import org.dlcourse.config.Setting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The course's {@code datasets/} folder: finds it and hands out its files after checking them.
 *
 * <p>The folder is found in this order:
 * <ol>
 *   <li>the system property {@value #KEY} (e.g. {@code -DCOURSE_DATASETS=/path/to/datasets});</li>
 *   <li>the environment variable {@value #KEY};</li>
 *   <li>walking up from the working directory ({@code user.dir}) to the first folder holding
 *       {@code datasets/SHA256SUMS}: this finds the repository's copy from {@code notebooks/}
 *       (the kernel's working directory) and from {@code lib-course/} (the tests').</li>
 * </ol>
 *
 * <p>Every file is checked against the SHA-256 the library expects (the same values as
 * {@code datasets/SHA256SUMS}) the first time it is used in a JVM; later uses only compare its
 * size and modification time, so the check costs one read of the file per session. Nothing is
 * ever downloaded: a missing or altered file is an error that says how to restore it.
 */
public final class Datasets {
    /** Name of the system property and environment variable that point at the datasets folder. */
    public static final String KEY = "COURSE_DATASETS";
    /** The file whose presence marks a datasets folder when walking up from the working directory. */
    public static final String MARKER = "SHA256SUMS";

    /** Files already verified in this JVM, with the size and mtime they had then. */
    private static final Map<Path, Stamp> VERIFIED = new ConcurrentHashMap<>();

    private final Path root;

    private Datasets(Path root) {
        this.root = root;
    }

    /**
     * The datasets folder found by the rules above.
     *
     * @throws IllegalStateException if none is found; the message lists what was tried
     */
    public static Datasets locate() {
        return new Datasets(findRoot());
    }

    /**
     * A datasets folder at an explicit place (tests, or a copy elsewhere). Its files are still
     * checked against the library's expected checksums.
     */
    public static Datasets at(Path root) {
        Objects.requireNonNull(root, "root");
        return new Datasets(root.toAbsolutePath().normalize());
    }

    /** The folder itself. */
    public Path root() {
        return root;
    }

    /**
     * A file of the folder, e.g. {@code "mnist/train-labels-idx1-ubyte.gz"}, verified against its
     * expected SHA-256 (once per JVM while its size and mtime stay the same).
     *
     * @throws IllegalArgumentException if the library knows no such dataset file
     * @throws IllegalStateException    if the file is missing, truncated or altered; the message
     *                                  names the file, the expected checksum and how to restore it
     */
    public Path file(String relative) {
        DatasetFiles.Entry expected = DatasetFiles.get(relative);
        Path path = root.resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Dataset file missing: " + path
                    + " (expected sha256 " + expected.sha256() + "). " + restoreHint(path, relative));
        }
        Stamp now = Stamp.of(path);
        if (now.equals(VERIFIED.get(path))) {
            return path;
        }
        if (now.size != expected.size()) {
            throw new IllegalStateException("Dataset file " + path + " has " + now.size + " bytes, expected "
                    + expected.size() + " (truncated or altered; expected sha256 " + expected.sha256() + "). "
                    + restoreHint(path, relative));
        }
        String actual = sha256(path);
        if (!actual.equals(expected.sha256())) {
            throw new IllegalStateException("Dataset file " + path + " is altered: sha256 " + actual
                    + ", expected " + expected.sha256() + ". " + restoreHint(path, relative));
        }
        VERIFIED.put(path, now);
        return path;
    }

    /**
     * How to get a good copy of {@code file} back, as a command that works from any folder (the
     * kernel runs in {@code notebooks/}, a terminal usually in the repository root): {@code git -C}
     * with the absolute path of the git checkout holding the file. Outside a git checkout: copy
     * the file from the course repository. The course never downloads anything.
     *
     * @param file     the damaged or missing file
     * @param relative its path inside the datasets folder, e.g. {@code mnist/t10k-labels-idx1-ubyte.gz}
     */
    static String restoreHint(Path file, String relative) {
        Path abs = file.toAbsolutePath().normalize();
        Path folder = datasetsFolderOf(abs, relative);
        String check = "check every file with: cd " + shellQuote(folder) + " && sha256sum -c " + MARKER;
        Path top = gitTopOf(abs.getParent());
        if (top != null) {
            return "Restore it from git (the command works from any folder, notebooks/ included): git -C "
                    + shellQuote(top) + " checkout -- " + shellQuote(top.relativize(abs)) + "  (then " + check + ")";
        }
        return "Restore it: " + folder + " is not in a git checkout, so copy datasets/" + relative
                + " from the course repository to " + abs + " (or point " + KEY + " at a complete datasets/ folder; "
                + check + ")";
    }

    /**
     * The error for a dataset file that cannot be read: a gzip stream that ends early is called
     * truncated, one that is not gzip is named so, both with the restore hint.
     *
     * @param what e.g. {@code "Reuters file"}
     */
    static RuntimeException unreadable(String what, Path file, String relative, IOException e) {
        String detail = e.getMessage();
        if (e instanceof java.io.EOFException || (detail != null && detail.contains("Unexpected end of ZLIB"))) {
            return new IllegalStateException(what + " " + file + " is truncated (" + detail + "). "
                    + restoreHint(file, relative), e);
        }
        if (e instanceof java.util.zip.ZipException) {
            return new IllegalStateException(what + " " + file + " is not a valid gzip file (" + detail + "). "
                    + restoreHint(file, relative), e);
        }
        return new UncheckedIOException("Cannot read " + what + " " + file + ": " + detail, e);
    }

    /** The datasets folder holding {@code file}: {@code file} minus {@code relative}, else its folder. */
    private static Path datasetsFolderOf(Path file, String relative) {
        Path rel = Paths.get(relative);
        if (file.endsWith(rel) && file.getNameCount() > rel.getNameCount()) {
            return file.getRoot().resolve(file.subpath(0, file.getNameCount() - rel.getNameCount()));
        }
        return file.getParent();
    }

    /** The top folder of the git checkout (or worktree) holding {@code dir}, or null. */
    static Path gitTopOf(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }

    /** A path as one shell word (single-quoted when it holds anything but safe characters). */
    static String shellQuote(Path path) {
        String s = path.toString();
        return s.matches("[A-Za-z0-9_./+:@%=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** The lower-case hex SHA-256 of a file. */
    static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dataset file " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    private static Path findRoot() {
        List<String> tried = new ArrayList<>();
        Optional<Setting.Value> set = Setting.read(KEY);
        if (set.isPresent()) {
            return checkedRoot(Paths.get(set.get().text()), set.get().source());
        }
        tried.add("system property -D" + KEY + " (not set)");
        tried.add("environment variable " + KEY + " (not set)");
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("datasets");
            if (Files.isRegularFile(candidate.resolve(MARKER))) {
                return candidate;
            }
        }
        tried.add("datasets/" + MARKER + " in " + start + " and every folder above it (none found)");
        throw new IllegalStateException("Cannot find the course's datasets/ folder: set " + KEY
                + " to it (e.g. export " + KEY + "=/path/to/course/datasets) or start Java inside the course"
                + " repository. Tried: " + String.join("; ", tried));
    }

    private static Path checkedRoot(Path dir, String source) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The datasets folder named by " + source + " does not exist: " + dir
                    + ". Point " + KEY + " at the course's datasets/ folder (the one holding " + MARKER + ").");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** Size and modification time: enough to notice a file changed after it was verified. */
    private record Stamp(long size, long modified) {
        static Stamp of(Path path) {
            try {
                return new Stamp(Files.size(path), Files.getLastModifiedTime(path).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read dataset file " + path + ": " + e.getMessage(), e);
            }
        }
    }
}
