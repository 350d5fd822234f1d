package org.bearing.workspace;

import java.util.List;
import org.bearing.plan.Project;

/**
 * What the task sheet shows: one row per task in outline order, the schedule's dates and floats beside the typed
 * fields, and at most one message about the last edit.
 *
 * @param notice   what the last successful action did, announced politely to screen readers, or null
 * @param undo     the edit Undo would reverse, in words, or null when there is none
 * @param finish   the project's scheduled finish, as shown, or null when it has no tasks
 */
public record TaskSheetView(Project project, List<Row> rows, CellError error, String notice, String undo, String finish,
                            int criticalCount, String csrfHeader, String csrfToken) {

    /**
     * One task row. Text fields are as shown; {@code *Value} fields are what an editor starts from.
     *
     * @param number       the row number, MS Project's ID, which predecessors refer to
     * @param constraint   a short note on a date constraint the user typed ("Start no earlier than ..."), or null
     * @param totalFloat   total float in working time, such as {@code 2d}
     */
    public record Row(int number, long taskId, String wbs, String name, int level, boolean summary, boolean milestone,
                      String duration, String start, String startValue, String finish, String finishValue,
                      String predecessors, String totalFloat, boolean critical, String constraint) {
    }

    /**
     * A refused edit, shown next to its cell. {@code taskId} null means the empty last row; {@code column} null
     * means the sheet as a whole (an undo that is not possible). {@code value} is the text the user typed, kept in
     * the re-opened editor, or null when the action was a button (indent, delete).
     */
    public record CellError(Long taskId, String column, String value, String message) {
        public boolean at(Long task, String col) {
            return java.util.Objects.equals(taskId, task) && col.equals(column);
        }
    }

    public boolean errorAt(Long taskId, String column) {
        return error != null && error.at(taskId, column);
    }

    /** A message that belongs to no cell. */
    public String sheetError() {
        return error != null && error.column() == null ? error.message() : null;
    }
}
