package org.dlcourse.data.prep;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScalingTableTest {

    @Test
    void oneRowPerFeatureWithBothScalings() {
        double[][] train = {{0, 10}, {2, 20}, {4, 30}, {6, 40}};
        double[][] test = {{8, 15}, {-2, 25}};
        Table t = ScalingTable.of(train, test, "a", "b");
        assertEquals(2, t.rowCount());
        assertEquals("a", t.stringColumn("feature").get(0));
        assertEquals(0, t.doubleColumn("train min").get(0));
        assertEquals(6, t.doubleColumn("train max").get(0));
        assertEquals(3, t.doubleColumn("mean").get(0));
        assertEquals(Math.round(Math.sqrt(5) * 100) / 100.0, t.doubleColumn("std").get(0));
        assertEquals(Math.round(-3 / Math.sqrt(5) * 100) / 100.0, t.doubleColumn("standardised min").get(0));
        // test values outside the training range land outside [0, 1]
        assertEquals(-0.33, t.doubleColumn("min-max: test min").get(0));
        assertEquals(1.33, t.doubleColumn("min-max: test max").get(0));
        assertEquals(0.17, t.doubleColumn("min-max: test min").get(1));
    }

    @Test
    void rejectsMismatchedNames() {
        assertThrows(IllegalArgumentException.class,
                () -> ScalingTable.of(new double[][] {{1, 2}}, new double[][] {{1, 2}}, "one"));
    }
}
