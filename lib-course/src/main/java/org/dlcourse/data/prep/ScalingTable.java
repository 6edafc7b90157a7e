package org.dlcourse.data.prep;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Objects;

/**
 * Standardisation and min-max normalisation side by side, one row per feature: the training
 * statistics each one uses, the range of the scaled training values, and where the test values
 * land (min-max keeps only the training values inside [0, 1]). Both scalers are fitted on the
 * training rows only ({@link Scaler}).
 *
 * <pre>{@code
 * ScalingTable.of(xTrainRaw, xTestRaw, Boston.featureArray())
 * }</pre>
 */
public final class ScalingTable {
    private ScalingTable() {
    }

    /**
     * The comparison table, values rounded to 2 decimals.
     *
     * @throws IllegalArgumentException if a matrix is empty, ragged or not finite, the two have
     *                                  different columns, or the names do not match the columns
     */
    public static Table of(double[][] trainRaw, double[][] testRaw, String... featureNames) {
        Objects.requireNonNull(featureNames, "featureNames");
        Scaler standard = Scaler.standard(trainRaw);
        Scaler minMax = Scaler.minMax(trainRaw);
        int cols = trainRaw[0].length;
        if (featureNames.length != cols) {
            throw new IllegalArgumentException("ScalingTable got " + featureNames.length + " feature names for "
                    + cols + " columns: give one name per column");
        }
        double[][] trainStd = standard.transform(trainRaw);
        double[][] testMinMax = minMax.transform(testRaw);
        double[] mean = standard.shift(), std = standard.scale(), min = minMax.shift(), range = minMax.scale();
        Table t = Table.create("standardisation vs min-max (fitted on the training rows)");
        StringColumn feature = StringColumn.create("feature");
        DoubleColumn[] columns = {
            DoubleColumn.create("train min"), DoubleColumn.create("train max"),
            DoubleColumn.create("mean"), DoubleColumn.create("std"),
            DoubleColumn.create("standardised min"), DoubleColumn.create("standardised max"),
            DoubleColumn.create("min-max: test min"), DoubleColumn.create("min-max: test max")};
        for (int c = 0; c < cols; c++) {
            feature.append(featureNames[c]);
            double[] values = {min[c], min[c] + range[c], mean[c], std[c],
                extreme(trainStd, c, false), extreme(trainStd, c, true),
                extreme(testMinMax, c, false), extreme(testMinMax, c, true)};
            for (int k = 0; k < values.length; k++) {
                columns[k].append(Math.round(values[k] * 100) / 100.0);
            }
        }
        t.addColumns(feature);
        t.addColumns(columns);
        return t;
    }

    private static double extreme(double[][] x, int c, boolean max) {
        double v = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double[] row : x) {
            v = max ? Math.max(v, row[c]) : Math.min(v, row[c]);
        }
        return v;
    }
}
