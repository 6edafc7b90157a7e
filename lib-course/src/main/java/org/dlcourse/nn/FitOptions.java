package org.dlcourse.nn;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.nn.train.Targets;

/**
 * Options of {@link Sequential#fit}, Keras style:
 * <pre>{@code
 * FitOptions.epochs(10).batchSize(100).validationSplit(0.1).seed(42)
 * FitOptions.epochs(10).batchSize(100).augment(Augmentation.shifts(2).rotations(10))
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
    private Augmentation augmentation;
    private final List<Callback> callbacks = new ArrayList<>();

    private FitOptions(int epochs) {
        if (epochs <= 0) {
            throw new IllegalArgumentException("Epochs must be at least 1, got " + epochs + ": e.g. FitOptions.epochs(10)");
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
            throw new IllegalArgumentException("Batch size must be at least 1, got " + batchSize
                    + ": e.g. batchSize(32), Keras' default (a size above the number of examples takes them all at once)");
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Holds out this fraction of the data (the last examples, before shuffling) for validation. */
    public FitOptions validationSplit(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("Validation split must be a fraction in [0, 1), got " + fraction
                    + ": e.g. validationSplit(0.2) holds out the last 20% of the examples (0 holds out none)");
        }
        this.validationSplit = fraction;
        return this;
    }

    /** Validates on these examples and class labels after each epoch. */
    public FitOptions validationData(float[][] x, int[] labels) {
        checkValidation(x, labels, labels == null ? -1 : labels.length, "labels");
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
        checkValidation(x, targets, targets == null ? -1 : targets.length, "target rows");
        if (targets != null) {
            for (int i = 0; i < targets.length; i++) {
                for (int j = 0; targets[i] != null && j < targets[i].length; j++) {
                    if (!Float.isFinite(targets[i][j])) {
                        throw new IllegalArgumentException("Validation target row " + i + " column " + j + " is "
                                + targets[i][j] + ": targets must be finite numbers (fill or drop the examples with"
                                + " missing targets before validating on them)");
                    }
                }
            }
        }
        this.validationX = x;
        this.validationY = targets;
        return this;
    }

    /** Both parts given, one target per example (their shapes are checked by fit against the model). */
    private static void checkValidation(float[][] x, Object targets, int count, String what) {
        if (x == null || targets == null) {
            throw new IllegalArgumentException("validationData needs both the examples and their " + what + ", got "
                    + (x == null ? "null examples" : "null " + what) + ": pass validationData(xVal, yVal), or use"
                    + " validationSplit(0.2) to hold out part of the training data");
        }
        if (x.length != count) {
            throw new IllegalArgumentException("validationData got " + x.length + " examples but " + count + " " + what
                    + ": give one per example (e.g. both from the same split)");
        }
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
            throw new IllegalArgumentException("Verbose must be 0 (silent), 1 (a progress line) or 2 (one line per epoch), got "
                    + verbose);
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

    /**
     * Augments the training images of every batch, e.g. {@code augment(Augmentation.shifts(2).rotations(10))}:
     * random shifts and rotations drawn from the fit's seed (validation data is left as it is); see
     * {@link Augmentation}.
     */
    public FitOptions augment(Augmentation augmentation) {
        this.augmentation = augmentation;
        return this;
    }

    /** The augmentation of the training batches, or null. */
    public Augmentation augmentation() {
        return augmentation;
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
