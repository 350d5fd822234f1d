package org.bearing.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.persistence.DependencyStore;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logical links between a project's tasks; every write keeps the network acyclic ({@link DependencyCyclePolicy}). */
@Service
@Transactional
public class Dependencies {
    private final DependencyStore store;
    private final TaskStore tasks;
    private final PlanEdits edits;

    Dependencies(DependencyStore store, TaskStore tasks, PlanEdits edits) {
        this.store = store;
        this.tasks = tasks;
        this.edits = edits;
    }

    @Transactional(readOnly = true)
    public List<Dependency> all(long projectId) {
        edits.requireProject(projectId);
        return store.inProject(projectId);
    }

    @Transactional(readOnly = true)
    public Dependency get(long projectId, long id) {
        return store.byId(id).filter(d -> d.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Dependency", id + " in project " + projectId));
    }

    public Dependency create(long projectId, DependencyDraft d) {
        edits.requireProject(projectId);
        requireValid(projectId, -1, d);
        long id = store.insert(projectId, d);
        edits.changed(projectId);
        return get(projectId, id);
    }

    /**
     * Adds many links in one go, with the same rules as {@link #create} applied to each in order (a link may rely on
     * the ones before it): the project's tasks and links are read once instead of once per link, so a plan of
     * thousands of links is written in seconds. All or nothing, as one transaction.
     *
     * @return how many links were added
     */
    public int createAll(long projectId, List<DependencyDraft> drafts) {
        edits.requireProject(projectId);
        Map<Long, Task> byId = new HashMap<>();
        for (Task t : tasks.inProject(projectId)) {
            byId.put(t.id(), t);
        }
        List<Dependency> links = new java.util.ArrayList<>(store.inProject(projectId));
        java.util.Set<String> pairs = new java.util.HashSet<>();
        links.forEach(l -> pairs.add(l.predecessorId() + ">" + l.successorId()));
        for (DependencyDraft d : drafts) {
            requireValid(projectId, d, byId, links);
            if (!pairs.add(d.predecessorId() + ">" + d.successorId())) {
                throw new ConflictException("Task '" + byId.get(d.successorId()).name() + "' already depends on '"
                        + byId.get(d.predecessorId()).name() + "'; change that link instead", "successorId");
            }
            long id = store.insert(projectId, d);
            links.add(new Dependency(id, 0, projectId, d.predecessorId(), d.successorId(), d.type(), d.lag()));
        }
        if (!drafts.isEmpty()) {
            edits.changed(projectId);
        }
        return drafts.size();
    }

    public Dependency update(long projectId, long id, Long expectedVersion, DependencyDraft d) {
        Dependency current = get(projectId, id);
        ETags.requireCurrent("Dependency " + id, expectedVersion, current.version());
        requireValid(projectId, id, d);
        store.update(id, current.version(), d);
        edits.changed(projectId);
        return get(projectId, id);
    }

    public void delete(long projectId, long id, Long expectedVersion) {
        Dependency current = get(projectId, id);
        ETags.requireCurrent("Dependency " + id, expectedVersion, current.version());
        store.delete(id);
        edits.changed(projectId);
    }

    /**
     * Makes {@code wanted} the complete list of the task's predecessors, in one transaction: a link to a predecessor
     * that stays is updated in place (it keeps its id), links to predecessors no longer wanted are deleted and the
     * others created. Every wanted link is checked as {@link #create} checks one, against the links that remain.
     *
     * @throws org.bearing.platform.RuleViolationException naming the cycle when one of them would close a cycle
     */
    public void replacePredecessors(long projectId, long successorId, List<DependencyDraft> wanted) {
        edits.requireProject(projectId);
        Map<Long, Task> byId = new HashMap<>();
        for (Task t : tasks.inProject(projectId)) {
            byId.put(t.id(), t);
        }
        if (!byId.containsKey(successorId)) {
            throw new NotFoundException("Task", successorId + " in project " + projectId);
        }
        List<Dependency> all = store.inProject(projectId);
        List<Dependency> network = new java.util.ArrayList<>(all.stream().filter(d -> d.successorId() != successorId).toList());
        Map<Long, Dependency> current = new HashMap<>();
        all.stream().filter(d -> d.successorId() == successorId).forEach(d -> current.put(d.predecessorId(), d));
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (DependencyDraft d : wanted) {
            String lagProblem = d.lag().rangeProblem();
            if (lagProblem != null) {
                throw new InvalidFieldException("lagAmount", lagProblem);
            }
            if (!byId.containsKey(d.predecessorId())) {
                throw new NotFoundException("Task", d.predecessorId() + " in project " + projectId, "predecessorId");
            }
            if (!kept.add(d.predecessorId())) {
                throw new ConflictException("Task '" + byId.get(successorId).name() + "' lists '" + byId.get(d.predecessorId()).name()
                        + "' twice as a predecessor", "predecessorId");
            }
            DependencyCyclePolicy.check(d.predecessorId(), successorId, network, byId);
            network.add(new Dependency(-1, 0, projectId, d.predecessorId(), successorId, d.type(), d.lag()));
        }
        for (Dependency old : current.values()) {
            if (!kept.contains(old.predecessorId())) {
                store.delete(old.id());
            }
        }
        for (DependencyDraft d : wanted) {
            Dependency old = current.get(d.predecessorId());
            if (old == null) {
                store.insert(projectId, d);
            } else if (old.type() != d.type() || !old.lag().equals(d.lag())) {
                store.update(old.id(), old.version(), d);
            }
        }
        edits.changed(projectId);
    }

    private void requireValid(long projectId, long self, DependencyDraft d) {
        Map<Long, Task> byId = new HashMap<>();
        for (Task t : tasks.inProject(projectId)) {
            byId.put(t.id(), t);
        }
        List<Dependency> others = store.inProject(projectId).stream().filter(x -> x.id() != self).toList();
        requireValid(projectId, d, byId, others);
        if (store.exists(d.predecessorId(), d.successorId(), self)) {
            throw new ConflictException("Task '" + byId.get(d.successorId()).name() + "' already depends on '"
                    + byId.get(d.predecessorId()).name() + "'; change that link instead", "successorId");
        }
    }

    /** The rules that need no database: the lag's range, both tasks in the project, and no cycle with {@code others}. */
    private static void requireValid(long projectId, DependencyDraft d, Map<Long, Task> byId, List<Dependency> others) {
        String lagProblem = d.lag().rangeProblem();
        if (lagProblem != null) {
            throw new InvalidFieldException("lagAmount", lagProblem);
        }
        if (!byId.containsKey(d.predecessorId())) {
            throw new NotFoundException("Task", d.predecessorId() + " in project " + projectId, "predecessorId");
        }
        if (!byId.containsKey(d.successorId())) {
            throw new NotFoundException("Task", d.successorId() + " in project " + projectId, "successorId");
        }
        DependencyCyclePolicy.check(d.predecessorId(), d.successorId(), others, byId);
    }


}
