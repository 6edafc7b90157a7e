package org.dlcourse.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableReadableTest {
    @Test
    void floatingPointNoiseIsNotPrinted() {
        Table t = Table.create("iris", StringColumn.create("Summary", "sum", "mean"),
                DoubleColumn.create("sepal_length", 876.5000000000002, 5.843333333333335));
        String html = TableHtml.render(TableHtml.readable(t));
        assertTrue(html.contains("<td>876.5</td>") && html.contains("<td>5.8433</td>"), html);
        String text = TableHtml.readable(t).print();
        assertFalse(text.contains("0000000"), text);
        assertTrue(t.print().contains("876.5000000000002"), "the learner's own table is not changed");
    }

    @Test
    void aColumnsOwnFormatterIsKept() {
        DoubleColumn share = DoubleColumn.create("share", 0.123456);
        share.setPrintFormatter(NumberColumnFormatter.percent(1));
        Table t = Table.create("t", share);
        assertEquals("12.3%", TableHtml.readable(t).doubleColumn("share").getString(0));
    }
}
