package org.dlcourse.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Saves the model to a file after each epoch that improves the monitored metric (or after every
 * epoch with {@code saveBestOnly(false)}); reload it with {@link Sequential#load(Path)}.
 * <pre>{@code
 * ModelCheckpoint.to(Path.of("best.dlmodel")).monitor("val_accuracy")
 * }</pre>
 */
public final class ModelCheckpoint implements Callback {
    private final Path file;
    private Monitor monitor = new Monitor("val_loss", 0);
    private boolean bestOnly = true;
    private int savedEpoch;

    private ModelCheckpoint(Path file) {
        this.file = file;
    }

    /** Saves to this file (monitoring {@code val_loss}, best only, by default). */
    public static ModelCheckpoint to(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("ModelCheckpoint needs a file: ModelCheckpoint.to(Path.of(\"best.dlmodel\"))");
        }
        return new ModelCheckpoint(file);
    }

    /** The metric deciding what is best, e.g. {@code val_accuracy}. */
    public ModelCheckpoint monitor(String metric) {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("ModelCheckpoint needs a metric to watch, e.g. monitor(\"val_accuracy\")");
        }
        this.monitor = new Monitor(metric, 0);
        return this;
    }

    /** Save only improving epochs (default true), or every epoch. */
    public ModelCheckpoint saveBestOnly(boolean bestOnly) {
        this.bestOnly = bestOnly;
        return this;
    }

    /** The last epoch saved, 0 if none. */
    public int savedEpoch() {
        return savedEpoch;
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    /**
     * Checks before the first epoch that the file can be written (its folder is created if
     * missing), so that a bad path fails at once rather than after an epoch of training.
     *
     * @throws UncheckedIOException starting "ModelCheckpoint cannot write FILE: " and the reason
     */
    @Override
    public void onTrainBegin(Training training) {
        monitor.reset(training);
        Path parent = file.toAbsolutePath().getParent();
        String problem = parent == null ? "it has no folder" : ModelFile.folderProblem(file, parent);
        if (problem == null && Files.isDirectory(file)) {
            problem = "it is a folder; name a file, e.g. " + file.resolve("best.dlmodel");
        }
        if (problem != null) {
            String message = "ModelCheckpoint cannot write " + file + ": " + problem;
            throw new UncheckedIOException(message, new IOException(message));
        }
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, Training training) {
        boolean improved = monitor.offer(epoch, logs);
        if (improved || !bestOnly) {
            try {
                training.model().save(file);
            } catch (IOException e) {
                throw new UncheckedIOException("ModelCheckpoint could not write " + file + " after epoch " + epoch + ": "
                        + e.getMessage(), e);
            }
            savedEpoch = epoch;
        }
    }
}
