package dev.nonlinear.kernel;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell that is just a name and a question mark, {@code Math.abs?} or {@code String?}, asks for
 * documentation, as in IPython. Such a cell is never valid Java, so nothing else is lost; the
 * answer goes to the notebook's pager (a {@code page} payload of the execute_reply).
 */
final class Help {
    private static final Pattern REQUEST = Pattern.compile("\\s*([\\p{L}_$][\\p{L}\\p{N}_$.]*)\\s*\\?{1,2}\\s*");

    private Help() {
    }

    /** The name asked about, or null when the cell is not a help request. */
    static String subject(String code) {
        Matcher m = REQUEST.matcher(code);
        return m.matches() ? m.group(1) : null;
    }

    /** @param documentation null when nothing is known about the name */
    static Map<String, Object> page(String subject, String documentation) {
        String text = documentation != null ? documentation : "no documentation found for " + subject;
        return Map.of("source", "page", "data", Map.of("text/plain", text), "start", 0);
    }
}
