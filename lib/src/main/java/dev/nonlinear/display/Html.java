package dev.nonlinear.display;

import java.util.Objects;

/**
 * A piece of HTML that a notebook shows rendered (as {@code text/html}) instead of as a string.
 *
 * <pre>{@code
 * display(Html.of("<b>loss</b> went down"));
 * }</pre>
 *
 * Outside a notebook it prints the raw HTML.
 */
public final class Html {
    private final String html;

    public Html(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    public static Html of(String html) {
        return new Html(html);
    }

    /**
     * Escapes {@code & < > " '} so that any text can be placed inside HTML text or an attribute
     * value; null becomes the empty string. The kit's only escaping, used by tables and quiz cards.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html && ((Html) o).html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
