package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bearing.engine.schedule.NetworkFixture.aNetwork;
import static org.bearing.engine.schedule.NetworkFixture.days;
import static org.bearing.engine.schedule.NetworkFixture.hours;
import static org.bearing.engine.schedule.NetworkFixture.jan;

import org.junit.jupiter.api.Test;

class SummaryAndProgressTest {

    @Test
    void summaryRollsUpChildren() {
        var r = aNetwork().summary("S").task("A", days(2)).in("S").then("B", days(3)).in("S").schedule();
        assertThat(r.start("S")).isEqualTo(jan(5, 8, 0));
        assertThat(r.finish("S")).isEqualTo(jan(9, 17, 0));
        assertThat(r.critical("S")).isTrue();
    }

    @Test
    void linkIntoSummaryDelaysAllChildrenAndLinkOutUsesRolledUpFinish() {
        var r = aNetwork().task("X", days(1))
                .summary("S").task("A", days(2)).in("S").then("B", days(3)).in("S").task("C", days(1)).in("S")
                .task("Y", days(1))
                .fs("X", "S").fs("S", "Y").schedule();
        assertThat(r.start("A")).isEqualTo(jan(6, 8, 0));
        assertThat(r.start("C")).isEqualTo(jan(6, 8, 0));
        assertThat(r.finish("B")).isEqualTo(jan(12, 17, 0));
        assertThat(r.finish("S")).isEqualTo(jan(12, 17, 0));
        assertThat(r.start("Y")).isEqualTo(jan(13, 8, 0));
        // C can slip until B's finish because the summary's successor limits every child
        assertThat(r.lateFinish("C")).isEqualTo(jan(12, 17, 0));
        assertThat(r.critical("X")).isTrue();
        assertThat(r.critical("C")).isFalse();
    }

    @Test
    void startToStartFromSummaryUsesEarliestChild() {
        var r = aNetwork().summary("S").task("A", days(2)).in("S").task("B", days(1)).in("S")
                .constraint("B", ConstraintType.START_NO_EARLIER_THAN, jan(7, 8, 0))
                .task("Y", days(1)).link("S", "Y", LinkType.START_TO_START, Lag.working(days(1))).schedule();
        assertThat(r.start("Y")).isEqualTo(jan(6, 8, 0));
    }

