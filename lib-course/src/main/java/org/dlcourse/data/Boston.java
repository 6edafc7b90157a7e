package org.dlcourse.data;

import org.dlcourse.data.prep.NumpyShuffle;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Boston housing (Harrison and Rubinfeld, 1978): 506 census tracts, 13 features and the median
 * home value {@value #TARGET} in $1000s, read from {@code datasets/boston_housing/BostonHousing.csv}.
 *
 * <p><b>Caveat.</b> Feature {@value #B} is {@code 1000(Bk - 0.63)^2}, with Bk the proportion of
 * Black residents: it builds a racist assumption into any model that uses it, which is why
 * scikit-learn removed this dataset and newer books use California housing. Teach with it as a
 * lesson in dataset ethics, or train on {@link #FEATURES_WITHOUT_B}. {@value #TARGET} is also
 * censored at 50.0. See datasets/SOURCES.md.
 *
 * <pre>{@code
 * Boston.Split data = Boston.kerasSplit();               // 404 training, 102 test rows, as Keras
 * double[][] x = TableArrays.matrix(data.train(), Boston.featureArray());
 * double[] y = TableArrays.column(data.train(), Boston.TARGET);
 * }</pre>
 */
public final class Boston {
    /** The column holding the racially based feature (see the class comment). */
    public static final String B = "B";
    /** The target: median value of owner-occupied homes in $1000s. */
    public static final String TARGET = "MEDV";
    /** The 13 features, in file order. */
    public static final List<String> FEATURES = List.of("CRIM", "ZN", "INDUS", "CHAS", "NOX", "RM", "AGE", "DIS",
            "RAD", "TAX", "PTRATIO", B, "LSTAT");
    /** The 12 features other than {@value #B}. */
    public static final List<String> FEATURES_WITHOUT_B = FEATURES.stream().filter(f -> !f.equals(B)).toList();
    /** Rows in the file. */
    public static final int ROWS = 506;
    /** Keras's {@code boston_housing.load_data} defaults: test fraction and numpy seed. */
    public static final double KERAS_TEST_SPLIT = 0.2;
    public static final long KERAS_SEED = 113;

    static final String FILE = "boston_housing/BostonHousing.csv";

    /** A training and a test table. */
    public record Split(Table train, Table test) {
    }

    private Boston() {
    }

    /** The whole table: 506 rows, the 13 features and {@value #TARGET}, in the file's order. */
    public static Table table() {
        return read(Datasets.locate().file(FILE));
    }

    /** {@link #FEATURES} as an array, for {@link TableArrays#matrix}. */
    public static String[] featureArray() {
        return FEATURES.toArray(new String[0]);
    }

    /**
     * Keras's split, row for row: {@code np.random.RandomState(113)} shuffles the 506 rows
     * ({@link NumpyShuffle} repeats it exactly), the first 404 train, the last 102 test. The first
     * training row has CRIM 1.23247 and MEDV 15.2, as in Keras.
     */
    public static Split kerasSplit() {
        return kerasSplit(table());
    }

    static Split kerasSplit(Table table) {
        int[] order = NumpyShuffle.permutation(table.rowCount(), KERAS_SEED);
        int nTrain = (int) (table.rowCount() * (1 - KERAS_TEST_SPLIT));
        Table train = rowsInOrder(table, Arrays.copyOfRange(order, 0, nTrain)).setName("boston housing (train)");
        Table test = rowsInOrder(table, Arrays.copyOfRange(order, nTrain, order.length))
                .setName("boston housing (test)");
        return new Split(train, test);
    }

    /** The rows in the given order (Tablesaw's {@code rows(int...)} would sort them). */
    private static Table rowsInOrder(Table table, int[] rows) {
        Table out = table.emptyCopy();
        for (int r : rows) {
            out.addRow(r, table);
        }
        return out;
    }

    /**
     * Parses a CSV with the header {@code crim,zn,...,lstat,medv} (any case, quotes allowed).
     *
     * @throws IllegalStateException if the header differs, a row is malformed or there are not 506 rows
     */
    static Table read(Path file) {
        CsvRows csv = CsvRows.read(file);
        List<CsvRows.Row> rows = csv.rows();
        List<String> columns = new ArrayList<>(FEATURES);
        columns.add(TARGET);
        if (rows.isEmpty()) {
            throw csv.malformed("the file is empty. " + Datasets.restoreHint(file, FILE));
        }
        List<String> header = Arrays.stream(rows.get(0).fields()).map(h -> h.toUpperCase(Locale.ROOT)).toList();
        if (!header.equals(columns)) {
            throw csv.malformed("header is " + header + ", expected " + columns + ". " + Datasets.restoreHint(file, FILE));
        }
        if (rows.size() - 1 != ROWS) {
            throw csv.malformed("expected " + ROWS + " data rows, found " + (rows.size() - 1) + ". "
                    + Datasets.restoreHint(file, FILE));
        }
        double[][] values = new double[columns.size()][ROWS];
        for (int r = 0; r < ROWS; r++) {
            CsvRows.Row row = rows.get(r + 1);
            csv.requireFields(row, columns.size());
            for (int c = 0; c < columns.size(); c++) {
                values[c][r] = csv.number(row, c, columns.get(c));
            }
        }
        Table table = Table.create("boston housing");
        for (int c = 0; c < columns.size(); c++) {
            table.addColumns(DoubleColumn.create(columns.get(c), values[c]));
        }
        return table;
    }
}
