package dev.nonlinear.display;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableHtmlTest {

    @Test
    void escapesCellTextColumnNamesAndTableName() {
        Table table = Table.create("<script>",
                StringColumn.create("a&b", "<b>bold</b>", "\"quoted\" 'single'"));
        String html = TableHtml.render(table);
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
        assertTrue(html.contains("&quot;quoted&quot; &#39;single&#39;"), html);
        assertTrue(html.contains("<th>a&amp;b</th>"), html);
        assertTrue(html.contains("<caption>&lt;script&gt;</caption>"), html);
        assertFalse(html.contains("<b>bold"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void capsLongTablesWithAMoreRowsLine() {
        double[] values = new double[105];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        Table table = Table.create("t", DoubleColumn.create("x", values));
        String html = TableHtml.render(table, 10);
        assertEquals(10, count(html, "<tr><td class=\"idx\">"));
        assertTrue(html.contains("… 95 more rows"), html);
        assertTrue(html.contains("<td class=\"num\">"), "numbers are right-aligned");
    }

    @Test
    void shortTablesHaveNoMoreLine() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3));
        String html = TableHtml.render(table);
        assertEquals(3, count(html, "<tr><td class=\"idx\">"));
        assertFalse(html.contains("more row"));
    }

    @Test
    void escapeHandlesEveryHtmlSpecialCharacter() {
        assertEquals("&lt;&gt;&amp;&quot;&#39;x", Html.escape("<>&\"'x"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void doublesAreShownWithAtMostFourDecimals() {
        assertEquals("0.6917", TableHtml.formatDouble(0.6916666666666667));
        assertEquals("1.663e-05", TableHtml.formatDouble(0.000016629960425364654));
        assertEquals("12", TableHtml.formatDouble(12.0));
        assertEquals("-0.5", TableHtml.formatDouble(-0.5));
        assertEquals("0", TableHtml.formatDouble(0.0));
        var table = tech.tablesaw.api.Table.create("t", tech.tablesaw.api.DoubleColumn.create("loss", 0.123456789));
        assertTrue(TableHtml.render(table).contains(">0.1235<"), TableHtml.render(table));
    }
}
