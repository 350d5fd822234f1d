package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bearing.plan.Assignment;
import org.bearing.plan.ConstraintType;
import org.bearing.plan.Dependency;
import org.bearing.plan.DependencyType;
import org.bearing.plan.Lag;
import org.bearing.plan.LagUnit;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differences between a plan and an updated schedule file, computed without a database: which tasks, links,
 * resources and assignments the file adds, removes and changes, matched by the file's recorded unique id or else by
 * outline path, and which removed tasks are kept because something points at them.
 */
class PlanComparisonTest {
    @TempDir
    Path dir;

    /** Design (Spec 2d, Review 1d), Build 5d, Test 3d, chained FS; as an earlier import left it. */
    private static List<Task> plan() {
        return List.of(task(10, null, 0, "Design", 0, true), task(11, 10L, 0, "Spec", 2, false), task(12, 10L, 1, "Review", 1, false),
                task(13, null, 1, "Build", 5, false), task(14, null, 2, "Test", 3, false));
    }

    private static List<Dependency> chain() {
        return List.of(link(1, 11, 12, DependencyType.FS, 0), link(2, 12, 13, DependencyType.FS, 0), link(3, 13, 14, DependencyType.FS, 0));
    }

    private PlanSnapshot snapshot(Map<Long, String> externalIds, Map<Long, List<String>> references) {
        return new PlanSnapshot(1, 3, plan(), externalIds, chain(), List.of(), List.of(), List.of(), references, Set.of());
    }

    private ImportedSchedule read(Mspdi file) throws Exception {
        Path p = dir.resolve("update-" + System.nanoTime() + ".xml");
        Files.write(p, file.bytes());
        return new ScheduleFileReader().read(p, "update.xml");
    }

    /** The same outline under new unique ids (another export), Review now 1.5 days, Test dropped, Deploy added. */
    private static Mspdi renumbered() {
        return Mspdi.project("Update").task(101, 1, "Design", 0).task(102, 2, "Spec", 2).task(103, 2, "Review", 1.5)
                .task(104, 1, "Build", 5).task(106, 1, "Deploy", 1)
                .link(102, 103, "FS", 0).link(103, 104, "SS", 1).link(104, 106, "FS", 0);
    }

    @Test
    void withoutRecordedIdsTasksMatchByOutlinePathAndTheChangesAreListedFieldByField() throws Exception {
        PlanComparison c = PlanComparison.of(snapshot(Map.of(), Map.of()), read(renumbered()));
        PlanDifferences d = c.differences(Map.of());

        assertThat(d.matching().byPath()).isEqualTo(4);
        assertThat(d.matching().byId()).isZero();
        assertThat(names(d.tasks().added())).containsExactly("Deploy");
        assertThat(names(d.tasks().removed())).containsExactly("Test");
        assertThat(names(d.tasks().changed())).containsExactly("Review");
        assertThat(d.tasks().changed().get(0).fields()).containsExactly(new PlanDifferences.Field("duration", "1d", "1.5d"));

        assertThat(names(d.links().added())).containsExactly("Build → Deploy");
        assertThat(names(d.links().removed())).containsExactly("Build → Test");
        assertThat(names(d.links().changed())).containsExactly("Review → Build");
        assertThat(d.links().changed().get(0).fields()).containsExactly(new PlanDifferences.Field("type", "FS", "SS"),
                new PlanDifferences.Field("lag", "0d", "1d"));
        assertThat(d.kept()).isEmpty();
        assertThat(d.none()).isFalse();
    }

    @Test
    void aRecordedUniqueIdMatchesATaskRenamedAndMovedUnderAnotherSummary() throws Exception {
        Map<Long, String> ids = Map.of(10L, "1", 11L, "2", 12L, "3", 13L, "4", 14L, "5");
        Mspdi file = Mspdi.project("Update").task(1, 1, "Design", 0).task(2, 2, "Spec", 2).task(3, 2, "Review", 1)
                .task(4, 2, "Build and integrate", 5).task(5, 1, "Test", 3)
                .link(2, 3, "FS", 0).link(3, 4, "FS", 0).link(4, 5, "FS", 0);
        PlanDifferences d = PlanComparison.of(snapshot(ids, Map.of()), read(file)).differences(Map.of());

        assertThat(d.matching().byId()).isEqualTo(5);
        assertThat(d.tasks().added()).isEmpty();
        assertThat(d.tasks().removed()).isEmpty();
        assertThat(names(d.tasks().changed())).containsExactly("Build");
        assertThat(d.tasks().changed().get(0).fields()).containsExactly(
                new PlanDifferences.Field("name", "Build", "Build and integrate"),
                new PlanDifferences.Field("outline", "(top level)", "Design"));
        assertThat(d.links().count()).isZero();
    }

    @Test
    void theSameOutlineShowsNoDifferences() throws Exception {
        Mspdi same = Mspdi.project("Same").task(1, 1, "Design", 0).task(2, 2, "Spec", 2).task(3, 2, "Review", 1)
                .task(4, 1, "Build", 5).task(5, 1, "Test", 3).link(2, 3, "FS", 0).link(3, 4, "FS", 0).link(4, 5, "FS", 0);
        PlanSnapshot plan = new PlanSnapshot(1, 3, plan(), Map.of(), chain(), List.of(), List.of(), List.of(standard(true)), Map.of(), Set.of());
        PlanDifferences d = PlanComparison.of(plan, read(same)).differences(Map.of());
        assertThat(d.none()).as("%s", d).isTrue();
        assertThat(d.matching().byPath()).isEqualTo(5);

        // The plan's Standard calendar had Fridays off: the file's working Fridays are a change of that calendar.
        PlanSnapshot fridaysOff = new PlanSnapshot(1, 3, plan(), Map.of(), chain(), List.of(), List.of(), List.of(standard(false)), Map.of(), Set.of());
        PlanDifferences c = PlanComparison.of(fridaysOff, read(same)).differences(Map.of());
        assertThat(names(c.calendars().changed())).containsExactly("Standard");
        assertThat(c.calendars().changed().get(0).fields().get(0).before()).contains("Fri off");
        assertThat(c.calendars().changed().get(0).fields().get(0).after()).contains("Fri 08:00-12:00,13:00-17:00");
        assertThat(c.calendars().added()).isEmpty();
    }

