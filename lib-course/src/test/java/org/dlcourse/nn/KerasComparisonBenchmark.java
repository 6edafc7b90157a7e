package org.dlcourse.nn;

import org.dlcourse.data.Boston;
import org.dlcourse.data.ImageSet;
import org.dlcourse.data.Imdb;
import org.dlcourse.data.Mnist;
import org.dlcourse.data.Reuters;
import org.dlcourse.data.TableArrays;
import org.dlcourse.data.TextDataset;
import org.dlcourse.data.prep.Scaler;
import org.dlcourse.data.prep.Sequences;
import org.dlcourse.nn.graph.OpTimes;
import org.dlcourse.nn.graph.Threads;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Optimizers;
import org.dlcourse.nn.train.RowOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.embedding;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.lstm;
import static org.dlcourse.nn.layer.Layers.maxPool2d;
import static org.dlcourse.nn.layer.Layers.simpleRnn;
import static org.dlcourse.nn.layer.Layers.tokenInput;

/**
 * Benchmark (not a test): the Java side of {@code bench/} (the Keras comparison). The Keras twins of
 * these models live in {@code bench/keras_models.py}; keep both in step (architecture, batch size,
 * optimiser, sequence lengths, smoke sizes).
 *
 * <ul>
 *   <li>{@code export <dir> [full|quick]}: writes the padded IMDB and Reuters token ids and labels
 *       as int32 {@code .npy} files, so that Keras trains on exactly the ids Java tokenised.</li>
 *   <li>{@code run <model> <epochs> <dataDir> [smoke]}: trains one model epoch by epoch and prints one
 *       line {@code RESULT {json}} with the seconds of each epoch, the final test metric and the
 *       peak resident memory (VmHWM) of this process. Models: {@code mnist_dnn, mnist_cnn,
 *       imdb_rnn, reuters_lstm, boston_mlp}.</li>
 * </ul>
 * The runner {@code bench/run.py} calls it; {@code make bench} and {@code make bench-smoke} run that.
 *
 * <p><b>Same start</b> ({@code bench/run.py --same-start}, environment {@code BENCH_SAME_START=<dir>}):
 * the first side to run a (model, seed) writes this side's initial weights ({@code w<i>.npy}, float32,
 * Keras's {@code get_weights()} order and shapes) and one permutation of the training rows per epoch
 * ({@code order.npy}) into {@code <dir>/<model>-seed<seed>/}; both sides start from those weights and
 * feed the rows in that order without shuffling. What still differs is the engine: kernels, rounding
 * and the optimiser's arithmetic.
 */
public final class KerasComparisonBenchmark {
    /** Sequence lengths, vocabulary and smoke sizes: the same constants as bench/keras_models.py. */
    static final int IMDB_LEN = 150, REUTERS_LEN = 200, WORDS = 10_000, SMOKE_ROWS = 512;

    private KerasComparisonBenchmark() {
    }

