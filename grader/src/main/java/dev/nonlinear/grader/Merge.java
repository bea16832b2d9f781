package dev.nonlinear.grader;


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
        Map<String, Cell> releasedById = new HashMap<>();
        for (Cell cell : released.cells()) {
            if (cell.gradeId() != null) {
                releasedById.put(cell.gradeId(), cell);
            }
        }
        Set<String> known = new HashSet<>(releasedById.keySet());
        Set<String> instructorCellIds = new HashSet<>();
        for (Cell cell : instructor.cells()) {
            if (cell.id() != null) {
                instructorCellIds.add(cell.id());
            }
        }
        List<Cell> student = submission.cells();
        Map<String, Integer> studentIndex = new HashMap<>();
        for (int i = 0; i < student.size(); i++) {
            String id = student.get(i).gradeId();
            if (id != null && known.contains(id)) {
                studentIndex.putIfAbsent(id, i);
            }
        }

        Merge merge = new Merge(instructor.copy());
        List<String> edited = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Cell> out = new ArrayList<>();
        int next = 0; // first student cell not yet used
        for (Cell original : instructor.cells()) {
            Cell cell = original.copy();
            cell.clearOutputs();
            String id = cell.gradeId();
            Integer at = id == null ? null : studentIndex.get(id);
            if (at != null && at >= next) {
                for (int i = next; i < at; i++) { // cells the student added before this one
                    addIfStudents(student.get(i), known, instructorCellIds, out, merge.studentCells);
                }
                next = at + 1;
                Cell theirs = student.get(at);
                if (cell.isSolution()) {
                    cell.setSource(theirs.source());
                    merge.studentCells.add(out.size());
                } else if (!theirs.source().strip().equals(releasedById.get(id).source().strip())) {
                    edited.add(id);
                }
            } else if (id != null) {
                if (cell.isSolution()) {
                    // Deleted or moved solution cell: the student's answer is missing, run the stub.
                    cell.setSource(releasedById.get(id).source());
                }
                if (cell.isGraded() || cell.isLocked() || cell.isSolution()) {
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
    private static void addIfStudents(Cell cell, Set<String> gradeIds, Set<String> cellIds, List<Cell> out,
                                      Set<Integer> studentCells) {
        String gradeId = cell.gradeId();
        if (gradeId != null && gradeIds.contains(gradeId)) {
            return;
        }
        String id = cell.id();
        if (gradeId == null && id != null && cellIds.contains(id)) {
            return;
        }
        Cell copy = cell.copy();
        copy.clearOutputs();
        studentCells.add(out.size());
        out.add(copy);
    }
}
