package org.dlcourse.nn;

import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.dropout;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model files: round trip (also in a fresh JVM), continued training, foreign and corrupt files. */
class SaveLoadTest {

    private static Sequential trainedCnn() {
        int[] y = new int[60];
        float[][] x = TrainingBehaviourTest.bars(60, 5, y);
        Sequential m = Sequential.of(input(8, 8, 1), conv2d(3, 3).activation("relu").padding("same"), maxPool2d(2),
                flatten(), dropout(0.1), dense(2).activation("softmax"));
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        m.fit(x, y, FitOptions.epochs(2).batchSize(10).verbose(0));
        return m;
    }

    @Test
    void roundTripPredictsIdenticallyHereAndInAFreshJvm(@TempDir Path dir) throws Exception {
        int[] y = new int[20];
        float[][] x = TrainingBehaviourTest.bars(20, 6, y);
        Path file = dir.resolve("cnn.dlmodel");
        float[][] expected;
        try (Sequential m = trainedCnn()) {
            m.save(file);
            expected = m.predict(x);
            try (Sequential loaded = Sequential.load(file)) {
                assertEquals(m.summary(), loaded.summary());
                float[][] got = loaded.predict(x);
                for (int i = 0; i < x.length; i++) {
                    assertArrayEquals(expected[i], got[i], 0f);
                }
                assertEquals(m.evaluate(x, y), loaded.evaluate(x, y));
                assertEquals(m.steps(), loaded.steps());
                // a loaded model can continue training
                loaded.fit(x, y, FitOptions.epochs(1).batchSize(10).verbose(0));
            }
        }
        // a fresh JVM, which has never built this model's graph, predicts the same numbers
        float[][] fresh = FreshJvm.predict(file, x, expected[0].length);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(expected[i], fresh[i], 0f);
        }
    }

    @Test
    void missingFile(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Sequential.load(dir.resolve("none.dlmodel")));
        assertTrue(e.getMessage().contains("Model file not found"), e.getMessage());
    }

    @Test
    void foreignFiles(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, this is not a model");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(text));
        assertTrue(e.getMessage().startsWith("Not a dlcourse model file"), e.getMessage());

        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(zip));
        assertTrue(e.getMessage().startsWith("Not a dlcourse model file") && e.getMessage().contains("no dlcourse-model.properties"),
                e.getMessage());
    }

    /** Copies a model file, replacing one entry. */
    private static Path rewrite(Path from, Path to, String entry, byte[] content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? content : bytes);
                out.closeEntry();
            }
        }
        return to;
    }

    private static byte[] entry(Path file, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no " + name);
    }

    @Test
    void corruptFiles(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.dlmodel");
        try (Sequential m = trainedCnn()) {
            m.save(good);
        }
        byte[] weights = entry(good, ModelFile.WEIGHTS);
        String header = new String(entry(good, ModelFile.HEADER), StandardCharsets.UTF_8);

        Path truncated = rewrite(good, dir.resolve("t.dlmodel"), ModelFile.WEIGHTS,
                java.util.Arrays.copyOf(weights, weights.length / 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(truncated));
        assertTrue(e.getMessage().startsWith("Model file " + truncated + " is truncated or corrupt"), e.getMessage());

        Path wrongArch = rewrite(good, dir.resolve("a.dlmodel"), ModelFile.HEADER,
                header.replace("layer.4.units=2", "layer.4.units=3").getBytes(StandardCharsets.UTF_8));
        e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(wrongArch));
        assertTrue(e.getMessage().startsWith("Corrupt model file") && e.getMessage().contains("shape"), e.getMessage());

        Path newer = rewrite(good, dir.resolve("v.dlmodel"), ModelFile.HEADER,
                header.replace("version=1", "version=99").getBytes(StandardCharsets.UTF_8));
        e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(newer));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());

        Path garbage = dir.resolve("g.dlmodel");
        byte[] bytes = Files.readAllBytes(good);
        for (int i = 40; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5A;
        }
        try (OutputStream o = Files.newOutputStream(garbage)) {
            o.write(bytes);
        }
        e = assertThrows(IllegalArgumentException.class, () -> Sequential.load(garbage));
        assertTrue(e.getMessage().startsWith("Not a dlcourse model file") || e.getMessage().startsWith("Corrupt model file")
                || e.getMessage().startsWith("Model file " + garbage + " is truncated or corrupt"), e.getMessage());
    }

    @Test
    void setWeightsChecksSizes() {
        try (Sequential m = Sequential.of(input(2), dense(3))) {
            List<float[]> w = m.getWeights();
            assertEquals(2, w.size());
            assertThrows(ShapeException.class, () -> m.setWeights(List.of(new float[6])));
            assertThrows(ShapeException.class, () -> m.setWeights(List.of(new float[5], new float[3])));
            w.get(1)[0] = 7f;
            m.setWeights(w);
            assertEquals(7f, m.getWeights().get(1)[0]);
        }
    }
}
