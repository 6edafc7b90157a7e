package org.dlcourse.nn;

import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Model files as a learner meets them: the permissions of a saved model, a file cut short, a save
 * path whose folder is a file, and weights of the wrong size, each with a message that says what
 * happened and what to do.
 */
class ModelFileMessagesTest {

    private static Sequential small() {
        Sequential m = Sequential.of(input(4), dense(8).activation("relu"), dense(3).activation("softmax"));
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    @Test
    void savedModelsAndCheckpointsGetTheSamePermissionsAsAnyNewFile(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "a file like any other");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        Path file = dir.resolve("model.dlmodel");
        Path best = dir.resolve("best.dlmodel");
        try (Sequential m = small()) {
            m.save(file);
            float[][] x = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
            m.fit(x, new int[] {0, 1, 2, 0}, FitOptions.epochs(1).verbose(0).validationData(x, new int[] {0, 1, 2, 0})
                    .callbacks(ModelCheckpoint.to(best)));
            m.save(file); // replacing an existing file as well
        }
        assertEquals(usual, Files.getPosixFilePermissions(file), "model file vs a plain new file");
        assertEquals(usual, Files.getPosixFilePermissions(best), "checkpoint vs a plain new file");
        assertTrue(usual.contains(PosixFilePermission.OWNER_READ) && usual.contains(PosixFilePermission.OWNER_WRITE));
        // no temporary file is left behind
        try (var files = Files.list(dir)) {
            assertEquals(List.of("best.dlmodel", "model.dlmodel", "plain.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aModelFileCutShortSaysTruncatedAndToSaveAgain(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.dlmodel");
        try (Sequential m = small()) {
            m.save(good);
        }
        byte[] bytes = Files.readAllBytes(good);
        // cut in half (the case), and at other places: inside the first header, inside the weights
        for (int length : new int[] {bytes.length / 2, 10, 40, bytes.length / 3, bytes.length - 200, bytes.length - 60}) {
            Path cut = Files.write(dir.resolve("cut-" + length + ".dlmodel"), Arrays.copyOf(bytes, length));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(cut),
                    "cut at " + length + " of " + bytes.length);
            String first = e.getMessage().lines().findFirst().orElseThrow();
            assertTrue(first.startsWith("Model file " + cut + " is truncated or corrupt"), length + ": " + first);
            assertTrue(first.contains("written by Sequential.save") && first.contains("Save the model again"), first);
            assertFalse(first.contains("Not a dlcourse model file"), first);
        }
        Path empty = Files.write(dir.resolve("empty.dlmodel"), new byte[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(empty));
        assertTrue(e.getMessage().startsWith("Corrupt model file " + empty + ": it is empty")
                && e.getMessage().contains("save the model again"), e.getMessage());
    }

    @Test
    void aSavePathInsideAFileSaysWhichPartIsAFile(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("results.txt"), "a file");
        Path file = notAFolder.resolve("model.dlmodel");
        Path deeper = notAFolder.resolve("sub").resolve("model.dlmodel");
        try (Sequential m = small()) {
            for (Path target : List.of(file, deeper)) {
                IOException e = assertThrows(IOException.class, () -> m.save(target));
                assertTrue(e.getMessage().startsWith("Cannot save the model to " + target + ": " + notAFolder
                        + " is a file, not a folder. Choose a path inside a folder"), e.getMessage());
            }
            // the same through a checkpoint: the fit says so before training
            float[][] x = {{1, 0, 0, 0}, {0, 1, 0, 0}};
            int[] y = {0, 1};
            long before = m.steps();
            RuntimeException c = assertThrows(RuntimeException.class, () -> m.fit(x, y,
                    FitOptions.epochs(2).verbose(0).validationData(x, y).callbacks(ModelCheckpoint.to(file))));
            assertTrue(c.getMessage().startsWith("ModelCheckpoint cannot write " + file + ": " + notAFolder
                    + " is a file, not a folder"), c.getMessage());
            assertEquals(before, m.steps(), "no training before the checkpoint's folder was checked");
        }
    }

    @Test
    void aSaveIntoAReadOnlyFolderSaysSo(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked), "not root");
        try (Sequential m = small()) {
            Path file = locked.resolve("m.dlmodel");
            IOException e = assertThrows(IOException.class, () -> m.save(file));
            assertTrue(e.getMessage().startsWith("Cannot save the model to " + file + ": the folder " + locked
                    + " is not writable. Choose a folder you can write"), e.getMessage());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void setWeightsOfTheWrongSizeNamesTheParameterAndTheFix() {
        try (Sequential m = small()) {
            ShapeException count = assertThrows(ShapeException.class, () -> m.setWeights(List.of(new float[32])));
            assertTrue(count.getMessage().startsWith("setWeights got 1 arrays but the model has 4 parameters "
                    + "[dense_1/kernel, dense_1/bias, dense_2/kernel, dense_2/bias]: pass one float[] per parameter"
                    + " in this order, as getWeights() returns them"), count.getMessage());
            List<float[]> w = m.getWeights();
            w.set(2, new float[8 * 4]);
            ShapeException size = assertThrows(ShapeException.class, () -> m.setWeights(w));
            assertTrue(size.getMessage().startsWith("Weight 2 (dense_2/kernel, shape [8, 3]) needs 24 values but got 32:"
                    + " the list must hold the parameters in getWeights() order"), size.getMessage());
            w.set(2, null);
            size = assertThrows(ShapeException.class, () -> m.setWeights(w));
            assertTrue(size.getMessage().contains("needs 24 values but got null"), size.getMessage());
            IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> m.setWeights(null));
            assertTrue(none.getMessage().startsWith("setWeights got null"), none.getMessage());
        }
    }
}
