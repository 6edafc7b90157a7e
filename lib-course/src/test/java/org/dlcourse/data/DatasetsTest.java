package org.dlcourse.data;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding the datasets folder and checking its files, on corrupted copies in a temp directory. */
class DatasetsTest {
    private static final String LABELS = "mnist/t10k-labels-idx1-ubyte.gz";

    @TempDir
    Path temp;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Datasets.KEY);
    }

    private Path copyOf(String relative) throws IOException {
        Path target = temp.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(Datasets.locate().root().resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Test
    void findsTheRepositoryCopyFromTheWorkingDirectory() {
        Path root = Datasets.locate().root();
        assertTrue(Files.isRegularFile(root.resolve(Datasets.MARKER)));
        assertEquals("datasets", root.getFileName().toString());
    }

    @Test
    void systemPropertyWinsAndAMissingFolderIsAClearError() {
        System.setProperty(Datasets.KEY, temp.toString());
        assertEquals(temp.toAbsolutePath().normalize(), Datasets.locate().root());
        System.setProperty(Datasets.KEY, temp.resolve("nowhere").toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, Datasets::locate);
        assertTrue(e.getMessage().startsWith("The datasets folder named by system property -DCOURSE_DATASETS does not exist"),
                e.getMessage());
    }

    @Test
    void anIntactCopyVerifies() throws IOException {
        copyOf(LABELS);
        Path file = Datasets.at(temp).file(LABELS);
        assertEquals(10_000, IdxReader.readLabels(file).length);
        // second use: cheap path, same answer
        assertEquals(file, Datasets.at(temp).file(LABELS));
    }

    @Test
    void aMissingFileNamesItTheChecksumAndTheFix() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Datasets.at(temp).file(LABELS));
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("Dataset file missing: " + temp.resolve(LABELS)), first);
        assertTrue(first.contains(DatasetFiles.get(LABELS).sha256()), first);
        // temp is not in a git checkout: the hint says to copy the file back
        assertTrue(first.contains("is not in a git checkout, so copy datasets/" + LABELS + " from the course repository to "
                + temp.resolve(LABELS)), first);
    }

    @Test
    void aTruncatedFileIsRejected() throws IOException {
        Path copy = copyOf(LABELS);
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Datasets.at(temp).file(LABELS));
        assertTrue(e.getMessage().contains("has 4442 bytes, expected 4542"), e.getMessage());
        assertTrue(e.getMessage().contains(DatasetFiles.get(LABELS).sha256()), e.getMessage());
        assertTrue(e.getMessage().contains("copy datasets/" + LABELS), e.getMessage());
    }

    /**
     * The restore hint is a command that works from notebooks/, the kernel's working folder (the old
     * {@code git checkout -- datasets/...} only worked from the repository root): run exactly what
     * the message says from a notebooks/ folder of a scratch git repository and check the file is back.
     */
    @Test
    void theRestoreCommandWorksFromTheNotebooksFolder() throws Exception {
        Path repo = temp.resolve("course repo"); // a space: the command must quote the path
        Path datasets = repo.resolve("datasets");
        Path notebooks = Files.createDirectories(repo.resolve("notebooks"));
        Path labels = datasets.resolve(LABELS);
        Files.createDirectories(labels.getParent());
        Files.copy(Datasets.locate().root().resolve(LABELS), labels);
        Files.writeString(datasets.resolve(Datasets.MARKER), DatasetFiles.get(LABELS).sha256() + "  " + LABELS + "\n");
        org.junit.jupiter.api.Assumptions.assumeTrue(run(repo, "git", "init", "-q") == 0, "git is installed");
        assertEquals(0, run(repo, "git", "-c", "user.email=t@example.org", "-c", "user.name=t", "add", "."));
        assertEquals(0, run(repo, "git", "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "data"));
        byte[] good = Files.readAllBytes(labels);
        Files.write(labels, java.util.Arrays.copyOf(good, good.length - 100));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Datasets.at(datasets).file(LABELS));
        String message = e.getMessage();
        String prefix = "Restore it from git (the command works from any folder, notebooks/ included): ";
        assertTrue(message.contains(prefix + "git -C '" + repo + "' checkout -- datasets/" + LABELS), message);
        String command = message.substring(message.indexOf(prefix) + prefix.length(), message.indexOf("  (then check"));
        assertEquals(0, run(notebooks, "bash", "-c", command), command);
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(labels)), "restored by: " + command);
        assertEquals(labels, Datasets.at(datasets).file(LABELS));
        // the checksum hint is a command too
        String check = message.substring(message.indexOf("check every file with: ") + 23, message.length() - 1);
        assertEquals(0, run(notebooks, "bash", "-c", check), check);
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (IOException e) {
            return -1; // not installed
        }
    }

    @Test
    void anAlteredByteIsRejectedEvenAfterAnEarlierSuccess() throws IOException {
        Path copy = copyOf(LABELS);
        Datasets.at(temp).file(LABELS);
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        // same size: only the checksum can tell; a new mtime forces the check again
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(copy).toMillis() + 5000));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Datasets.at(temp).file(LABELS));
        assertTrue(e.getMessage().startsWith("Dataset file " + copy + " is altered: sha256 "), e.getMessage());
        assertTrue(e.getMessage().contains("expected " + DatasetFiles.get(LABELS).sha256()), e.getMessage());
    }

    @Test
    void loadersReportACorruptFileByName() throws IOException {
        Path copy = copyOf(Iris.FILE);
        Files.writeString(copy, "5.1,3.5\n", java.nio.file.StandardOpenOption.APPEND);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Datasets.at(temp).file(Iris.FILE));
        assertTrue(e.getMessage().contains("iris.data"), e.getMessage());
    }

    @Test
    void unknownFilesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Datasets.at(temp).file("mnist/fashion.gz"));
        assertTrue(e.getMessage().startsWith("Unknown dataset file 'mnist/fashion.gz'"), e.getMessage());
    }

    @Test
    void libraryChecksumsEqualTheShippedSha256Sums() throws IOException {
        Path root = Datasets.locate().root();
        Map<String, String> sums = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve(Datasets.MARKER))) {
            String[] parts = line.split("\\s+\\*?", 2);
            sums.put(parts[1], parts[0]);
        }
        for (DatasetFiles.Entry entry : DatasetFiles.all().values()) {
            assertEquals(entry.sha256(), sums.get(entry.path()), entry.path());
            assertEquals(entry.size(), Files.size(root.resolve(entry.path())), entry.path());
        }
        // every data file of SHA256SUMS is known to the library (scripts, documents, .gitattributes are not data)
        List<String> data = sums.keySet().stream().filter(p -> !p.endsWith(".py") && !p.endsWith(".md") && !p.startsWith("."))
                .sorted().toList();
        assertEquals(data, DatasetFiles.all().keySet().stream().sorted().toList());
    }
}