    /** Runs {@code export} or {@code run} (see the class comment). */
    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && "export".equals(args[0])) {
            export(Path.of(args[1]), args.length < 3 || !"quick".equals(args[2]));
        } else if (args.length >= 3 && "profile".equals(args[0])) {
            profile(args[1], Path.of(args[2]), args.length > 3 && "smoke".equals(args[3]));
        } else if (args.length >= 4 && "run".equals(args[0])) {
            run(args[1], Integer.parseInt(args[2]), Path.of(args[3]), args.length > 4 && "smoke".equals(args[4]));
        } else {
            throw new IllegalArgumentException("Usage: KerasComparisonBenchmark export <dir> [full|quick] | run <model> <epochs> <dataDir> [smoke]"
                    + " | profile <model> <dataDir> [smoke]; got "
                    + Arrays.toString(args));
        }
    }

    // ---------------------------------------------------------------- export

    private static void export(Path dir, boolean full) throws IOException {
        Files.createDirectories(dir);
        TextDataset imdb = Imdb.load(WORDS, full);
        writeSet(dir, "imdb", imdb, IMDB_LEN);
        TextDataset reuters = Reuters.load(WORDS, full);
        writeSet(dir, "reuters", reuters, REUTERS_LEN);
        System.out.println("exported IMDB (" + imdb.train().size() + "/" + imdb.test().size() + ") and Reuters ("
                + reuters.train().size() + "/" + reuters.test().size() + ") to " + dir);
    }

    private static void writeSet(Path dir, String name, TextDataset data, int len) throws IOException {
        writeNpy(dir.resolve(name + "_x_train.npy"), Sequences.pad(data.train().sequences(), len));
        writeNpy(dir.resolve(name + "_y_train.npy"), new int[][] {data.train().labels()});
        writeNpy(dir.resolve(name + "_x_test.npy"), Sequences.pad(data.test().sequences(), len));
        writeNpy(dir.resolve(name + "_y_test.npy"), new int[][] {data.test().labels()});
    }

    /** A little-endian int32 .npy file (format 1.0); a single row is written as a 1-D array. */
    static void writeNpy(Path file, int[][] rows) throws IOException {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        int[] shape = rows.length == 1 ? new int[] {cols} : new int[] {rows.length, cols};
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
            out.write(npyHeader("<i4", shape));
            ByteBuffer buf = ByteBuffer.allocate(4 * cols).order(ByteOrder.LITTLE_ENDIAN);
            for (int[] row : rows) {
                if (row.length != cols) {
                    throw new IllegalArgumentException("Ragged rows cannot be written to " + file + ": pad them first");
                }
                buf.clear();
                buf.asIntBuffer().put(row);
                out.write(buf.array());
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads what {@link #writeNpy} wrote (int32, C order): rows x cols, or 1 x n for a 1-D array. */
    static int[][] readNpy(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length < 10 || (b[0] & 0xff) != 0x93 || b[1] != 'N') {
            throw new IOException("Not a .npy file: " + file + "; re-run the export (make bench-data-export)");
        }
        int headerLen = (b[8] & 0xff) | ((b[9] & 0xff) << 8);
        String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
        String shape = header.substring(header.indexOf("'shape': (") + 10, header.indexOf(')', header.indexOf("'shape'")));
        String[] dims = Arrays.stream(shape.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
        int rows = dims.length == 1 ? 1 : Integer.parseInt(dims[0]);
        int cols = Integer.parseInt(dims[dims.length - 1]);
        ByteBuffer buf = ByteBuffer.wrap(b, 10 + headerLen, b.length - 10 - headerLen).order(ByteOrder.LITTLE_ENDIAN);
        int[][] out = new int[rows][cols];
        for (int[] row : out) {
            buf.asIntBuffer().get(row);
            buf.position(buf.position() + 4 * cols);
        }
        return out;
    }

    // ---------------------------------------------------------------- run

    private static void run(String model, int epochs, Path dataDir, boolean smoke) throws IOException {
        long t0 = System.nanoTime();
        Trainable t = trainable(model, dataDir, smoke);
        // bench/run.py gives run r of both sides the seed 42 + r
        long seed = Long.parseLong(System.getenv().getOrDefault("BENCH_SEED", "42").trim());
        t.model.seed(seed);
        startTensorFlow();
        String sameStart = System.getenv("BENCH_SAME_START");
        int[][] orders = sameStart == null || sameStart.isBlank() ? null
                : sameStart(t.model, Path.of(sameStart).resolve(model + "-seed" + seed), epochs, t.trainRows, seed);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        double[] seconds = new double[epochs];
        double[] losses = new double[epochs];
        long c0 = cpuNanos();
        try (Sequential m = t.model) {
            for (int e = 0; e < epochs; e++) {
                long s = System.nanoTime();
                History h = t.fit.epoch(orders == null ? null : orders[e]);
                seconds[e] = (System.nanoTime() - s) / 1e9;
                losses[e] = h.last("loss");
            }
            double cpu = (cpuNanos() - c0) / 1e9 / epochs;
            double metric = t.evaluate.get();
            System.out.printf(Locale.ROOT,
                    "RESULT {\"model\": \"%s\", \"side\": \"java\", \"epochs\": %d, \"train_rows\": %d, \"epoch_seconds\": %s, \"epoch_losses\": %s,"
                            + " \"cpu_seconds_per_epoch\": %.3f, \"load_seconds\": %.3f, \"metric\": \"%s\", \"value\": %.6f, \"peak_rss_mib\": %.1f,"
                            + " \"versions\": {\"tensorflow\": \"%s\", \"tensorflow_java\": \"%s\"}}%n",
                    model, epochs, t.trainRows, Arrays.toString(seconds), Arrays.toString(losses), cpu, loadSeconds, t.metricName, metric, peakRssMib(),
                    org.tensorflow.TensorFlow.version(), tensorflowJavaVersion());
        }
    }

    /**
     * Starts TensorFlow before the timer, as the Keras side has by its first {@code on_epoch_begin}:
     * there "import tensorflow" loads the native library, and building the model's variables eagerly
     * starts the runtime (devices, the process-wide thread pools). Here that is the native library and
     * {@link Threads#startRuntime()} with the pool sizes the model's own session asks for. The model's graph, its gradients and their optimisation
     * stay inside the first epoch, as Keras's tracing does.
     */
    static void startTensorFlow() {
        org.tensorflow.TensorFlow.version();
        Threads.fromEnvironment().startRuntime();
    }

    /** TF Java's release, from its jar's manifest or, failing that, the jar's file name. */
    static String tensorflowJavaVersion() {
        Package p = org.tensorflow.TensorFlow.class.getPackage();
        if (p != null && p.getImplementationVersion() != null) {
            return p.getImplementationVersion();
        }
        try {
            String jar = Path.of(org.tensorflow.TensorFlow.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getFileName().toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d+\\.\\d+\\.\\d+[^/]*)\\.jar$").matcher(jar);
            return m.find() ? m.group(1) : "?";
        } catch (Exception e) {
            return "?";
        }
    }

    private static Trainable trainable(String model, Path dataDir, boolean smoke) throws IOException {
        return switch (model) {
            case "mnist_dnn", "mnist_cnn" -> mnist(model, smoke);
            case "imdb_rnn" -> tokens(dataDir, "imdb", smoke,
                    Sequential.of(tokenInput(IMDB_LEN), embedding(WORDS, 32), simpleRnn(32), dense(1).activation("sigmoid")),
                    Optimizers.rmsprop(1e-3), Losses.binaryCrossentropy(), 128);
            case "reuters_lstm" -> tokens(dataDir, "reuters", smoke,
                    Sequential.of(tokenInput(REUTERS_LEN), embedding(WORDS, 64), lstm(64), dense(Reuters.TOPICS).activation("softmax")),
                    Optimizers.rmsprop(1e-3), Losses.categoricalCrossentropy(), 128);
            case "boston_mlp" -> boston();
            default -> throw new IllegalArgumentException("Unknown model '" + model
                    + "': use mnist_dnn, mnist_cnn, imdb_rnn, reuters_lstm or boston_mlp");
        };
    }

    // ---------------------------------------------------------------- profile

    /**
     * One warm-up epoch, one timed epoch (CPU seconds of this process), then one epoch with every step
     * traced: prints the kernel time per op type and a {@code PROFILE {json}} line.
     */
    private static void profile(String model, Path dataDir, boolean smoke) throws IOException {
        Trainable t = trainable(model, dataDir, smoke);
        t.model.seed(42);
        try (Sequential m = t.model) {
            t.fit.epoch(null);
            long c0 = cpuNanos(), w0 = System.nanoTime();
            t.fit.epoch(null);
            double cpu = (cpuNanos() - c0) / 1e9, wall = (System.nanoTime() - w0) / 1e9;
            OpTimes times = new OpTimes();
            m.graph().traceSteps(times);
            t.fit.epoch(null);
            m.graph().traceSteps(null);
            int steps = times.steps();
            System.out.printf(Locale.ROOT, "%s, java: %.1f ms CPU and %.1f ms wall per untraced step (%d steps)%n%s",
                    model, 1e3 * cpu / steps, 1e3 * wall / steps, steps, times.table(14));
            StringBuilder ops = new StringBuilder();
            times.perStepMillis().forEach((op, ms) -> ops.append(ops.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "\"%s\": %.4f", op, ms)));
            System.out.printf(Locale.ROOT, "PROFILE {\"model\": \"%s\", \"side\": \"java\", \"steps\": %d, \"cpu_ms_per_step\": %.3f,"
                    + " \"wall_ms_per_step\": %.3f, \"op_ms_per_step\": {%s}}%n", model, steps, 1e3 * cpu / steps, 1e3 * wall / steps, ops);
        }
    }

    /** A compiled model, one epoch of its fit, and its final test metric. */
    private record Trainable(Sequential model, EpochFit fit, java.util.function.Supplier<Double> evaluate,
                             String metricName, int trainRows) {
    }

    /** One epoch of training: shuffled by the model when {@code order} is null, else in that row order. */
    private interface EpochFit {
        History epoch(int[] order);
    }

    /**
     * Writes (first side) or reads (second side) the initial weights and row orders of a same-start
     * run; sets the weights on the model and returns one row order per epoch.
     */
    static int[][] sameStart(Sequential model, Path dir, int epochs, int rows, long seed) throws IOException {
        Path orderFile = dir.resolve("order.npy");
        if (!Files.isRegularFile(orderFile)) {
            Files.createDirectories(dir);
            List<float[]> w = model.getWeights();
            List<int[]> shapes = model.plan().paramShapes();
            for (int i = 0; i < w.size(); i++) {
                writeNpyFloat(dir.resolve("w" + i + ".npy"), shapes.get(i), w.get(i));
            }
            int[][] orders = new int[epochs][];
            for (int e = 0; e < epochs; e++) {
                orders[e] = RowOrder.permutation(rows, RowOrder.mix(seed, e));
            }
            writeNpy(orderFile, orders); // last: its presence says the folder is complete
            return orders;
        }
        int[][] orders = readNpy(orderFile);
        if (orders.length < epochs || orders[0].length != rows) {
            throw new IllegalStateException(orderFile + " holds " + orders.length + " orders of " + orders[0].length
                    + " rows, this run needs " + epochs + " of " + rows + ": delete " + dir + " and run again");
        }
        List<int[]> shapes = model.plan().paramShapes();
        List<float[]> w = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            w.add(readNpyFloat(dir.resolve("w" + i + ".npy"), Layer.product(shapes.get(i))));
        }
        model.setWeights(w);
        return orders;
    }

    private static <A> A[] rows(A[] a, int[] order) {
        A[] out = Arrays.copyOf(a, order.length);
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    private static int[] rows(int[] a, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    /** A little-endian float32 .npy file of the given shape. */
    static void writeNpyFloat(Path file, int[] shape, float[] data) throws IOException {
        byte[] header = npyHeader("<f4", shape);
        ByteBuffer buf = ByteBuffer.allocate(header.length + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(header);
        buf.asFloatBuffer().put(data);
        Files.write(file, buf.array());
    }

    /** Magic, version 1.0, length and dictionary of a .npy file, padded so the data starts at a multiple of 64. */
    private static byte[] npyHeader(String descr, int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + dims.substring(0, dims.length() - 2) + ")";
        StringBuilder dict = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }");
        while ((10 + dict.length() + 1) % 64 != 0) {
            dict.append(' ');
        }
        dict.append('\n');
        ByteBuffer buf = ByteBuffer.allocate(10 + dict.length()).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        buf.putShort((short) dict.length());
        buf.put(dict.toString().getBytes(StandardCharsets.US_ASCII));
        return buf.array();
    }

    /** Reads a float32 .npy file written by {@link #writeNpyFloat} (C order), checking its size. */
    static float[] readNpyFloat(Path file, int expected) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int headerLen = (b[8] & 0xff) | ((b[9] & 0xff) << 8);
        String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
        if (!header.contains("'<f4'")) {
            throw new IOException(file + " is not a little-endian float32 .npy file: " + header.trim());
        }
        int count = (b.length - 10 - headerLen) / 4;
        if (count != expected) {
            throw new IOException(file + " holds " + count + " values, the parameter has " + expected);
        }
        float[] out = new float[count];
        ByteBuffer.wrap(b, 10 + headerLen, 4 * count).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    private static Trainable mnist(String model, boolean smoke) {
        ImageSet train = Mnist.train(true);
        ImageSet test = Mnist.test(true);
        if (smoke) {
            // the first rows of the files, as the Keras side takes them
            train = train.subset(range(SMOKE_ROWS));
            test = test.subset(range(SMOKE_ROWS));
        }
        Sequential m;
        int batch;
        if ("mnist_dnn".equals(model)) {
            // Chollet's first network: Dense 512 relu, Dense 10 softmax, RMSprop, batch 128
            m = Sequential.of(input(784), dense(512).activation("relu"), dense(10).activation("softmax"));
            m.compile(Optimizers.rmsprop(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy());
            batch = 128;
        } else {
            // the lecture's TF CNN: Adam 1e-3, batch 100
            m = Sequential.of(input(28, 28, 1), conv2d(32, 3).activation("relu"), maxPool2d(2),
                    conv2d(64, 3).activation("relu"), maxPool2d(2), flatten(), dense(256).activation("relu"),
                    dense(10).activation("softmax"));
            m.compile(Optimizers.adam(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy());
            batch = 100;
        }
        float[][] x = train.pixels();
        int[] y = train.labels();
        float[][] xt = test.pixels();
        int[] yt = test.labels();
        return new Trainable(m, order -> fit(m, x, y, order, batch),
                () -> m.evaluate(xt, yt).get("accuracy"), "accuracy", x.length);
    }

    private static Trainable tokens(Path dir, String name, boolean smoke, Sequential m, Optimizer opt, Loss loss, int batch)
            throws IOException {
        int[][] x = readNpy(dir.resolve(name + "_x_train.npy"));
        int[] y = readNpy(dir.resolve(name + "_y_train.npy"))[0];
        int[][] xt = readNpy(dir.resolve(name + "_x_test.npy"));
        int[] yt = readNpy(dir.resolve(name + "_y_test.npy"))[0];
        if (smoke) {
            // the first rows, as the Keras side's x[:SMOKE_ROWS] takes them
            x = Arrays.copyOf(x, Math.min(SMOKE_ROWS, x.length));
            y = Arrays.copyOf(y, x.length);
            xt = Arrays.copyOf(xt, Math.min(SMOKE_ROWS, xt.length));
            yt = Arrays.copyOf(yt, xt.length);
        }
        m.compile(opt, loss, Metrics.accuracy());
        int[][] fx = x;
        int[] fy = y;
        int[][] fxt = xt;
        int[] fyt = yt;
        return new Trainable(m, order -> {
            FitOptions one = FitOptions.epochs(1).batchSize(batch).verbose(0);
            return order == null ? m.fit(fx, fy, one) : m.fit(rows(fx, order), rows(fy, order), one.shuffle(false));
        }, () -> m.evaluate(fxt, fyt).get("accuracy"), "accuracy", x.length);
    }

    private static Trainable boston() {
        // Keras's split (RandomState(113)), all 13 features standardised on the training rows
        Boston.Split split = Boston.kerasSplit();
        double[][] train = TableArrays.matrix(split.train(), Boston.featureArray());
        double[][] test = TableArrays.matrix(split.test(), Boston.featureArray());
        Scaler scaler = Scaler.standard(train);
        float[][] x = toFloat(scaler.transform(train));
        float[][] xt = toFloat(scaler.transform(test));
        float[][] y = column(TableArrays.matrix(split.train(), Boston.TARGET));
        float[][] yt = column(TableArrays.matrix(split.test(), Boston.TARGET));
        Sequential m = Sequential.of(input(x[0].length), dense(64).activation("relu"), dense(64).activation("relu"), dense(1));
        m.compile(Optimizers.rmsprop(1e-3), Losses.mse(), Metrics.mae());
        return new Trainable(m, order -> {
            FitOptions one = FitOptions.epochs(1).batchSize(16).verbose(0);
            return order == null ? m.fit(x, y, one) : m.fit(rows(x, order), rows(y, order), one.shuffle(false));
        }, () -> m.evaluate(xt, yt).get("mae"), "mae", x.length);
    }

    private static History fit(Sequential m, float[][] x, int[] y, int[] order, int batch) {
        FitOptions one = FitOptions.epochs(1).batchSize(batch).verbose(0);
        return order == null ? m.fit(x, y, one) : m.fit(rows(x, order), rows(y, order), one.shuffle(false));
    }

    private static float[][] toFloat(double[][] a) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new float[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                out[i][j] = (float) a[i][j];
            }
        }
        return out;
    }

    private static float[][] column(double[][] a) {
        float[][] out = new float[a.length][1];
        for (int i = 0; i < a.length; i++) {
            out[i][0] = (float) a[i][0];
        }
        return out;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Peak resident memory of this process (heap + TensorFlow's native memory), in MiB. */
    private static double peakRssMib() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8));
        for (String line : lines) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
