package org.bearing.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.bearing.plan.TaskSheet;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Tasks tab: the task sheet page and the htmx requests its cells and buttons send. Every write answers with the
 * re-rendered sheet (the schedule was recomputed when the edit committed); a refused write answers 422 with the
 * sheet showing the message next to the cell, and changes nothing.
 */
@Controller
class TaskSheetPages {
    private static final String FRAGMENT = "workspace/tasksheet";
    private final TaskSheets views;
    private final TaskSheet sheet;

    TaskSheetPages(TaskSheets views, TaskSheet sheet) {
        this.views = views;
        this.sheet = sheet;
    }

    @GetMapping("/projects/{id}/tasks")
    String page(@PathVariable long id, CsrfToken csrf, Model model) {
        model.addAttribute("sheet", views.view(id, null, null, csrf.getHeaderName(), csrf.getToken()));
        return "workspace/tasks";
    }

    @GetMapping("/projects/{id}/tasks/sheet")
    String fragment(@PathVariable long id, CsrfToken csrf, Model model) {
        model.addAttribute("sheet", views.view(id, null, null, csrf.getHeaderName(), csrf.getToken()));
        return FRAGMENT;
    }

    /** Sets one cell; {@code column} is name, duration, start, finish or predecessors. */
    @PatchMapping("/projects/{id}/tasks/{taskId}")
    String edit(@PathVariable long id, @PathVariable long taskId, @RequestParam String column, @RequestParam(defaultValue = "") String value,
                CsrfToken csrf, Model model, HttpServletResponse response) {
        TaskSheet.Column col;
        try {
            col = TaskSheet.Column.valueOf(column.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refused(id, new TaskSheetView.CellError(taskId, null, null, "There is no column '" + column + "'"), csrf, model, response);
        }
        return write(id, () -> {
            sheet.edit(id, taskId, col, value);
            return null;
        }, new TaskSheetView.CellError(taskId, col.name().toLowerCase(Locale.ROOT), value, null), csrf, model, response);
    }

    /** Adds a task below {@code below}, or in the last row when it is absent. */
    @PostMapping("/projects/{id}/tasks")
    String add(@PathVariable long id, @RequestParam(required = false) Long below, @RequestParam(defaultValue = "") String name,
               CsrfToken csrf, Model model, HttpServletResponse response) {
        return write(id, () -> "Added '" + sheet.add(id, below, name).name() + "'",
                new TaskSheetView.CellError(null, "name", name, null), csrf, model, response);
    }

    @PostMapping("/projects/{id}/tasks/{taskId}/indent")
    String indent(@PathVariable long id, @PathVariable long taskId, CsrfToken csrf, Model model, HttpServletResponse response) {
        return write(id, () -> {
            sheet.indent(id, taskId);
            return null;
        }, new TaskSheetView.CellError(taskId, "name", null, null), csrf, model, response);
    }

    @PostMapping("/projects/{id}/tasks/{taskId}/outdent")
    String outdent(@PathVariable long id, @PathVariable long taskId, CsrfToken csrf, Model model, HttpServletResponse response) {
        return write(id, () -> {
            sheet.outdent(id, taskId);
            return null;
        }, new TaskSheetView.CellError(taskId, "name", null, null), csrf, model, response);
    }

    @DeleteMapping("/projects/{id}/tasks/{taskId}")
    String delete(@PathVariable long id, @PathVariable long taskId, CsrfToken csrf, Model model, HttpServletResponse response) {
        return write(id, () -> {
            sheet.delete(id, taskId);
            return "Deleted the task";
        }, new TaskSheetView.CellError(taskId, "name", null, null), csrf, model, response);
    }

    @PostMapping("/projects/{id}/tasks/undo")
    String undo(@PathVariable long id, CsrfToken csrf, Model model, HttpServletResponse response) {
        return write(id, () -> "Undone: " + sheet.undo(id), new TaskSheetView.CellError(null, null, null, null), csrf, model, response);
    }

    /**
     * Runs one write and renders the sheet. A refused write is shown where it happened ({@code at} without its
     * message); the service's transaction has rolled it back.
     */
    private String write(long id, Supplier<String> action, TaskSheetView.CellError at, CsrfToken csrf, Model model,
                         HttpServletResponse response) {
        String notice;
        try {
            notice = action.get();
        } catch (InvalidFieldException | RuleViolationException | ConflictException | NotFoundException
                 | OptimisticLockingFailureException e) {
            return refused(id, new TaskSheetView.CellError(at.taskId(), at.column(), at.value(), e.getMessage()), csrf, model, response);
        }
        model.addAttribute("sheet", views.view(id, null, notice == null ? "Saved" : notice, csrf.getHeaderName(), csrf.getToken()));
        return FRAGMENT;
    }

    private String refused(long id, TaskSheetView.CellError error, CsrfToken csrf, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("sheet", views.view(id, error, null, csrf.getHeaderName(), csrf.getToken()));
        return FRAGMENT;
    }
}