    private static org.bearing.plan.ProjectCalendar standard(boolean fridays) {
        List<org.bearing.plan.CalendarDay> week = new java.util.ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            boolean working = day.getValue() <= (fridays ? 5 : 4);
            week.add(new org.bearing.plan.CalendarDay(day, working ? org.bearing.plan.CalendarDay.Mode.WORKING : org.bearing.plan.CalendarDay.Mode.NONWORKING,
                    working ? org.bearing.plan.WorkingPeriod.parseList("08:00-12:00,13:00-17:00") : List.of()));
        }
        return new org.bearing.plan.ProjectCalendar(7, 0, 1L, "Standard", null, 480, 2400, 20, week, List.of());
    }

    @Test
    void aDroppedTaskThatActualsPointAtIsKeptNotDeleted() throws Exception {
        PlanComparison c = PlanComparison.of(snapshot(Map.of(), Map.of(14L, List.of("2 time entries", "1 linked risk"))), read(renumbered()));
        PlanDifferences d = c.differences(Map.of());
        assertThat(d.tasks().removed()).isEmpty();
        assertThat(c.removedTasks).isEmpty();
        assertThat(c.keptTasks).extracting(Task::id).containsExactly(14L);
        assertThat(d.kept()).containsExactly(new PlanDifferences.Kept("Test", List.of("2 time entries", "1 linked risk")));
    }

    @Test
    void resourcesMatchByNameAndAssignmentsByTaskAndResource() throws Exception {
        List<Resource> resources = List.of(resource(50, "Dev", 100), resource(51, "Old", 60));
        List<Assignment> assignments = List.of(new Assignment(70, 0, 1, 13, 50, BigDecimal.ONE, 2400, 0),
                new Assignment(71, 0, 1, 11, 51, BigDecimal.ONE, 960, 0));
        PlanSnapshot plan = new PlanSnapshot(1, 3, plan(), Map.of(), chain(), resources, assignments, List.of(), Map.of(), Set.of());
        Mspdi file = Mspdi.project("Update").task(1, 1, "Design", 0).task(2, 2, "Spec", 2).task(3, 2, "Review", 1)
                .task(4, 1, "Build", 5).task(5, 1, "Test", 3).link(2, 3, "FS", 0).link(3, 4, "FS", 0).link(4, 5, "FS", 0)
                .resource(1, "Dev", 120).resource(2, "New", 80).assign(1, 4, 1, 0.5).assign(2, 2, 2, 1);
        PlanDifferences d = PlanComparison.of(plan, read(file)).differences(Map.of());

        assertThat(names(d.resources().added())).containsExactly("New");
        assertThat(names(d.resources().removed())).containsExactly("Old");
        assertThat(names(d.resources().changed())).containsExactly("Dev");
        assertThat(d.resources().changed().get(0).fields()).contains(new PlanDifferences.Field("standard rate", "100", "120"));
        assertThat(names(d.assignments().added())).containsExactly("New on Spec");
        assertThat(names(d.assignments().removed())).containsExactly("Old on Spec");
        assertThat(names(d.assignments().changed())).containsExactly("Dev on Build");
        assertThat(d.assignments().changed().get(0).fields()).contains(new PlanDifferences.Field("units", "1", "0.5"));
        assertThat(d.tasks().count()).isZero();
    }

    @Test
    void theFingerprintMovesWithAnyEditAndIgnoresOrder() {
        PlanSnapshot a = snapshot(Map.of(), Map.of());
        List<Task> edited = new java.util.ArrayList<>(plan());
        Task t = edited.get(4);
        edited.set(4, new Task(t.id(), t.version() + 1, t.projectId(), t.parentId(), t.position(), null, t.name(), false, false, null,
                t.durationMinutes(), 0, ConstraintType.ASAP, null, null, 500, BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, null, null, null));
        PlanSnapshot b = new PlanSnapshot(1, 3, edited, Map.of(), chain(), List.of(), List.of(), List.of(), Map.of(), Set.of());
        PlanSnapshot reversed = new PlanSnapshot(1, 3, reversed(plan()), Map.of(), reversed(chain()), List.of(), List.of(), List.of(),
                Map.of(), Set.of());
        assertThat(a.fingerprint()).hasSize(64).isEqualTo(reversed.fingerprint()).isNotEqualTo(b.fingerprint());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> names(List<PlanDifferences.Item> items) {
        return items.stream().map(PlanDifferences.Item::name).toList();
    }

    private static Task task(long id, Long parent, int position, String name, double days, boolean summary) {
        return new Task(id, 0, 1, parent, position, null, name, false, summary, null, summary ? 0 : Math.round(days * 480), 0,
                ConstraintType.ASAP, null, null, 500, BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, null, null, null);
    }

    private static Dependency link(long id, long p, long s, DependencyType type, long lag) {
        return new Dependency(id, 0, 1, p, s, type, new Lag(lag, LagUnit.WORKING_MINUTES));
    }

    private static Resource resource(long id, String name, double rate) {
        return new Resource(id, 0, 1L, name, ResourceType.WORK, null, null, null, null, BigDecimal.ONE, BigDecimal.valueOf(rate),
                BigDecimal.ZERO, BigDecimal.ZERO, null);
    }
}
