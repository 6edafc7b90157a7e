package org.dlcourse.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record of a training run, one value per epoch for each metric, named as in Keras:
 * {@code loss}, {@code accuracy}, {@code val_loss}, {@code val_accuracy}, {@code mae}, ...
 * Calling {@code fit} again appends to the same history.
 */
public final class History {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private int epochs;
    private String stopReason;

    /**
     * Appends one epoch's metrics. Every epoch must report the same metric names.
     *
     * @throws IllegalArgumentException if the names differ from earlier epochs
     */
    public void record(Map<String, Double> metrics) {
        if (epochs > 0 && !values.keySet().equals(metrics.keySet())) {
            throw new IllegalArgumentException("Epoch " + (epochs + 1) + " reports " + metrics.keySet()
                    + " but earlier epochs reported " + values.keySet());
        }
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        epochs++;
    }

    /**
     * Why the last {@code fit} ended before its last epoch: {@code "interrupted"}, a diverged loss
     * ("Training stopped at epoch 2, batch 7/469: the loss is NaN ..."), or the callback that stopped
     * it ("stopped by EarlyStopping"); null when it ran all its epochs.
     */
    public String stopReason() {
        return stopReason;
    }

    void stopReason(String reason) {
        this.stopReason = reason;
    }

    /** The number of epochs recorded. */
    public int epochs() {
        return epochs;
    }

    /** The metric names in the order first recorded. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** True when the metric was recorded. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * The values of one metric, index 0 being epoch 1.
     *
     * @throws IllegalArgumentException if the metric was not recorded
     */
    public double[] get(String name) {
        List<Double> list = values.get(name);
        if (list == null) {
            throw new IllegalArgumentException("History has no metric '" + name + "'; it has " + names());
        }
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The last recorded value of a metric. */
    public double last(String name) {
        double[] v = get(name);
        if (v.length == 0) {
            throw new IllegalStateException("History is empty");
        }
        return v[v.length - 1];
    }

    /**
     * The 1-based epoch where the metric is best: lowest for names containing "loss", "mae" or
     * "mse", highest otherwise (accuracy).
     */
    public int bestEpoch(String name) {
        double[] v = get(name);
        if (v.length == 0) {
            throw new IllegalStateException("History is empty");
        }
        boolean lowerIsBetter = lowerIsBetter(name);
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (lowerIsBetter ? v[i] < v[best] : v[i] > v[best]) {
                best = i;
            }
        }
        return best + 1;
    }

    /** Whether a lower value of the metric is better (losses and errors). */
    public static boolean lowerIsBetter(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("loss") || n.contains("mae") || n.contains("mse") || n.contains("error");
    }

    /** An unmodifiable view: metric name to its values per epoch. */
    public Map<String, List<Double>> asMap() {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "History[" + epochs + " epochs, " + names() + "]";
    }
}
