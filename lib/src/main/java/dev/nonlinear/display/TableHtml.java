package dev.nonlinear.display;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a Tablesaw {@link Table} into a small, readable HTML table for notebooks.
 *
 * <p>Long tables are cut after {@code maxRows} rows with a "… N more rows" line, because a
 * notebook that embeds 60 000 rows of MNIST becomes too big to open. Every cell is escaped, so
 * text such as {@code <b>} shows as text.
 */
public final class TableHtml {
    /** How many rows a table shows by default, the same as {@code table.print()}. */
    public static final int DEFAULT_MAX_ROWS = 20;

    // One small style block; the class name keeps it from touching the rest of the page.
    private static final String STYLE = "<style>"
            + ".nl-table{border-collapse:collapse;font-size:13px;margin:4px 0}"
            + ".nl-table caption{caption-side:top;text-align:left;font-weight:bold;padding:2px 0}"
            + ".nl-table th,.nl-table td{border-bottom:1px solid #ddd;padding:3px 10px}"
            + ".nl-table th{background:#f3f3f3;text-align:center}"
            + ".nl-table td.num{text-align:right;font-variant-numeric:tabular-nums}"
            + ".nl-table td.idx{color:#999;text-align:right}"
            + ".nl-more{color:#777;font-style:italic;margin:2px 0 6px}"
            + "</style>";

    private TableHtml() {
    }

    public static String render(Table table) {
        return render(table, DEFAULT_MAX_ROWS);
    }

    public static String render(Table table, int maxRows) {
        int rows = table.rowCount();
        int shown = Math.min(rows, Math.max(0, maxRows));
        StringBuilder html = new StringBuilder(256 + 40 * shown * Math.max(1, table.columnCount()));
        html.append(STYLE).append("<table class=\"nl-table\">");
        String name = table.name();
        if (name != null && !name.isEmpty()) {
            html.append("<caption>").append(Html.escape(name)).append("</caption>");
        }
        html.append("<thead><tr><th></th>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int row = 0; row < shown; row++) {
            html.append("<tr><td class=\"idx\">").append(row).append("</td>");
            for (Column<?> column : table.columns()) {
                html.append(column instanceof NumericColumn ? "<td class=\"num\">" : "<td>")
                        .append(Html.escape(cell(column, row)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (shown < rows) {
            int more = rows - shown;
            html.append("<div class=\"nl-more\">… ").append(more).append(more == 1 ? " more row" : " more rows")
                    .append(" (").append(rows).append(" rows × ").append(table.columnCount()).append(" columns)</div>");
        }
        return html.toString();
    }

    /**
     * A cell as text. Doubles are shown with at most 4 decimals (in scientific notation when tiny or
     * huge), so a loss reads 0.6917 rather than 0.6916666666666667; the table keeps the full value.
     */
    static String cell(Column<?> column, int row) {
        if (column instanceof tech.tablesaw.api.DoubleColumn doubles && !doubles.isMissing(row)) {
            return formatDouble(doubles.getDouble(row));
        }
        return column.getString(row);
    }

    static String formatDouble(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
            return new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3e", value);
    }
}
