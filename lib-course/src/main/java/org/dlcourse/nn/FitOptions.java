package org.dlcourse.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@link Sequential#fit}, Keras style:
 * <pre>{@code
 * FitOptions.epochs(10).batchSize(100).validationSplit(0.1).seed(42)
 * }</pre>
 */
public final class FitOptions {
    private int epochs;
    private int batchSize = 32;
    private double validationSplit;
    private float[][] validationX;
    private Object validationY;
    private Long seed;
    private boolean shuffle = true;
    private int verbose = 1;
    private boolean stopOnDivergence = true;
    private final List<Callback> callbacks = new ArrayList<>();

    private FitOptions(int epochs) {
        if (epochs <= 0) {
            throw new IllegalArgumentException("Epochs must be positive, got " + epochs);
        }
        this.epochs = epochs;
    }

    /** Starts the options with the number of epochs. */
    public static FitOptions epochs(int epochs) {
        return new FitOptions(epochs);
    }

    /** Examples per gradient step (default 32). */
    public FitOptions batchSize(int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("Batch size must be positive, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Holds out this fraction of the data (the last examples, before shuffling) for validation. */
    public FitOptions validationSplit(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("Validation split must be in [0, 1), got " + fraction);
        }
        this.validationSplit = fraction;
        return this;
    }

    /** Validates on these examples and class labels after each epoch. */
    public FitOptions validationData(float[][] x, int[] labels) {
        this.validationX = x;
        this.validationY = labels;
        return this;
    }

    /** Validates a sequence model on these token ids and class labels after each epoch. */
    public FitOptions validationData(int[][] tokens, int[] labels) {
        float[][] x = null;
        if (tokens != null) {
            x = new float[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i] == null) {
                    throw new IllegalArgumentException("Row " + i + " of the validation tokens is null: every example needs its token ids");
                }
                x[i] = new float[tokens[i].length];
                for (int j = 0; j < x[i].length; j++) {
                    x[i][j] = tokens[i][j];
                }
            }
        }
        return validationData(x, labels);
    }

    /** Validates on these examples and target rows after each epoch. */
    public FitOptions validationData(float[][] x, float[][] targets) {
        this.validationX = x;
        this.validationY = targets;
        return this;
    }

    /** Seed of the per-epoch shuffles and dropout masks (default: the model's seed). */
    public FitOptions seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Whether to reshuffle the training examples each epoch (default true). */
    public FitOptions shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** 0 silent, 1 progress (a live line in a notebook), 2 one line per epoch. */
    public FitOptions verbose(int verbose) {
        if (verbose < 0 || verbose > 2) {
            throw new IllegalArgumentException("Verbose must be 0, 1 or 2, got " + verbose);
        }
        this.verbose = verbose;
        return this;
    }

    /**
     * Whether training stops when the loss diverges (NaN, infinite, or exploding: see the rule in
     * {@link Sequential#fit(float[][], int[], FitOptions)}); on by default. Turn it off only to watch a
     * divergence happen, e.g. in an exercise on learning rates.
     */
    public FitOptions stopOnDivergence(boolean stop) {
        this.stopOnDivergence = stop;
        return this;
    }

    /** Whether training stops when the loss diverges. */
    public boolean stopOnDivergence() {
        return stopOnDivergence;
    }

    /** Adds callbacks, e.g. {@link EarlyStopping} and {@link ModelCheckpoint}. */
    public FitOptions callbacks(Callback... callbacks) {
        this.callbacks.addAll(List.of(callbacks));
        return this;
    }

    int epochs() {
        return epochs;
    }

    int batchSize() {
        return batchSize;
    }

    double validationSplit() {
        return validationSplit;
    }

    float[][] validationX() {
        return validationX;
    }

    Targets validationTargets() {
        if (validationY == null) {
            return null;
        }
        return validationY instanceof int[] ? Targets.labels((int[]) validationY) : Targets.values((float[][]) validationY);
    }

    Long seed() {
        return seed;
    }

    boolean shuffle() {
        return shuffle;
    }

    int verbose() {
        return verbose;
    }

    List<Callback> callbacks() {
        return callbacks;
    }
}
