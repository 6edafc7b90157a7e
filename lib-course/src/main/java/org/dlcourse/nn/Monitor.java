package org.dlcourse.nn;

import java.util.Map;

/**
 * Tracks the best value of one logged metric, in the direction the model's loss and metrics
 * declare ({@link Training#lowerIsBetter(String)}).
 */
final class Monitor {
    private final String name;
    private final double minDelta;
    private double best = Double.NaN;
    private int bestEpoch;
    private boolean lower = true;

    Monitor(String name, double minDelta) {
        this.name = name;
        this.minDelta = minDelta;
    }

    String name() {
        return name;
    }

    /** Starts a fit: forgets the best so far and reads the metric's direction. */
    void reset(Training training) {
        best = Double.NaN;
        bestEpoch = 0;
        String base = name.startsWith("val_") ? name.substring(4) : name;
        boolean declared = base.equals("loss") || training.model() != null
                && training.model().metrics().stream().anyMatch(m -> m.name().equals(base));
        // a name the model does not log is reported by offer(), with the names the logs have
        lower = !declared || training.lowerIsBetter(name);
    }

    /**
     * Offers an epoch's logs.
     *
     * @return true if the value improved on the best so far
     * @throws IllegalArgumentException if the metric is not logged
     */
    boolean offer(int epoch, Map<String, Double> logs) {
        Double v = logs.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Cannot monitor '" + name + "': the epoch logs have " + logs.keySet()
                    + (name.startsWith("val_") ? " (give validationData or validationSplit to get val_ metrics)" : ""));
        }
        if (Double.isNaN(v)) {
            return false;
        }
        boolean improved = Double.isNaN(best) || (lower ? v < best - minDelta : v > best + minDelta);
        if (improved) {
            best = v;
            bestEpoch = epoch;
        }
        return improved;
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
