package org.dlcourse.nn;

import org.dlcourse.nn.layer.ShapeException;
import org.dlcourse.nn.train.Losses;
import org.dlcourse.nn.train.Metrics;
import org.dlcourse.nn.train.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.dlcourse.nn.layer.Layers.dense;
import static org.dlcourse.nn.layer.Layers.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is rejected before any training with a first line that says what is wrong and what to
 * do: NaN targets, validation data of the wrong shape or with NaN, the limits of the fit options,
 * the optimisers and the callbacks, a real NaN loss and a checkpoint that cannot be written.
 */
class ValidationPathsTest {

    private static float[][] x(int n) {
        float[][] x = new float[n][4];
        for (int i = 0; i < n; i++) {
            x[i][i % 4] = 1;
            x[i][(i + 1) % 4] = 0.5f;
        }
        return x;
    }

    private static int[] labels(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
        }
        return y;
    }

    private static Sequential classifier() {
        Sequential m = Sequential.of(input(4), dense(6).activation("relu"), dense(3).activation("softmax"));
        m.compile(Optimizers.adam(1e-2), Losses.categoricalCrossentropy(), Metrics.accuracy());
        return m;
    }

    private static Sequential regressor() {
        Sequential m = Sequential.of(input(4), dense(2));
        m.compile(Optimizers.sgd(1e-2), Losses.mse(), Metrics.mae());
        return m;
    }

    /** The first line of the message of what {@code call} throws, which must be of {@code type}. */
    private static String first(Class<? extends Throwable> type, Executable call) {
        return assertThrows(type, call).getMessage().lines().findFirst().orElseThrow();
    }

    private static void startsWith(String expected, String actual) {
        assertTrue(actual.startsWith(expected), "expected to start with\n  " + expected + "\nbut was\n  " + actual);
    }

    @Test
    void nanTargetsAreRejectedBeforeTraining() {
        float[][] y = new float[8][2];
        y[3][1] = Float.NaN;
        y[5][0] = Float.POSITIVE_INFINITY;
        try (Sequential m = regressor()) {
            String msg = first(IllegalArgumentException.class, () -> m.fit(x(8), y, FitOptions.epochs(2).verbose(0)));
            startsWith("Target row 3 column 1 is NaN: targets must be finite numbers (fill or drop the examples with"
                    + " missing targets first)", msg);
            assertEquals(0, m.steps(), "nothing trained");
            assertEquals(0, m.history().epochs());
            y[3][1] = 0;
            startsWith("Target row 5 column 0 is Infinity", first(IllegalArgumentException.class,
                    () -> m.fit(x(8), y, FitOptions.epochs(1).verbose(0))));
            startsWith("Target row 5 column 0 is Infinity", first(IllegalArgumentException.class, () -> m.evaluate(x(8), y)));
            assertEquals(0, m.steps());
        }
    }

    @Test
    void validationDataOfTheWrongShapeOrWithNanIsRejectedBeforeTraining() {
        try (Sequential m = classifier()) {
            float[][] narrow = new float[5][3];
            startsWith("Row 0 of the validation data has 3 values but the model's input (None, 4) takes 4 per example",
                    first(ShapeException.class, () -> m.fit(x(10), labels(10),
                            FitOptions.epochs(1).verbose(0).validationData(narrow, labels(5)))));
            float[][] nan = x(5);
            nan[2][1] = Float.NaN;
            startsWith("Row 2 column 1 of the validation data is NaN: inputs must be finite numbers",
                    first(IllegalArgumentException.class, () -> m.fit(x(10), labels(10),
                            FitOptions.epochs(1).verbose(0).validationData(nan, labels(5)))));
            int[] badLabel = labels(5);
            badLabel[4] = 7;
            startsWith("Label 7 at index 4 does not fit output layer 'dense_2'", first(ShapeException.class,
                    () -> m.fit(x(10), labels(10), FitOptions.epochs(1).verbose(0).validationData(x(5), badLabel))));
            assertEquals(0, m.steps(), "nothing trained");
        }
        // counts and nulls are caught when the options are made
        startsWith("validationData got 5 examples but 4 labels: give one per example", first(IllegalArgumentException.class,
                () -> FitOptions.epochs(1).validationData(x(5), labels(4))));
        startsWith("validationData needs both the examples and their labels, got null labels", first(
                IllegalArgumentException.class, () -> FitOptions.epochs(1).validationData(x(5), (int[]) null)));
        startsWith("validationData needs both the examples and their target rows, got null examples", first(
                IllegalArgumentException.class, () -> FitOptions.epochs(1).validationData((float[][]) null, new float[2][1])));
        float[][] yNan = new float[5][2];
        yNan[1][0] = Float.NaN;
        startsWith("Validation target row 1 column 0 is NaN: targets must be finite numbers", first(
                IllegalArgumentException.class, () -> FitOptions.epochs(1).validationData(x(5), yNan)));
        try (Sequential m = regressor()) {
            float[][] wide = new float[5][3];
            startsWith("Target row 0 has shape (None, 3) but output layer 'dense_1' has output shape (None, 2)", first(
                    ShapeException.class, () -> m.fit(x(10), new float[10][2],
                            FitOptions.epochs(1).verbose(0).validationData(x(5), wide))));
            assertEquals(0, m.steps());
        }
    }

    @Test
    void batchSizeLimits() {
        startsWith("Batch size must be at least 1, got 0: e.g. batchSize(32)",
                first(IllegalArgumentException.class, () -> FitOptions.epochs(1).batchSize(0)));
        startsWith("Batch size must be at least 1, got -5",
                first(IllegalArgumentException.class, () -> FitOptions.epochs(1).batchSize(-5)));
        startsWith("Epochs must be at least 1, got 0: e.g. FitOptions.epochs(10)",
                first(IllegalArgumentException.class, () -> FitOptions.epochs(0)));
        try (Sequential m = classifier()) {
            // larger than the data: one step per epoch on all 10 examples; 1: one step per example
            m.fit(x(10), labels(10), FitOptions.epochs(2).batchSize(Integer.MAX_VALUE).verbose(0));
            assertEquals(2, m.steps());
            m.fit(x(10), labels(10), FitOptions.epochs(1).batchSize(1).verbose(0));
            assertEquals(12, m.steps());
        }
    }

    @Test
    void validationSplitLimits() {
        for (double bad : new double[] {-0.1, 1.0, 1.5, Double.NaN}) {
            startsWith("Validation split must be a fraction in [0, 1), got " + bad + ": e.g. validationSplit(0.2)",
                    first(IllegalArgumentException.class, () -> FitOptions.epochs(1).validationSplit(bad)));
        }
        try (Sequential m = classifier()) {
            startsWith("validationSplit 0.01 of 10 examples leaves 10 to train and 0 to validate: both must be at least 1",
                    first(IllegalArgumentException.class, () -> m.fit(x(10), labels(10),
                            FitOptions.epochs(1).verbose(0).validationSplit(0.01))));
            startsWith("validationSplit 0.99 of 10 examples leaves 0 to train and 10 to validate",
                    first(IllegalArgumentException.class, () -> m.fit(x(10), labels(10),
                            FitOptions.epochs(1).verbose(0).validationSplit(0.99))));
            assertEquals(0, m.steps());
            // the smallest split that holds out one example works
            History h = m.fit(x(10), labels(10), FitOptions.epochs(1).verbose(0).validationSplit(0.1).batchSize(9));
            assertEquals(1, m.steps());
            assertTrue(h.names().contains("val_loss"));
        }
    }

    @Test
    void verboseLimits() {
        for (int bad : new int[] {-1, 3}) {
            startsWith("Verbose must be 0 (silent), 1 (a progress line) or 2 (one line per epoch), got " + bad,
                    first(IllegalArgumentException.class, () -> FitOptions.epochs(1).verbose(bad)));
        }
        for (int ok = 0; ok <= 2; ok++) {
            FitOptions.epochs(1).verbose(ok);
        }
    }

    @Test
    void learningRatesMustBePositiveAndMomentumAFraction() {
        for (double bad : new double[] {-0.01, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
            for (Executable make : List.<Executable>of(() -> Optimizers.sgd(bad), () -> Optimizers.sgd(bad, 0.9),
                    () -> Optimizers.rmsprop(bad), () -> Optimizers.adam(bad))) {
                startsWith("Learning rate must be a positive number, got " + bad + ": e.g. 1e-3",
                        first(IllegalArgumentException.class, make));
            }
        }
        for (double bad : new double[] {-0.1, 1.0, 2, Double.NaN}) {
            startsWith("Momentum must be in [0, 1), got " + bad + ": e.g. Optimizers.sgd(0.01, 0.9)",
                    first(IllegalArgumentException.class, () -> Optimizers.sgd(0.01, bad)));
        }
        assertEquals(0.9, Optimizers.sgd(0.01, 0.9).momentum());
        assertEquals(0.0, Optimizers.sgd(0.01, 0).momentum());
    }

    @Test
    void callbackSettingsAreChecked() {
        startsWith("Patience must be 0 or more, got -1: it is the number of epochs without improvement to wait",
                first(IllegalArgumentException.class, () -> EarlyStopping.monitor("val_loss").patience(-1)));
        startsWith("minDelta must be a number >= 0, got -0.1",
                first(IllegalArgumentException.class, () -> EarlyStopping.monitor("val_loss", -0.1)));
        startsWith("minDelta must be a number >= 0, got NaN",
                first(IllegalArgumentException.class, () -> EarlyStopping.monitor("val_loss", Double.NaN)));
        startsWith("EarlyStopping needs a metric to watch",
                first(IllegalArgumentException.class, () -> EarlyStopping.monitor(" ")));
        startsWith("ModelCheckpoint needs a metric to watch",
                first(IllegalArgumentException.class, () -> ModelCheckpoint.to(Path.of("m.dlmodel")).monitor(null)));
        try (Sequential m = classifier()) {
            // a val_ metric without validation data: named at the end of the first epoch
            startsWith("Cannot monitor 'val_loss': the epoch logs have [loss, accuracy] (give validationData or"
                    + " validationSplit to get val_ metrics)", first(IllegalArgumentException.class,
                    () -> m.fit(x(10), labels(10), FitOptions.epochs(3).verbose(0)
                            .callbacks(EarlyStopping.monitor("val_loss")))));
        }
    }

    @Test
    void aCheckpointThatCannotBeWrittenStopsTheFitBeforeTraining(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("best.dlmodel"));
        try (Sequential m = classifier()) {
            String msg = first(UncheckedIOException.class, () -> m.fit(x(10), labels(10), FitOptions.epochs(2).verbose(0)
                    .validationSplit(0.2).callbacks(ModelCheckpoint.to(folder))));
            startsWith("ModelCheckpoint cannot write " + folder + ": it is a folder; name a file, e.g. "
                    + folder.resolve("best.dlmodel"), msg);
            assertEquals(0, m.steps());
            // a missing folder is created, as for save
            Path nested = dir.resolve("runs").resolve("1").resolve("best.dlmodel");
            m.fit(x(10), labels(10), FitOptions.epochs(1).verbose(0).validationSplit(0.2)
                    .callbacks(ModelCheckpoint.to(nested)));
            assertTrue(Files.isRegularFile(nested));
        }
    }

    /**
     * A loss that is really NaN (the older test of this path makes an infinite one): an input of
     * 3e38 times the hidden weights 10 and -10 overflows float32 to +inf and -inf, and the output
     * unit adds the two: inf + (-inf) is NaN.
     */
    @Test
    void aNanLossStopsTrainingAndIsRecorded() {
        float[][] x = new float[6][1];
        float[][] y = new float[6][1];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = 3e38f;
            y[i][0] = i;
        }
        try (Sequential m = Sequential.of(input(1), dense(2), dense(1))) {
            m.compile(Optimizers.sgd(0.01), Losses.mse());
            m.setWeights(List.of(new float[] {10f, -10f}, new float[2], new float[] {1f, 1f}, new float[1]));
            float[] out = m.predict(new float[][] {x[0]})[0];
            assertTrue(Float.isNaN(out[0]), "the forward pass itself gives NaN, got " + out[0]);
            assertTrue(Double.isNaN(m.evaluate(x, y).get("loss")), "the loss is NaN, not infinite");
            History h = m.fit(x, y, FitOptions.epochs(5).batchSize(3).verbose(0));
            assertTrue(m.stopReason() != null && m.stopReason().contains("NaN"), String.valueOf(m.stopReason()));
            assertTrue(Double.isNaN(h.last("loss")), "recorded loss " + h.last("loss"));
            assertEquals(1, h.epochs(), "stopped in the first epoch");
            assertEquals(1, m.steps(), "stopped after the first batch");
        }
    }
}
