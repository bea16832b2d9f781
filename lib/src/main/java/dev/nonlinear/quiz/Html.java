package dev.nonlinear.quiz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small HTML helpers shared by the cards: escaping and one card style. */
final class Html {
    static final String TEXT_COLOUR = "#1f2328";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private Html() {
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Question text as HTML: escaped, with {@code `code`} in backticks shown as code and line
     * breaks kept. Escaping comes first, so nothing in the text can open a tag.
     */
    static String text(String text) {
        String escaped = escape(text);
        Matcher m = CODE.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(code(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("\n", "<br>");
    }

    /** Already-escaped code, as an inline code span. */
    private static String code(String escapedCode) {
        return "<code style=\"background:rgba(0,0,0,0.06);padding:0 3px;border-radius:3px\">" + escapedCode + "</code>";
    }

    /** Plain text shown as inline code. */
    static String codeSpan(String plain) {
        return code(escape(plain));
    }

    /** A card: coloured bar on the left, tinted background, dark text (readable in dark themes too). */
    static String card(String accent, String background, String body) {
        return "<div style=\"border-left:6px solid " + accent + ";background:" + background + ";color:" + TEXT_COLOUR
                + ";padding:10px 14px;margin:6px 0;border-radius:4px;font-family:system-ui,-apple-system,'Segoe UI',"
                + "sans-serif;font-size:14px;line-height:1.45;max-width:820px\">" + body + "</div>";
    }

    /** Small grey text, e.g. a question id. */
    static String muted(String escaped) {
        return "<span style=\"color:#5f6b7a;font-size:12px;font-weight:normal\">" + escaped + "</span>";
    }
}
