package dev.nonlinear.kernel.grading;

import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the notebook that is actually executed for a submission: the instructor's cells in the
 * instructor's order, where solution cells carry the student's source and every other nbgrader
 * cell (tests with their hidden lines, locked set-up cells) the instructor's. Cells the student
 * added stay where they were. Editing or deleting a test cell therefore changes nothing.
 */
final class Merge {
    final Notebook notebook;
    /** Remarks for the gradebook: edited or deleted locked cells. */
    final List<String> notes = new ArrayList<>();

    private Merge(Notebook notebook) {
        this.notebook = notebook;
    }

    static Merge of(Notebook instructor, Notebook released, Notebook submission) {
        Map<String, JsonObject> releasedById = new HashMap<>();
        for (JsonObject cell : released.cells()) {
            if (Notebook.gradeId(cell) != null) {
                releasedById.put(Notebook.gradeId(cell), cell);
            }
        }
        Set<String> known = new HashSet<>(releasedById.keySet());
        Set<String> instructorCellIds = new HashSet<>();
        for (JsonObject cell : instructor.cells()) {
            if (Notebook.string(cell, "id") != null) {
                instructorCellIds.add(Notebook.string(cell, "id"));
            }
        }
        List<JsonObject> student = submission.cells();
        Map<String, Integer> studentIndex = new HashMap<>();
        for (int i = 0; i < student.size(); i++) {
            String id = Notebook.gradeId(student.get(i));
            if (id != null && known.contains(id)) {
                studentIndex.putIfAbsent(id, i);
            }
        }

        Merge merge = new Merge(instructor.copy());
        List<String> edited = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<JsonObject> out = new ArrayList<>();
        int next = 0; // first student cell not yet used
        for (JsonObject original : instructor.cells()) {
            JsonObject cell = original.deepCopy();
            Notebook.clearOutputs(cell);
            String id = Notebook.gradeId(cell);
            Integer at = id == null ? null : studentIndex.get(id);
            if (at != null && at >= next) {
                for (int i = next; i < at; i++) { // cells the student added before this one
                    addIfStudents(student.get(i), known, instructorCellIds, out);
                }
                next = at + 1;
                JsonObject theirs = student.get(at);
                if (Notebook.isSolution(cell)) {
                    Notebook.setSource(cell, Notebook.source(theirs));
                } else if (!Notebook.source(theirs).strip().equals(Notebook.source(releasedById.get(id)).strip())) {
                    edited.add(id);
                }
            } else if (id != null) {
                if (Notebook.isSolution(cell)) {
                    // Deleted or moved solution cell: the student's answer is missing, run the stub.
                    Notebook.setSource(cell, Notebook.source(releasedById.get(id)));
                }
                if (Notebook.isGraded(cell) || Notebook.isLocked(cell) || Notebook.isSolution(cell)) {
                    missing.add(id);
                }
            }
            out.add(cell);
        }
        for (int i = next; i < student.size(); i++) {
            addIfStudents(student.get(i), known, instructorCellIds, out);
        }
        merge.notebook.setCells(out);
        if (!edited.isEmpty()) {
            merge.notes.add("edited locked cells restored: " + String.join(" ", edited));
        }
        if (!missing.isEmpty()) {
            merge.notes.add("deleted or moved cells restored: " + String.join(" ", missing));
        }
        return merge;
    }

    /** Keeps a cell the student added; drops copies of the instructor's cells (the instructor's are used). */
    private static void addIfStudents(JsonObject cell, Set<String> gradeIds, Set<String> cellIds, List<JsonObject> out) {
        String gradeId = Notebook.gradeId(cell);
        if (gradeId != null && gradeIds.contains(gradeId)) {
            return;
        }
        String id = Notebook.string(cell, "id");
        if (gradeId == null && id != null && cellIds.contains(id)) {
            return;
        }
        JsonObject copy = cell.deepCopy();
        Notebook.clearOutputs(copy);
        out.add(copy);
    }
}
