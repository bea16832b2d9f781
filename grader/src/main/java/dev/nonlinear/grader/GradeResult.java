package dev.nonlinear.grader;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One student's outcome, as stored in results/&lt;student&gt;.json. */
final class GradeResult {
    String student;
    String status = "ok";
    String reason = "";
    double total;
    double max;
    Map<String, Double> scores = new LinkedHashMap<>();
    String submissionHash;
    String instructorHash;
    /** Whether the feedback page was written with --hide-hidden-tests (a change grades again). */
    boolean hiddenTestsHidden;
    double seconds;
    /** False when graded with --no-sandbox (a change grades again). */
    boolean sandboxed = true;

    /** The points scored so far (stored as {@link #total} once grading ends). */
    double scored() {
        return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Points as a gradebook and feedback page show them: 3, not 3.0; 2.50 when fractional. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
