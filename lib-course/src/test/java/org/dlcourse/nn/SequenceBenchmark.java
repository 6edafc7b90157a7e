package org.dlcourse.nn;

import org.dlcourse.data.Imdb;
import org.dlcourse.data.Reuters;
import org.dlcourse.data.TextDataset;
import org.dlcourse.data.prep.Sequences;
import org.dlcourse.interop.onnx.OnnxInference;
import org.dlcourse.interop.onnx.SequentialOnnx;
import org.dlcourse.nn.layer.LSTM;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.lstm;
import static org.dlcourse.nn.layer.Layers.simpleRnn;
import static org.dlcourse.nn.layer.Layers.tokenInput;

/**
 * Benchmark (not a test), on the full data sets:
 * <ul>
 *   <li>IMDB SimpleRNN: 10,000 words, maxlen {@value #IMDB_LEN}, Embedding 32, SimpleRNN 32,
 *       Dense 1 sigmoid; RMSprop, batch 128.</li>
 *   <li>Reuters LSTM: 10,000 words, maxlen {@value #REUTERS_LEN}, Embedding 64, LSTM 64,
 *       Dense 46 softmax; RMSprop, batch 128; the fused and the unrolled route.</li>
 *   <li>Inference latency of both trained models, TensorFlow ({@code predict}) against ONNX Runtime
 *       ({@link SequentialOnnx} + {@link OnnxInference}), at batch 1 and batch 256 (median of repeated runs).</li>
 * </ul>
 * Seconds per epoch are wall time (the graph set-up is inside the first epoch and reported
 * apart); CPU seconds of the whole process are given too, since the machine may be shared.
 * Epochs: {@code -Depochs=N} (default 2). Argument: {@code imdb}, {@code reuters} or nothing for both.
 *
 * <p>Measured once (2 shared cores, {@code nice}, 2 epochs): IMDB SimpleRNN 4.2 and 2.7 s per epoch
 * (the first includes the gradient graph), test accuracy 0.85; Reuters LSTM fused 16.4 s per epoch,
 * unrolled 21.8 s; latency TensorFlow / ONNX Runtime in ms: SimpleRNN batch 1 0.52 / 0.22, batch 256
 * 10.8 / 73.6 (ONNX Runtime's RNN kernel is the slow one); LSTM batch 1 1.72 / 0.52, batch 256
 * 202 / 87.
 */
public final class SequenceBenchmark {
    static final int IMDB_LEN = 150;
    static final int REUTERS_LEN = 200;

    private SequenceBenchmark() {
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Trains epoch by epoch and prints the timings; returns the model. */
    private static Sequential train(String name, Sequential m, int[][] x, int[] y, int[][] xTest, int[] yTest, int epochs) {
        long t0 = System.nanoTime();
        m.predict(new int[][] {x[0]}); // builds the graph: set-up time apart from the epochs
        double setup = (System.nanoTime() - t0) / 1e9;
        double[] seconds = new double[epochs];
        long c0 = cpuNanos();
        for (int e = 0; e < epochs; e++) {
            long s = System.nanoTime();
            m.fit(x, y, FitOptions.epochs(1).batchSize(128).verbose(0));
            seconds[e] = (System.nanoTime() - s) / 1e9;
            System.out.printf(Locale.ROOT, "%s epoch %d: %.1f s%n", name, e + 1, seconds[e]);
        }
        double cpu = (cpuNanos() - c0) / 1e9 / epochs;
        double acc = m.evaluate(xTest, yTest).get("accuracy");
        System.out.printf(Locale.ROOT, "RESULT %s train=%d len=%d setup_s=%.1f s/epoch=%s mean=%.1f cpu_s/epoch=%.1f test_acc=%.4f%n",
                name, x.length, x[0].length, setup, Arrays.toString(round(seconds)),
                Arrays.stream(seconds).average().orElse(Double.NaN), cpu, acc);
        return m;
    }

    private static double[] round(double[] a) {
        return Arrays.stream(a).map(v -> Math.round(v * 10) / 10.0).toArray();
    }

    /** Median milliseconds per call of TF predict and ONNX Runtime at batch 1 and 256. */
    private static void latency(String name, Sequential m, int[][] x) throws Exception {
        float[][] rows = new float[256][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new float[x[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = x[i][j];
            }
        }
        Path file = Files.createTempFile("bench", ".onnx");
        try (OnnxInference onnx = OnnxInference.load(SequentialOnnx.export(m, file))) {
            for (int batch : new int[] {1, 256}) {
                float[][] b = Arrays.copyOf(rows, batch);
                int reps = batch == 1 ? 200 : 20;
                double tf = median(reps, () -> m.predict(b));
                double ort = median(reps, () -> onnx.run(b));
                System.out.printf(Locale.ROOT, "RESULT %s latency batch=%d tensorflow_ms=%.2f onnxruntime_ms=%.2f%n",
                        name, batch, tf, ort);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double median(int reps, Runnable r) {
        for (int i = 0; i < 5; i++) {
            r.run(); // warm-up
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long s = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int epochs = Integer.getInteger("epochs", 2);
        String which = args.length > 0 ? args[0] : "all";
        System.out.println("LSTM fused route available: " + LSTM.fusedSupported());
        if (!"reuters".equals(which)) {
            TextDataset imdb = Imdb.load(10_000, true);
            int[][] x = Sequences.pad(imdb.train().sequences(), IMDB_LEN);
            int[][] xTest = Sequences.pad(imdb.test().sequences(), IMDB_LEN);
            try (Sequential m = Sequential.of(tokenInput(IMDB_LEN), embedding(10_000, 32), simpleRnn(32),
                    dense(1).activation("sigmoid"))) {
                m.compile(Optimizers.rmsprop(1e-3), Losses.binaryCrossentropy(), Metrics.accuracy());
                train("imdb_simple_rnn", m, x, imdb.train().labels(), xTest, imdb.test().labels(), epochs);
                latency("imdb_simple_rnn", m, xTest);
            }
        }
        if (!"imdb".equals(which)) {
            TextDataset reuters = Reuters.load(10_000, true);
            int[][] x = Sequences.pad(reuters.train().sequences(), REUTERS_LEN);
            int[][] xTest = Sequences.pad(reuters.test().sequences(), REUTERS_LEN);
            for (LSTM.Route route : new LSTM.Route[] {LSTM.Route.FUSED, LSTM.Route.UNROLLED}) {
                String name = "reuters_lstm_" + route.name().toLowerCase(Locale.ROOT);
                try (Sequential m = Sequential.of(tokenInput(REUTERS_LEN), embedding(10_000, 64), lstm(64).route(route),
                        dense(Reuters.TOPICS).activation("softmax"))) {
                    m.compile(Optimizers.rmsprop(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy());
                    train(name, m, x, reuters.train().labels(), xTest, reuters.test().labels(), epochs);
                    if (route == LSTM.Route.FUSED) {
                        latency(name, m, xTest);
                    }
                }
            }
        }
    }
}
