package org.dlcourse.nn;

import org.dlcourse.data.ImageSet;
import org.dlcourse.data.Mnist;
import org.dlcourse.interop.tribuo.TribuoBridge;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.interop.tensorflow.TensorFlowTrainer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.dlcourse.nn.layer.Layers.conv2d;
import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.flatten;
import static org.dlcourse.nn.layer.Layers.input;
import static org.dlcourse.nn.layer.Layers.maxPool2d;

/**
 * Benchmark (not a test): seconds per epoch and peak memory on full MNIST for the MLP 784-512-10
 * and the CNN conv3x3x32-pool-conv3x3x64-pool-dense256-10 (Adam 1e-3, batch 100), our training
 * loop against Tribuo's TensorFlowTrainer on the same graph and initial weights.
 *
 * <p>Wall time depends on what else runs on the machine; the CPU seconds per epoch (all threads of
 * the process) are reported too.
 *
 * <p>Without arguments it runs each of the four cases in its own JVM (so peak memory is per case)
 * and prints a table. {@code EngineBenchmark <mlp|cnn> <ours|tribuo> [epochs]} runs one case.
 * The number of epochs is read from {@code -Depochs=N} (default 2).
 */
public final class EngineBenchmark {
    private EngineBenchmark() {
    }

    private static Sequential model(String which) {
        Sequential m = "mlp".equals(which)
                ? Sequential.of(input(784), dense(512).activation("relu"), dense(10).activation("softmax"))
                : Sequential.of(input(28, 28, 1), conv2d(32, 3).activation("relu"), maxPool2d(2),
                        conv2d(64, 3).activation("relu"), maxPool2d(2), flatten(), dense(256).activation("relu"),
                        dense(10).activation("softmax"));
        m.compile(Optimizers.adam(1e-3), Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    /** Peak resident memory of this process (heap + TensorFlow's native memory), in MiB. */
    private static double peakRssMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** CPU time of the whole process (all TensorFlow threads): a fairer measure on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double peakHeapMib() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }

    private static void runOne(String which, String engine, int epochs) throws IOException {
        ImageSet train = Mnist.train(true);
        ImageSet test = Mnist.test(true);
        double[] seconds = new double[epochs];
        double cpuSeconds;
        double accuracy;
        try (Sequential m = model(which)) {
            if ("ours".equals(engine)) {
                long c0 = cpuNanos();
                for (int e = 0; e < epochs; e++) {
                    long t0 = System.nanoTime();
                    m.fit(train.pixels(), train.labels(), FitOptions.epochs(1).batchSize(100).verbose(0));
                    seconds[e] = (System.nanoTime() - t0) / 1e9;
                }
                cpuSeconds = (cpuNanos() - c0) / 1e9;
                accuracy = m.evaluate(test.pixels(), test.labels()).get("accuracy");
            } else {
                TensorFlowTrainer<Label> trainer = TribuoBridge.classificationTrainer(m, 100, epochs);
                MutableDataset<Label> data = TribuoBridge.classificationDataset(train.pixels(), train.labels(), "mnist train");
                MutableDataset<Label> testData = TribuoBridge.classificationDataset(test.pixels(), test.labels(), "mnist test");
                long t0 = System.nanoTime();
                long c0 = cpuNanos();
                Model<Label> model = trainer.train(data);
                cpuSeconds = (cpuNanos() - c0) / 1e9;
                double total = (System.nanoTime() - t0) / 1e9;
                java.util.Arrays.fill(seconds, total / epochs);
                accuracy = new LabelEvaluator().evaluate(model, testData).accuracy();
            }
        }
        StringBuilder per = new StringBuilder();
        for (double s : seconds) {
            per.append(String.format(Locale.ROOT, "%.1f ", s));
        }
        System.out.printf(Locale.ROOT, "RESULT %s %s epochs=%d s/epoch=[%s] mean=%.2f cpu_s/epoch=%.2f test_acc=%.4f peak_rss=%.0fMiB peak_heap=%.0fMiB%n",
                which, engine, epochs, per.toString().trim(),
                java.util.Arrays.stream(seconds).average().orElse(Double.NaN), cpuSeconds / epochs, accuracy, peakRssMib(), peakHeapMib());
    }

    /** Runs one case, or all four in child JVMs. */
    public static void main(String[] args) throws Exception {
        int epochs = Integer.getInteger("epochs", 2);
        if (args.length >= 2) {
            runOne(args[0], args[1], args.length > 2 ? Integer.parseInt(args[2]) : epochs);
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> results = new ArrayList<>();
        for (String which : new String[] {"mlp", "cnn"}) {
            for (String engine : new String[] {"ours", "tribuo"}) {
                List<String> cmd = new ArrayList<>(List.of(java, "-Xmx6g", "-cp", System.getProperty("java.class.path")));
                String dataRoot = System.getProperty("COURSE_DATASETS");
                if (dataRoot != null) {
                    cmd.add("-DCOURSE_DATASETS=" + dataRoot);
                }
                cmd.addAll(List.of(EngineBenchmark.class.getName(), which, engine, Integer.toString(epochs)));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("RESULT")) {
                        results.add(line);
                        System.out.println(line);
                    } else if (line.contains("Exception") || line.contains("Error")) {
                        System.out.println(line);
                    }
                }
                p.waitFor();
            }
        }
        System.out.println("Goals: our loop <= 1.2x Tribuo's time; CNN <= 25 s per epoch on 2 cores.");
    }
}
