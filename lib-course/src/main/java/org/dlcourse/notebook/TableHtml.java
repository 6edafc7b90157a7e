package org.dlcourse.notebook;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders a Tablesaw {@link Table} as a compact HTML table for notebooks: a caption with the
 * table name and its size, the column types under the names, and for long tables the first
 * and last rows with a marker for the rows left out.
 */
public final class TableHtml {
    /** Tables with more rows than this show only their head and tail. */
    public static final int DEFAULT_MAX_ROWS = 20;

    private TableHtml() {
    }

    /**
     * A copy of the table whose floating-point columns print at most 4 decimals ({@code 876.5}, not
     * {@code 876.5000000000002}): sums and means of measurements carry binary rounding noise that
     * says nothing. Columns that already have a formatter of their own keep it.
     */
    public static Table readable(Table table) {
        Table copy = table.copy();
        for (Column<?> column : copy.columns()) {
            if (column instanceof DoubleColumn d && formatsByDefault(d)) {
                d.setPrintFormatter(fourDecimals(ColumnType.DOUBLE));
            } else if (column instanceof FloatColumn f && formatsByDefault(f.asDoubleColumn())) {
                f.setPrintFormatter(fourDecimals(ColumnType.FLOAT));
            }
        }
        return copy;
    }

    /** True when the column prints its values as Tablesaw's default does (no formatter of its own). */
    private static boolean formatsByDefault(DoubleColumn column) {
        NumberColumnFormatter standard = NumberColumnFormatter.floatingPointDefault();
        standard.setColumnType(ColumnType.DOUBLE);
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                return column.getString(row).equals(standard.format(column.getDouble(row)));
            }
        }
        return true;
    }

    private static NumberColumnFormatter fourDecimals(ColumnType type) {
        NumberColumnFormatter f = new NumberColumnFormatter(
                new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        f.setColumnType(type);
        return f;
    }

    /** Renders with {@link #DEFAULT_MAX_ROWS}. */
    public static String render(Table table) {
        return render(table, DEFAULT_MAX_ROWS);
    }

    /**
     * Renders the table, truncated to {@code maxRows} rows (half from the head, half from the tail).
     *
     * @throws IllegalArgumentException if {@code maxRows} is below 2
     */
    public static String render(Table table, int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must be at least 2, was " + maxRows);
        }
        int rows = table.rowCount();
        StringBuilder html = new StringBuilder(1024);
        html.append("<table class=\"dlcourse-table\">\n<caption style=\"text-align:left\">");
        String name = table.name();
        if (name != null && !name.isBlank()) {
            html.append("<b>").append(escape(name)).append("</b> &middot; ");
        }
        html.append(rows).append(rows == 1 ? " row" : " rows").append(" &times; ")
                .append(table.columnCount()).append(table.columnCount() == 1 ? " column" : " columns")
                .append("</caption>\n<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(escape(column.name()))
                    .append("<br><small style=\"font-weight:normal\">")
                    .append(escape(column.type().name().toLowerCase(java.util.Locale.ROOT)))
                    .append("</small></th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        if (rows <= maxRows) {
            appendRows(html, table, 0, rows);
        } else {
            int head = (maxRows + 1) / 2;
            int tail = maxRows - head;
            appendRows(html, table, 0, head);
            html.append("<tr><td colspan=\"").append(table.columnCount())
                    .append("\" style=\"text-align:center\">&hellip; ").append(rows - head - tail)
                    .append(" more rows &hellip;</td></tr>\n");
            appendRows(html, table, rows - tail, rows);
        }
        html.append("</tbody>\n</table>");
        return html.toString();
    }

    private static void appendRows(StringBuilder html, Table table, int from, int to) {
        for (int r = from; r < to; r++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td>").append(escape(column.getString(r))).append("</td>");
            }
            html.append("</tr>\n");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
