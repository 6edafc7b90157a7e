package org.dlcourse.nn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks of saved models: predictions from a new JVM ({@link PredictInFreshJvm}), the file's header. */
public final class FreshJvm {
    private FreshJvm() {
    }

    /** What a fresh JVM predicted, and what it printed on the way. */
    public record Run(float[][] predictions, String log) {
    }

    /** The predictions of the model in {@code file} on {@code x}, computed by a fresh JVM. */
    public static float[][] predict(Path file, float[][] x, int outputWidth) throws IOException, InterruptedException {
        return run(file, x, outputWidth).predictions();
    }

    /** As {@link #predict}, with the fresh JVM's output (e.g. to check what TensorFlow registered). */
    public static Run run(Path file, float[][] x, int outputWidth) throws IOException, InterruptedException {
        Path dir = file.toAbsolutePath().getParent();
        Path in = dir.resolve(file.getFileName() + ".x.bin");
        Path out = dir.resolve(file.getFileName() + ".y.bin");
        try (DataOutputStream o = new DataOutputStream(Files.newOutputStream(in))) {
            o.writeInt(x.length);
            o.writeInt(x[0].length);
            for (float[] row : x) {
                for (float v : row) {
                    o.writeFloat(v);
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PredictInFreshJvm.class.getName(), file.toString(), in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        float[][] y = new float[x.length][outputWidth];
        try (DataInputStream d = new DataInputStream(Files.newInputStream(out))) {
            for (float[] row : y) {
                for (int j = 0; j < outputWidth; j++) {
                    row[j] = d.readFloat();
                }
            }
            assertEquals(-1, d.read(), "the fresh JVM wrote more outputs than expected");
        }
        return new Run(y, log);
    }

    /** The text header of a saved model file. */
    public static String header(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
             var in = zip.getInputStream(zip.getEntry(ModelFile.HEADER))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Asserts that a fresh JVM predicts exactly {@code expected} from the saved model. */
    public static void assertPredicts(Path file, float[][] x, float[][] expected) throws IOException, InterruptedException {
        float[][] got = predict(file, x, expected[0].length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], got[i][j], 0f, "row " + i + " output " + j);
            }
        }
    }
}
