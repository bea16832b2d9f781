package dev.nonlinear.grader;

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
    final NotebookFile notebook;
    /** Remarks for the gradebook: edited or deleted locked cells. */
    final List<String> notes = new ArrayList<>();
    /** Indices (in {@link #notebook}) of the cells whose source is the student's: answers and added cells. */
    final Set<Integer> studentCells = new HashSet<>();

    private Merge(NotebookFile notebook) {
        this.notebook = notebook;
    }

    static Merge of(NotebookFile instructor, NotebookFile released, NotebookFile submission) {
        Map<String, JsonObject> releasedById = new HashMap<>();
        for (JsonObject cell : released.cells()) {
            if (NotebookFile.gradeId(cell) != null) {
                releasedById.put(NotebookFile.gradeId(cell), cell);
            }
        }
        Set<String> known = new HashSet<>(releasedById.keySet());
        Set<String> instructorCellIds = new HashSet<>();
        for (JsonObject cell : instructor.cells()) {
            if (NotebookFile.string(cell, "id") != null) {
                instructorCellIds.add(NotebookFile.string(cell, "id"));
            }
        }
        List<JsonObject> student = submission.cells();
        Map<String, Integer> studentIndex = new HashMap<>();
        for (int i = 0; i < student.size(); i++) {
            String id = NotebookFile.gradeId(student.get(i));
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
            NotebookFile.clearOutputs(cell);
            String id = NotebookFile.gradeId(cell);
            Integer at = id == null ? null : studentIndex.get(id);
            if (at != null && at >= next) {
                for (int i = next; i < at; i++) { // cells the student added before this one
                    addIfStudents(student.get(i), known, instructorCellIds, out, merge.studentCells);
                }
                next = at + 1;
                JsonObject theirs = student.get(at);
                if (NotebookFile.isSolution(cell)) {
                    NotebookFile.setSource(cell, NotebookFile.source(theirs));
                    merge.studentCells.add(out.size());
                } else if (!NotebookFile.source(theirs).strip().equals(NotebookFile.source(releasedById.get(id)).strip())) {
                    edited.add(id);
                }
            } else if (id != null) {
                if (NotebookFile.isSolution(cell)) {
                    // Deleted or moved solution cell: the student's answer is missing, run the stub.
                    NotebookFile.setSource(cell, NotebookFile.source(releasedById.get(id)));
                }
                if (NotebookFile.isGraded(cell) || NotebookFile.isLocked(cell) || NotebookFile.isSolution(cell)) {
                    missing.add(id);
                }
            }
            out.add(cell);
        }
        for (int i = next; i < student.size(); i++) {
            addIfStudents(student.get(i), known, instructorCellIds, out, merge.studentCells);
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
    private static void addIfStudents(JsonObject cell, Set<String> gradeIds, Set<String> cellIds, List<JsonObject> out,
                                      Set<Integer> studentCells) {
        String gradeId = NotebookFile.gradeId(cell);
        if (gradeId != null && gradeIds.contains(gradeId)) {
            return;
        }
        String id = NotebookFile.string(cell, "id");
        if (gradeId == null && id != null && cellIds.contains(id)) {
            return;
        }
        JsonObject copy = cell.deepCopy();
        NotebookFile.clearOutputs(copy);
        studentCells.add(out.size());
        out.add(copy);
    }
}
