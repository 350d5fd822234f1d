package org.bearing.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans in a planner's words, for domain tests without a database: {@code aPlan().task("A").under("Phase")}. */
final class PlanFixtures {
    private final Map<String, Task> tasks = new HashMap<>();
    private final List<Dependency> links = new ArrayList<>();
    private long nextId = 1;

    static PlanFixtures aPlan() {
        return new PlanFixtures();
    }

    PlanFixtures task(String name) {
        return task(name, null);
    }

    PlanFixtures task(String name, String parent) {
        Long parentId = parent == null ? null : tasks.get(parent).id();
        int position = (int) tasks.values().stream().filter(t -> java.util.Objects.equals(t.parentId(), parentId)).count();
        tasks.put(name, new Task(nextId++, 0, 1, parentId, position, null, name, false, false, null, 480, 0,
                ConstraintType.ASAP, null, null, 500, BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, null, null, null));
        return this;
    }

    PlanFixtures link(String predecessor, String successor) {
        links.add(new Dependency(nextId++, 0, 1, id(predecessor), id(successor), DependencyType.FS, Lag.NONE));
        return this;
    }

    long id(String name) {
        return tasks.get(name).id();
    }

    Map<Long, Task> byId() {
        Map<Long, Task> m = new HashMap<>();
        tasks.values().forEach(t -> m.put(t.id(), t));
        return m;
    }

    List<Task> tasks() {
        return new ArrayList<>(tasks.values());
    }

    List<Dependency> links() {
        return links;
    }
}
