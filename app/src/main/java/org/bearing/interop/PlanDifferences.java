package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What replacing a project's plan with an updated schedule file would change, computed before anything is written:
 * tasks, links, resources, assignments and calendars added, removed and changed (each change with its fields, old
 * value and new value), the removed tasks kept because other records point at them, and the schedule impact.
 *
 * @param matching how the file's tasks were matched to the plan's
 * @param kept     tasks the file no longer has but that stay in the plan, because actuals, risks or baselines point
 *                 at them; a TPM deletes such a task by hand, knowing what goes with it
 * @param schedule the project finish and the tasks' finishes before and after, from rescheduling the would-be plan
 */
public record PlanDifferences(Section tasks, Section links, Section resources, Section assignments, Section calendars,
                              List<Kept> kept, Matching matching, ScheduleImpact schedule) {

    /** One field that changes, as shown to the user. */
    public record Field(String name, String before, String after) {
    }

    /** An element added, removed or changed; {@code fields} lists what changes (for a change) or what it is. */
    public record Item(String name, List<Field> fields) {
    }

    /** The elements of one kind added, removed and changed. */
    public record Section(List<Item> added, List<Item> removed, List<Item> changed) {
        public static final Section NONE = new Section(List.of(), List.of(), List.of());

        public int count() {
            return added.size() + removed.size() + changed.size();
        }
    }

    /** A task the file dropped that the plan keeps, and what points at it ("2 time entries", "risk 'Vendor late'"). */
    public record Kept(String task, List<String> carries) {
    }

    /**
     * @param byId   tasks matched by the file's unique id recorded at the previous import
     * @param byPath tasks matched by their outline path of names (summary names down to the task's own)
     */
    public record Matching(int byId, int byPath) {
    }

    /**
     * @param moved tasks whose scheduled finish moves, biggest move first
     */
    public record ScheduleImpact(LocalDateTime finishBefore, LocalDateTime finishAfter, List<Moved> moved) {
        public static final ScheduleImpact NONE = new ScheduleImpact(null, null, List.of());
    }

    /** A task's scheduled finish now and after the replacement. */
    public record Moved(String task, LocalDateTime before, LocalDateTime after) {
    }

    /** True when the file holds exactly the plan: applying it would change nothing. */
    public boolean none() {
        return tasks.count() + links.count() + resources.count() + assignments.count() + calendars.count() == 0;
    }

    public PlanDifferences withSchedule(ScheduleImpact impact) {
        return new PlanDifferences(tasks, links, resources, assignments, calendars, kept, matching, impact);
    }

    public PlanDifferences withTasks(Section changedTasks) {
        return new PlanDifferences(changedTasks, links, resources, assignments, calendars, kept, matching, schedule);
    }

    /** The differences as lines of text for a terminal: "+" added, "-" removed, "~" changed, then the schedule impact. */
    public static List<String> describe(PlanDifferences d) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Tasks matched: " + d.matching().byId() + " by unique id, " + d.matching().byPath() + " by outline path");
        String[] titles = {"Tasks", "Links", "Resources", "Assignments", "Calendars"};
        Section[] sections = {d.tasks(), d.links(), d.resources(), d.assignments(), d.calendars()};
        for (int i = 0; i < titles.length; i++) {
            Section s = sections[i];
            if (s.count() == 0) {
                continue;
            }
            lines.add(titles[i] + ": " + s.added().size() + " added, " + s.removed().size() + " removed, " + s.changed().size() + " changed");
            s.added().forEach(item -> lines.add("  + " + item.name() + fields(item, false)));
            s.removed().forEach(item -> lines.add("  - " + item.name()));
            s.changed().forEach(item -> lines.add("  ~ " + item.name() + fields(item, true)));
        }
        d.kept().forEach(k -> lines.add("Kept (not in the file): " + k.task() + " (" + String.join(", ", k.carries()) + ")"));
        ScheduleImpact s = d.schedule();
        lines.add("Project finish: " + s.finishBefore() + " -> " + s.finishAfter() + "; " + s.moved().size() + " task finishes move");
        return lines;
    }

    private static String fields(Item item, boolean change) {
        List<String> parts = new java.util.ArrayList<>();
        item.fields().forEach(f -> parts.add(change ? f.name() + " " + f.before() + " -> " + f.after() : f.name() + " " + f.after()));
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }
}
