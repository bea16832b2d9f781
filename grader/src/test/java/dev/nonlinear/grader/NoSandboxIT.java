package dev.nonlinear.grader;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.nonlinear.grader.Submissions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a machine without bubblewrap, grading refuses and says what to install; --no-sandbox grades
 * anyway, and every gradebook row says so.
 */
class NoSandboxIT {
    private static final List<String> NO_BWRAP = List.of("-Dnonlinear.bwrap=/nonexistent/bwrap");

    @TempDir
    Path temp;

    @Test
    void withoutBubblewrapGradingRefusesUnlessToldNotToSandbox() throws Exception {
        Path instructor = instructor();
        JsonObject student = released(temp);
        Path submitted = temp.resolve("submitted");
        save(submitted, "honest", solved(student, LEAKY, ELU));
        Path out = temp.resolve("graded");

        Output refused = cli(NO_BWRAP, "grade", instructor.toString(), submitted.toString(), out.toString());
        assertEquals(1, refused.exit(), refused.text());
        assertTrue(refused.text().contains("cannot grade in a sandbox: /nonexistent/bwrap is missing: install Debian's bubblewrap"),
                refused.text());
        assertTrue(refused.text().contains("--no-sandbox"), refused.text());
        assertFalse(Files.exists(out.resolve("gradebook.csv")), "nothing graded");

        Output graded = cli(NO_BWRAP, "grade", instructor.toString(), submitted.toString(), out.toString(), "--no-sandbox");
        assertEquals(0, graded.exit(), graded.text());
        Map<String, Map<String, String>> book = gradebook(out.resolve("gradebook.csv"));
        expect(book, "honest", "8", "ok", "graded without a sandbox (--no-sandbox)");
    }
}
