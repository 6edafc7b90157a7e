package org.dlcourse.nn;

import org.dlcourse.config.LiveLines;

import java.util.Locale;
import java.util.Map;

/**
 * Training progress: in a notebook one line updated in place (at most every 0.2 s); in a terminal
 * a plain line per epoch, plus an in-epoch line every 10 s when an epoch is long. A callback like
 * any other; {@code fit} puts it first, so its epoch line comes before other callbacks' messages.
 */
final class Progress implements Callback {
    private static final long NOTEBOOK_INTERVAL_NANOS = 200_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 10_000_000_000L;

    private final int verbose;
    private final int epochs;
    private final int batches;
    private final boolean notebook;
    private LiveLines.Line live;
    private long epochStart;
    private long lastUpdate;
    private int epoch;
    private long lastShown = Long.MIN_VALUE / 2;
    private String pending;

    Progress(int verbose, int epochs, int batches) {
        this.verbose = verbose;
        this.epochs = epochs;
        this.batches = batches;
        this.notebook = verbose == 1 && LiveLines.inPlace();
    }

    @Override
    public void onEpochBegin(int epoch, Training training) {
        startEpoch(epoch, training.firstEpoch());
    }

    @Override
    public void onBatchEnd(int batch, double loss, Training training) {
        if (verbose == 1 && !training.stopRequested()) {
            batch(batch, training.lossSum() / training.seen(), training.metricLogs());
        }
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, Training training) {
        endEpoch(logs);
    }

    @Override
    public void onTrainEnd(Training training) {
        finish();
    }

    void startEpoch(int epoch, int firstEpoch) {
        this.epoch = epoch - firstEpoch + 1;
        epochStart = System.nanoTime();
        lastUpdate = epochStart;
    }

    void batch(int done, double loss, Map<String, Double> metrics) {
        if (verbose != 1) {
            return;
        }
        long now = System.nanoTime();
        long interval = notebook ? NOTEBOOK_INTERVAL_NANOS : TERMINAL_INTERVAL_NANOS;
        if (now - lastUpdate < interval || done == batches) {
            return; // the epoch's last batch is reported by endEpoch
        }
        lastUpdate = now;
        double elapsed = (now - epochStart) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (batches - done);
        StringBuilder line = head(done).append("  loss ").append(fmt(loss));
        metrics.forEach((k, v) -> line.append("  ").append(k).append(' ').append(fmt(v)));
        line.append(String.format(Locale.ROOT, "  ETA %.0f s", eta));
        show(line.toString());
    }

    void endEpoch(Map<String, Double> logs) {
        if (verbose == 0) {
            return;
        }
        double seconds = (System.nanoTime() - epochStart) / 1e9;
        StringBuilder line = head(batches);
        logs.forEach((k, v) -> line.append("  ").append(k).append(' ').append(fmt(v)));
        line.append(String.format(Locale.ROOT, "  %.1f s", seconds));
        if (!notebook) {
            System.out.println(line);
            return;
        }
        // many short epochs would flood the kernel's message queue, which then drops the last
        // updates: show at most one every 0.2 s, and the latest one when fit ends (finish)
        long now = System.nanoTime();
        if (now - lastShown >= NOTEBOOK_INTERVAL_NANOS || epoch == epochs) {
            show(line.toString());
            pending = null;
        } else {
            pending = line.toString();
        }
    }

    /** Shows the last epoch's line if the throttle held it back (fit calls this when it ends). */
    void finish() {
        if (pending != null) {
            show(pending);
            pending = null;
        }
    }

    /**
     * Shows that the run was interrupted: in a notebook on the cell's live progress line (the cell has
     * already ended, so printing would land in whichever cell runs now), elsewhere as a line.
     */
    void interrupted(String text) {
        pending = null; // an older epoch's line must not cover this one when fit ends
        if (verbose == 0) {
            return;
        }
        if (notebook) {
            if (live != null) {
                live.update(text);
            }
        } else {
            System.out.println(text);
        }
    }

    void message(String text) {
        if (verbose > 0) {
            System.out.println(text);
        }
    }

    private StringBuilder head(int done) {
        return new StringBuilder(String.format(Locale.ROOT, "Epoch %d/%d  %d/%d", epoch, epochs, done, batches));
    }

    private void show(String line) {
        lastShown = System.nanoTime();
        if (notebook) {
            if (live == null) {
                live = LiveLines.show(line);
            } else {
                live.update(line);
            }
        } else {
            System.out.println(line);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
