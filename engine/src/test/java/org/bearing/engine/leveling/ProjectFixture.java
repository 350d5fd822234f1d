package org.bearing.engine.leveling;

import java.util.HashMap;
import java.util.Map;

/**
 * Test fixtures in domain language:
 * {@code aProject().resource("Crew", 2).task("Dig", 3).needs("Crew", 2).task("Pour", 2).needs("Crew", 1).after("Dig")}.
 * Methods after {@code task(...)} describe that task.
 */
final class ProjectFixture {
    private final LevelingProblem.Builder builder = LevelingProblem.builder();
    private final Map<String, Integer> tasks = new HashMap<>();
    private final Map<String, Integer> resources = new HashMap<>();
    private int current = -1;
    private LevelingProblem built;

    static ProjectFixture aProject() {
        return new ProjectFixture();
    }

    ProjectFixture resource(String name, int unitsPerPeriod) {
        resources.put(name, builder.resource(name, unitsPerPeriod));
        return this;
    }

    ProjectFixture task(String name, int duration) {
        current = builder.task(name, duration);
        tasks.put(name, current);
        return this;
    }

    ProjectFixture needs(String resource, int units) {
        builder.demand(current, resources.get(resource), units);
        return this;
    }

    /** Finish-to-start without lag from each named predecessor. */
    ProjectFixture after(String... predecessors) {
        for (String p : predecessors) {
            builder.finishToStart(tasks.get(p), current);
        }
        return this;
    }

    ProjectFixture after(String predecessor, DependencyType type, int lag) {
        builder.dependency(tasks.get(predecessor), current, type, lag);
        return this;
    }

    ProjectFixture priority(int priority) {
        builder.priority(current, priority);
        return this;
    }

    ProjectFixture notBefore(int releaseDate) {
        builder.releaseDate(current, releaseDate);
        return this;
    }

    LevelingProblem problem() {
        if (built == null) {
            built = builder.build();
        }
        return built;
    }

    int id(String task) {
        return tasks.get(task);
    }

    LevelingResult levelOnce() {
        return ResourceLeveler.level(problem(), LevelingOptions.singlePass());
    }

    LevelingResult levelOnce(LevelingOptions options) {
        return ResourceLeveler.level(problem(), options);
    }
}
