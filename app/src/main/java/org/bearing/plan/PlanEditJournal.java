package org.bearing.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bearing.plan.persistence.AssignmentStore;
import org.bearing.plan.persistence.DependencyStore;
import org.bearing.plan.persistence.PlanEditStore;
import org.bearing.plan.persistence.RowImages;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-project journal of task-sheet edits that makes "Undo" possible. It lives in the database, not in a
 * session, so any app node can undo an edit made through another. Each entry is an {@link UndoableEdit}: the
 * before-images of what the edit changed. Undo reverses the most recent edit not yet undone, in one transaction;
 * repeated, it walks back through the journal. An edit made outside the journal (through the API, an import,
 * leveling) moves the project's version on, after which older entries can no longer be undone safely and are dropped.
 * The newest {@value #KEPT} entries of a project are kept.
 */
@Service
@Transactional
public class PlanEditJournal {
    static final int KEPT = 100;
    private final PlanEditStore store;
    private final TaskStore tasks;
    private final DependencyStore links;
    private final AssignmentStore assignments;
    private final RowImages images;
    private final PlanEdits edits;
    private final JsonMapper json = JsonMapper.builder().build();

    PlanEditJournal(PlanEditStore store, TaskStore tasks, DependencyStore links, AssignmentStore assignments, RowImages images,
                    PlanEdits edits) {
        this.store = store;
        this.tasks = tasks;
        this.links = links;
        this.assignments = assignments;
        this.images = images;
        this.edits = edits;
    }

    /**
     * Runs {@code edit} inside the caller's transaction and journals what it changed. When the edit throws, nothing
     * is journaled (and the transaction rolls back).
     */
    public <T> T record(long projectId, String description, Supplier<T> edit) {
        edits.requireProject(projectId);
        long version = store.projectVersion(projectId);
        Optional<PlanEditStore.Entry> last = store.latestOpen(projectId);
        if (last.isPresent() && last.get().projectVersion() != version) {
            store.forgetOpen(projectId);
        }
        UndoableEdit.Rows before = rows(projectId);
        T result = edit.get();
        UndoableEdit change = UndoableEdit.between(description, before, rows(projectId));
        if (!change.isEmpty()) {
            store.insert(projectId, description, json.writeValueAsString(change), store.projectVersion(projectId));
            store.trim(projectId, KEPT);
        }
        return result;
    }

    /** What Undo would reverse now, in words, or empty when there is nothing it can undo. */
    @Transactional(readOnly = true)
    public Optional<String> nextUndo(long projectId) {
        long version = store.projectVersion(projectId);
        return store.latestOpen(projectId).filter(e -> e.projectVersion() == version).map(PlanEditStore.Entry::description);
    }

    /**
     * Reverses the most recent edit not yet undone.
     *
     * @return the description of the edit undone
     * @throws ConflictException when there is nothing to undo, or the plan was changed outside the journal since
     */
    public String undo(long projectId) {
        edits.requireProject(projectId);
        PlanEditStore.Entry entry = store.latestOpen(projectId)
                .orElseThrow(() -> new ConflictException("There is nothing to undo", null));
        if (entry.projectVersion() != store.projectVersion(projectId)) {
            throw new ConflictException("The plan was changed elsewhere after '" + entry.description()
                    + "'; undoing it would overwrite that change", null);
        }
        reverse(json.readValue(entry.beforeImage(), UndoableEdit.class));
        store.markUndone(entry.id());
        edits.changed(projectId);
        long version = store.projectVersion(projectId);
        // The plan is now as it was right after the previous edit, so that one may be undone next.
        store.latestOpen(projectId).ifPresent(previous -> store.setProjectVersion(previous.id(), version));
        return entry.description();
    }

    private void reverse(UndoableEdit e) {
        e.createdLinks().forEach(images::deleteDependency);
        e.createdAssignments().forEach(images::deleteAssignment);
        for (Task t : e.tasksBefore()) {
            if (!images.taskExists(t.id())) {
                images.reinsert(t);
            }
        }
        e.tasksBefore().forEach(images::restore);
        e.placesBefore().forEach(p -> images.place(p.taskId(), p.parentId(), p.position()));
        // Subtasks were created after their summaries: delete the newest first.
        e.createdTasks().stream().sorted(Comparator.reverseOrder()).forEach(images::deleteTask);
        e.linksBefore().forEach(images::restore);
        e.assignmentsBefore().forEach(images::restore);
    }

    private UndoableEdit.Rows rows(long projectId) {
        List<Task> t = tasks.inProject(projectId);
        return new UndoableEdit.Rows(t, links.inProject(projectId), assignments.inProject(projectId));
    }
}
