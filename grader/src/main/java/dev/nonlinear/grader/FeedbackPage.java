package dev.nonlinear.grader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Map;

/** A small self-contained HTML page per student: scores first, then every cell with its output. */
final class FeedbackPage {
    static final String HIDDEN_PLACEHOLDER = "// (hidden tests ran here; their code is not shown)";

    private static final Parser MARKDOWN_PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** A student's Markdown may hold HTML: shown as text, never run in the teacher's browser. */
    private static final HtmlRenderer MARKDOWN = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).build();

    private FeedbackPage() {
    }

    static String html(GradeResult result, NotebookFile graded, List<Cell> gradedCells) {
        return html(result, graded, gradedCells, Map.of(), false);
    }

    /** @param hideHiddenTests show the code between the hidden-test markers as one placeholder line */
    static String html(GradeResult result, NotebookFile graded, List<Cell> gradedCells, Map<String, String> failures,
                       boolean hideHiddenTests) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Feedback: ")
                .append(escape(result.student)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;}")
                .append("pre{background:#f6f6f6;padding:.6em;overflow-x:auto;white-space:pre-wrap;}")
                .append(".out{background:#fff;border-left:3px solid #ccc;}.err{background:#fdecec;border-left:3px solid #c00;}")
                .append(".cell{margin:1.2em 0;}.score{font-weight:bold;}.ok{color:#070;}.bad{color:#c00;}")
                .append("table{border-collapse:collapse;}td,th{border:1px solid #ccc;padding:.2em .6em;}")
                .append(".md{padding:0 .6em;}.md code{background:#f6f6f6;}")
                .append("</style></head><body>\n");
        html.append("<h1>Feedback for ").append(escape(result.student)).append("</h1>\n");
        html.append("<p class=\"score\">Score: ").append(GradeResult.number(result.scored())).append(" / ")
                .append(GradeResult.number(result.max)).append("</p>\n");
        if (!"ok".equals(result.status) || !result.reason.isEmpty()) {
            html.append("<p>Status: <b>").append(escape(result.status)).append("</b>")
                    .append(result.reason.isEmpty() ? "" : " — " + escape(result.reason)).append("</p>\n");
        }
        html.append("<table><tr><th>test</th><th>points</th><th>result</th></tr>\n");
        for (Cell cell : gradedCells) {
            String id = cell.gradeId();
            double score = result.scores.getOrDefault(id, 0.0);
            String why = failures.getOrDefault(id, score > 0 || cell.points() == 0 ? "passed" : "not run");
            html.append("<tr><td>").append(escape(id)).append("</td><td>").append(GradeResult.number(score)).append(" / ")
                    .append(GradeResult.number(cell.points())).append("</td><td class=\"")
                    .append(failures.containsKey(id) || score == 0 && cell.points() > 0 ? "bad" : "ok")
                    .append("\">").append(escape(why)).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (graded != null) {
            boolean outputsHidden = false;
            for (Cell cell : graded.cells()) {
                if (html.length() > MAX_PAGE) {
                    html.append("<p class=\"bad\">… the rest of the notebook is left out: the page would be larger than ")
                            .append(MAX_PAGE / 1_000_000).append(" MB</p>\n");
                    break;
                }
                html.append("<div class=\"cell\">");
                String id = cell.gradeId();
                if (id != null && cell.isGraded() && result.scores.containsKey(id)) {
                    html.append("<div class=\"score\">").append(escape(id)).append(": ")
                            .append(GradeResult.number(result.scores.get(id))).append(" / ")
                            .append(GradeResult.number(cell.points())).append("</div>");
                }
                String source = capped(cell.source());
                if (hideHiddenTests) {
                    source = Assignment.removeRegions(source, Assignment.BEGIN_HIDDEN, Assignment.END_HIDDEN,
                            List.of(HIDDEN_PLACEHOLDER));
                }
                if ("markdown".equals(cell.type())) {
                    html.append("<div class=\"md\">").append(MARKDOWN.render(MARKDOWN_PARSER.parse(source))).append("</div>");
                } else {
                    html.append("<pre>").append(escape(source)).append("</pre>");
                }
                // From the first hidden test on, any cell's output may carry what the hidden tests
                // are (code running beside them can read their compiled classes and print them).
                outputsHidden |= hideHiddenTests && cell.source().contains(Assignment.BEGIN_HIDDEN);
                if (outputsHidden) {
                    html.append("<p><i>outputs not shown: they could reveal the hidden tests</i></p>");
                } else {
                    for (JsonElement element : cell.outputs()) {
                        if (element.isJsonObject()) {
                            appendOutput(html, element.getAsJsonObject());
                        }
                    }
                }
                html.append("</div>\n");
            }
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void appendOutput(StringBuilder html, JsonObject output) {
        String kind = JsonFields.string(output, "output_type");
        String text = null;
        boolean error = false;
        if ("stream".equals(kind)) {
            text = textOf(output.get("text"));
            error = "stderr".equals(JsonFields.string(output, "name"));
        } else if ("error".equals(kind)) {
            StringBuilder trace = new StringBuilder();
            if (output.has("traceback") && output.get("traceback").isJsonArray()) {
                output.getAsJsonArray("traceback").forEach(line -> trace.append(line.isJsonPrimitive() ? line.getAsString() : "").append('\n'));
            }
            text = trace.length() > 0 ? trace.toString() : JsonFields.string(output, "ename") + ": " + JsonFields.string(output, "evalue");
            error = true;
        } else {
            JsonObject data = JsonFields.object(output, "data");
            if (data != null && data.has("text/plain")) {
                text = textOf(data.get("text/plain"));
            }
        }
        if (text != null) {
            html.append("<pre class=\"").append(error ? "err" : "out").append("\">")
                    .append(escape(capped(text).replaceAll("\u001b\\[[0-9;]*m", ""))).append("</pre>");
        }
    }

    private static String textOf(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (value.isJsonPrimitive()) {
            return value.getAsString();
        }
        StringBuilder text = new StringBuilder();
        value.getAsJsonArray().forEach(line -> text.append(line.isJsonPrimitive() ? line.getAsString() : ""));
        return text.toString();
    }

    /** Characters kept of one cell's source or one output. */
    static final int MAX_TEXT = 100_000;
    /** A page stops growing past this many characters (the scores table always comes first). */
    static final int MAX_PAGE = 8_000_000;

    static String capped(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n… truncated by the grader";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
