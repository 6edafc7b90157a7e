package org.dlcourse.nn.graph;

import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.StepStats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kernel time per TensorFlow op type, summed over traced training steps: what a step spends in
 * convolutions, their gradients, matrix products, the optimiser. The benchmark's profile mode
 * ({@code bench/README.md}) fills it from each step's {@code RunMetadata} (full trace) to compare
 * with the TensorFlow profiler's table on the Keras side.
 *
 * <p>Public for the engine's profiling benchmark ({@code make bench-profile}), which traces a model's steps
 * into one.
 */
public final class OpTimes {
    private final Map<String, Long> micros = new TreeMap<>();
    private int steps;

    /** Adds one traced step. */
    synchronized void add(RunMetadata metadata) {
        steps++;
        StepStats stats = metadata.getStepStats();
        for (var device : stats.getDevStatsList()) {
            for (NodeExecStats node : device.getNodeStatsList()) {
                micros.merge(opType(node), node.getOpEndRelMicros() - node.getOpStartRelMicros(), Long::sum);
            }
        }
    }

    /** "Conv2DBackpropFilter" from a timeline label "name = Conv2DBackpropFilter(inputs)". */
    static String opType(NodeExecStats node) {
        String label = node.getTimelineLabel();
        int eq = label.indexOf(" = ");
        if (eq < 0) {
            return node.getNodeName();
        }
        String rest = label.substring(eq + 3);
        int paren = rest.indexOf('(');
        return paren < 0 ? rest : rest.substring(0, paren);
    }

    /** The number of traced steps. */
    public synchronized int steps() {
        return steps;
    }

    /** Milliseconds per step by op type, largest first. */
    public synchronized Map<String, Double> perStepMillis() {
        Map<String, Double> out = new LinkedHashMap<>();
        micros.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.put(e.getKey(), e.getValue() / 1e3 / Math.max(1, steps)));
        return out;
    }

    /** A table of the {@code top} largest op types: ms per step and share of the traced kernel time. */
    public synchronized String table(int top) {
        Map<String, Double> ms = perStepMillis();
        double total = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "kernel time per step %.1f ms over %d traced steps (sum over ops; threads overlap)%n", total, steps));
        ms.entrySet().stream().limit(top).forEach(e -> s.append(String.format(Locale.ROOT, "  %-40s %7.2f ms %5.1f%%%n",
                e.getKey(), e.getValue(), total == 0 ? 0 : 100 * e.getValue() / total)));
        return s.toString();
    }
}
