package org.bearing.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's records that point at a project's tasks or resources (actuals, risk links, baseline rows). A plan change
 * that would delete such a task or resource asks every module first, because the database's cascades would take the
 * records with it. Each module that keeps such records provides one bean; callers take them all as a list.
 */
public interface TaskReferences {

    /** What points at each task, in words ("2 time entries"), by task id; tasks nothing points at are absent. */
    Map<Long, List<String>> tasks(long projectId);

    /** The project's resources that this module's records point at. */
    default Set<Long> resources(long projectId) {
        return Set.of();
    }

    /** {@code n} records of one kind ({@code what}, singular) that point at one task. */
    record Count(long taskId, String what, long n) {
        /** In words: "1 cost entry", "3 cost entries". */
        public String words() {
            return n + " " + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
        }
    }

    /** Counts grouped by task, in words. */
    static Map<Long, List<String>> byTask(List<Count> counts) {
        Map<Long, List<String>> byTask = new LinkedHashMap<>();
        counts.forEach(c -> byTask.computeIfAbsent(c.taskId(), k -> new ArrayList<>()).add(c.words()));
        return byTask;
    }

    /** Every module's references to the project's tasks, merged by task id. */
    static Map<Long, List<String>> tasks(List<TaskReferences> modules, long projectId) {
        Map<Long, List<String>> all = new LinkedHashMap<>();
        for (TaskReferences m : modules) {
            m.tasks(projectId).forEach((task, what) -> all.computeIfAbsent(task, k -> new ArrayList<>()).addAll(what));
        }
        return all;
    }

    /** Every module's references to the project's resources. */
    static Set<Long> resources(List<TaskReferences> modules, long projectId) {
        Set<Long> all = new HashSet<>();
        modules.forEach(m -> all.addAll(m.resources(projectId)));
        return all;
    }
}