    @Test
    void nestedSummariesInheritLinks() {
        var r = aNetwork().task("X", days(2)).summary("S").summary("T").in("S").task("A", days(1)).in("T")
                .fs("X", "S").schedule();
        assertThat(r.start("A")).isEqualTo(jan(7, 8, 0));
        assertThat(r.start("T")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void linkFromTaskToItsOwnSummaryIsACycle() {
        assertThatThrownBy(() -> aNetwork().summary("S").task("A", days(1)).in("S").fs("A", "S").build())
                .isInstanceOf(ScheduleCycleException.class);
    }

    @Test
    void cycleIsReportedWithTaskNamesInOrder() {
        var fixture = aNetwork().task("A", days(1)).then("B", days(1)).then("C", days(1)).task("D", days(1)).fs("C", "A").fs("A", "D");
        assertThatThrownBy(fixture::build).isInstanceOfSatisfying(ScheduleCycleException.class, e -> {
            assertThat(e.cycle()).hasSize(3).containsExactlyInAnyOrder("A", "B", "C");
            int a = e.cycle().indexOf("A");
            assertThat(e.cycle().get((a + 1) % 3)).isEqualTo("B");
            assertThat(e.cycle().get((a + 2) % 3)).isEqualTo("C");
            assertThat(e.getMessage()).contains("->");
        });
    }

    @Test
    void completedTaskKeepsActualDates() {
        var r = aNetwork().statusDate(jan(7, 8, 0))
                .task("A", days(3)).actualStart("A", jan(5, 8, 0)).actualFinish("A", jan(6, 17, 0))
                .then("B", days(1)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(5, 8, 0));
        assertThat(r.finish("A")).isEqualTo(jan(6, 17, 0));
        assertThat(r.critical("A")).isFalse();
        assertThat(r.start("B")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void aTaskAllDoneWithoutAnActualFinishFinishesWhenItsDurationRanOutNotAtTheStatusDate() {
        var r = aNetwork().statusDate(jan(14, 8, 0))
                .task("A", days(3)).actualStart("A", jan(5, 8, 0)).percentComplete("A", 100)
                .then("B", days(1)).schedule();
        assertThat(r.finish("A")).as("3 working days from Mon 08:00, as MS Project fills in the actual finish")
                .isEqualTo(jan(7, 17, 0));
        assertThat(r.start("B")).as("unstarted work still waits for the status date").isEqualTo(jan(14, 8, 0));
    }

    @Test
    void unstartedWorkWaitsForStatusDate() {
        var r = aNetwork().statusDate(jan(8, 8, 0)).task("A", days(1)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(8, 8, 0));
    }

    @Test
    void remainingWorkOfStartedTaskIsScheduledFromStatusDate() {
        var r = aNetwork().statusDate(jan(7, 8, 0))
                .task("A", days(3)).actualStart("A", jan(5, 8, 0)).percentComplete("A", 25)
                .then("B", days(1)).schedule();
        // 25% of 3 d done, 2.25 d = 18 h remain from Wed 08:00: Wed, Thu, Fri until 10:00
        assertThat(r.start("A")).isEqualTo(jan(5, 8, 0));
        assertThat(r.finish("A")).isEqualTo(jan(9, 10, 0));
        assertThat(r.start("B")).isEqualTo(jan(9, 10, 0));
    }

    @Test
    void withoutStatusDateStartedTaskFinishesAfterItsDuration() {
        var r = aNetwork().task("A", days(2)).actualStart("A", jan(6, 8, 0)).percentComplete("A", 50).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(7, 17, 0));
    }

    @Test
    void outOfSequenceProgressRetainedLogicWaitsForPredecessor() {
        var r = aNetwork().statusDate(jan(6, 8, 0)).progressPolicy(ProgressPolicy.RETAINED_LOGIC)
                .task("A", days(3)).then("B", days(2)).actualStart("B", jan(5, 8, 0)).percentComplete("B", 50).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(8, 17, 0));
        assertThat(r.start("B")).isEqualTo(jan(5, 8, 0));
        assertThat(r.finish("B")).isEqualTo(jan(9, 17, 0));
        assertThat(r.schedule().warnings()).anyMatch(w -> w.kind() == ScheduleWarning.Kind.OUT_OF_SEQUENCE);
    }

    @Test
    void outOfSequenceProgressOverrideContinuesAtStatusDate() {
        var r = aNetwork().statusDate(jan(6, 8, 0)).progressPolicy(ProgressPolicy.PROGRESS_OVERRIDE)
                .task("A", days(3)).then("B", days(2)).actualStart("B", jan(5, 8, 0)).percentComplete("B", 50).schedule();
        assertThat(r.finish("B")).isEqualTo(jan(6, 17, 0));
    }

    @Test
    void remainingDurationOverridesPercent() {
        var r = aNetwork().statusDate(jan(6, 8, 0)).task("A", days(3)).actualStart("A", jan(5, 8, 0)).schedule();
        var net = r.schedule().network().withProgress(r.id("A"), r.schedule().network().projectStart(), NetworkBuilder.NONE, hours(4));
        Schedule s = new CriticalPathScheduler().schedule(net);
        assertThat(org.bearing.engine.calendar.WallClock.dateTime(s.finish(r.id("A")))).isEqualTo(jan(6, 12, 0));
    }

    @Test
    void calendarRunningOutOfWorkingTimeNamesTheTask() {
        org.bearing.engine.calendar.WorkCalendar closing = org.bearing.engine.calendar.WorkCalendar.builder("Closing")
                .allDays(org.bearing.engine.calendar.WorkingHours.NONE)
                .exception(java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 1, 6),
                        org.bearing.engine.calendar.WorkingHours.STANDARD).build();
        var fixture = aNetwork().task("Short", days(1)).calendar("Short", closing).task("Too long", days(5)).calendar("Too long", closing);
        org.assertj.core.api.Assertions.assertThatThrownBy(fixture::schedule)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Too long").hasMessageContaining("Closing");
    }
}
