package org.dlcourse.nn;

import org.dlcourse.data.ImageSet;
import org.dlcourse.data.Imdb;
import org.dlcourse.data.Mnist;
import org.dlcourse.data.TextDataset;
import org.dlcourse.data.prep.Sequences;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training is bit-identical to what it was before the engine was reorganised (issue 24): chapter
 * 04's DNN (SGD and Adam) and chapter 06's SimpleRNN, built as the notebooks build them, trained for
 * two epochs on the first few hundred rows of the real data with the notebooks' seeds, end with the
 * weights recorded in {@code bit-identical.properties} (a SHA-256 of every weight's bits, a few exact
 * values, the last losses).
 *
 * <p>The values are those of one CPU model: TensorFlow's kernels round differently on other vector
 * units, so on another CPU the test is skipped (it says which CPU recorded them). To record them
 * anew, on purpose only: {@code mvn -f lib-course/pom.xml test -Dtest=BitIdenticalTrainingTest
 * -Dbitidentical.record=true} (writes src/test/resources/org/dlcourse/nn/bit-identical.properties).
 */
class BitIdenticalTrainingTest {
    private static final String FILE = "bit-identical.properties";
    private static final int ROWS = 300;

    private static Sequential chapter04Dnn(Optimizer optimizer) {
        Sequential model = Sequential.of(
                Layers.input(784),
                Layers.dense(256).activation("relu"),
                Layers.dense(256).activation("relu"),
                Layers.dense(10).activation("softmax"))
            .seed(1);
        model.threads(2, 2);
        model.compile(optimizer, Losses.categoricalCrossentropy(), Metrics.accuracy());
        return model;
    }

    private static Map<String, String> dnn(String name, Optimizer optimizer) {
        ImageSet train = Mnist.train(false);
        float[][] x = Arrays.copyOf(train.pixels(), ROWS);
        int[] y = Arrays.copyOf(train.labels(), ROWS);
        try (Sequential model = chapter04Dnn(optimizer)) {
            History h = model.fit(x, y, FitOptions.epochs(2).batchSize(100).validationSplit(0.1).seed(1).verbose(0));
            return fingerprint(name, model.getWeights(), h);
        }
    }

    private static Map<String, String> rnn() {
        TextDataset imdb = Imdb.load(10_000, false);
        int[][] x = Arrays.copyOf(Sequences.pad(imdb.train().sequences(), 200), ROWS);
        int[] y = Arrays.copyOf(imdb.train().labels(), ROWS);
        Sequential rnn = Sequential.of(
                Layers.tokenInput(200),
                Layers.embedding(10_000, 32),
                Layers.dropout(0.3),
                Layers.simpleRnn(32),
                Layers.dense(1).activation("sigmoid"))
            .seed(7);
        try (rnn) {
            rnn.threads(2, 2);
            rnn.compile(Optimizers.rmsprop(5e-4), Losses.binaryCrossentropy(), Metrics.accuracy());
            EarlyStopping stop = EarlyStopping.monitor("val_accuracy").patience(3).restoreBestWeights();
            History h = rnn.fit(x, y, FitOptions.epochs(2).batchSize(128).validationSplit(0.1).seed(7)
                    .callbacks(stop).verbose(0));
            return fingerprint("rnn", rnn.getWeights(), h);
        }
    }

    private static Map<String, String> fingerprint(String name, List<float[]> weights, History h) {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < weights.size(); i++) {
            float[] w = weights.get(i);
            byte[] bytes = new byte[w.length * 4];
            for (int j = 0; j < w.length; j++) {
                int bits = Float.floatToRawIntBits(w[j]);
                bytes[4 * j] = (byte) (bits >>> 24);
                bytes[4 * j + 1] = (byte) (bits >>> 16);
                bytes[4 * j + 2] = (byte) (bits >>> 8);
                bytes[4 * j + 3] = (byte) bits;
            }
            sha.update(bytes);
            out.put(name + ".w" + i + ".first", Float.toString(w[0]));
            out.put(name + ".w" + i + ".last", Float.toString(w[w.length - 1]));
        }
        out.put(name + ".sha256", HexFormat.of().formatHex(sha.digest()));
        out.put(name + ".loss", Double.toString(h.last("loss")));
        out.put(name + ".val_loss", Double.toString(h.last("val_loss")));
        return out;
    }

    /** The CPU model and the vector extensions TensorFlow's kernels choose between. */
    private static String cpu() {
        String model = System.getProperty("os.arch");
        java.util.Set<String> flags = new java.util.TreeSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name") && model.equals(System.getProperty("os.arch"))) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.startsWith("flags") && flags.isEmpty()) {
                    for (String f : line.substring(line.indexOf(':') + 1).trim().split("\\s+")) {
                        if (f.equals("avx2") || f.equals("fma") || f.startsWith("avx512")) {
                            flags.add(f);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture only
        }
        return model + " " + flags;
    }

    /** The fingerprints of the three trainings, one {@code key=value} per line (run by the test in a fresh JVM). */
    public static void main(String[] args) {
        Map<String, String> now = new TreeMap<>();
        now.putAll(dnn("dnn_sgd", Optimizers.sgd(0.1)));
        now.putAll(dnn("dnn_adam", Optimizers.adam(1e-3)));
        now.putAll(rnn());
        for (Map.Entry<String, String> e : now.entrySet()) {
            System.out.println(e.getKey() + "=" + e.getValue());
        }
    }

    /**
     * Trains in a JVM of its own: TensorFlow sizes its process-wide thread pools by the first session a
     * process opens, and the unrolled SimpleRNN's bits depend on those sizes, so the suite's earlier tests
     * must not choose them.
     */
    private static Map<String, String> fingerprintsInFreshJvm() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                BitIdenticalTrainingTest.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the fresh JVM did not finish");
        assertEquals(0, p.exitValue(), out);
        Map<String, String> now = new TreeMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.contains(" ")) {
                now.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertTrue(now.size() > 10, "the fresh JVM printed no fingerprints:\n" + out);
        return now;
    }

    @Test
    void chapter04And06TrainBitIdenticallyToTheRecordedWeights() throws IOException, InterruptedException {
        Map<String, String> now = fingerprintsInFreshJvm();
        if (Boolean.getBoolean("bitidentical.record")) {
            Path file = Path.of("src/test/resources/org/dlcourse/nn", FILE);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("# Recorded by BitIdenticalTrainingTest (-Dbitidentical.record=true): before issue 24's refactoring;\n"
                        + "# the rnn entries again when recurrent graphs stopped running Grappler's meta-optimizer (issue 26)\n");
                w.write("cpu=" + cpu() + "\n");
                for (Map.Entry<String, String> e : now.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
            }
            return;
        }
        Properties recorded = new Properties();
        try (InputStream in = BitIdenticalTrainingTest.class.getResourceAsStream(FILE)) {
            assertNotNull(in, FILE + " is missing: record it with -Dbitidentical.record=true");
            recorded.load(in);
        }
        Assumptions.assumeTrue(cpu().equals(recorded.getProperty("cpu")),
                "the weights were recorded on " + recorded.getProperty("cpu") + ", this is " + cpu());
        for (Map.Entry<String, String> e : now.entrySet()) {
            assertEquals(recorded.getProperty(e.getKey()), e.getValue(), e.getKey() + " differs from the recorded value");
        }
        assertEquals(recorded.size() - 1, now.size(), "the recorded file has other keys than the test computes");
    }
}
