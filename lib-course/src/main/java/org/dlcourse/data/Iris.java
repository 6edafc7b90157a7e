package org.dlcourse.data;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.List;

/**
 * Fisher's (Anderson's) iris flowers: 150 rows, 50 per species, four measurements in cm, read
 * from UCI's {@code datasets/iris/iris.data} (the UCI file, which differs from Fisher's paper in
 * two setosa rows; see datasets/SOURCES.md).
 *
 * <pre>{@code
 * Table iris = Iris.table();
 * double[][] x = TableArrays.matrix(iris, Iris.FEATURES.toArray(new String[0]));
 * int[] y = Iris.labels(iris);   // 0 setosa, 1 versicolor, 2 virginica
 * }</pre>
 */
public final class Iris {
    /** Column names of the four measurements. */
    public static final String SEPAL_LENGTH = "sepal_length", SEPAL_WIDTH = "sepal_width",
            PETAL_LENGTH = "petal_length", PETAL_WIDTH = "petal_width", SPECIES = "species";
    /** The four feature columns, in file order. */
    public static final List<String> FEATURES = List.of(SEPAL_LENGTH, SEPAL_WIDTH, PETAL_LENGTH, PETAL_WIDTH);
    /** The species, index = label. */
    public static final List<String> SPECIES_NAMES = List.of("setosa", "versicolor", "virginica");
    /** Rows in the file. */
    public static final int ROWS = 150;

    static final String FILE = "iris/iris.data";

    private Iris() {
    }

    /** The 150 flowers: four measurement columns and {@value #SPECIES} (setosa, versicolor, virginica). */
    public static Table table() {
        return read(Datasets.locate().file(FILE));
    }

    /** The species of each row as 0 (setosa), 1 (versicolor), 2 (virginica). */
    public static int[] labels(Table iris) {
        StringColumn species = iris.stringColumn(SPECIES);
        int[] out = new int[species.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = SPECIES_NAMES.indexOf(species.get(r));
            if (out[r] < 0) {
                throw new IllegalArgumentException("Row " + r + " has species '" + species.get(r) + "', not one of "
                        + SPECIES_NAMES);
            }
        }
        return out;
    }

    /**
     * Parses a file in UCI's {@code iris.data} format (no header; 4 numbers and the class
     * {@code Iris-setosa}, {@code Iris-versicolor} or {@code Iris-virginica}).
     *
     * @throws IllegalStateException on a malformed row or if there are not 150 rows
     */
    static Table read(Path file) {
        CsvRows csv = CsvRows.read(file);
        List<CsvRows.Row> rows = csv.rows();
        if (rows.size() != ROWS) {
            throw csv.malformed("expected " + ROWS + " rows, found " + rows.size() + ". "
                    + Datasets.restoreHint(file, FILE));
        }
        DoubleColumn[] features = new DoubleColumn[4];
        for (int c = 0; c < 4; c++) {
            features[c] = DoubleColumn.create(FEATURES.get(c));
        }
        StringColumn species = StringColumn.create(SPECIES);
        for (CsvRows.Row row : rows) {
            csv.requireFields(row, 5);
            for (int c = 0; c < 4; c++) {
                features[c].append(csv.number(row, c, FEATURES.get(c)));
            }
            String name = row.fields()[4].startsWith("Iris-") ? row.fields()[4].substring(5) : "";
            if (!SPECIES_NAMES.contains(name)) {
                throw csv.malformed(row, "class '" + row.fields()[4] + "' is not Iris-setosa, Iris-versicolor or "
                        + "Iris-virginica");
            }
            species.append(name);
        }
        return Table.create("iris", features[0], features[1], features[2], features[3], species);
    }
}
