package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.engine.schedule.NetworkFixture.aNetwork;
import static org.bearing.engine.schedule.NetworkFixture.days;
import static org.bearing.engine.schedule.NetworkFixture.hours;
import static org.bearing.engine.schedule.NetworkFixture.jan;

import org.junit.jupiter.api.Test;

/** Rules that differ between MS Project versions and P6, as observed in their stored files. */
class ToolRulesTest {

    @Test
    void milestoneLateFinishSnapsBackUnlessItIsItsOwnEarlyDate() {
        var r = aNetwork().task("A", days(1)).milestone("M").fs("A", "M").task("B", days(1)).fs("M", "B").schedule();
        assertThat(r.start("M")).isEqualTo(jan(5, 17, 0));
        assertThat(r.lateFinish("M")).isEqualTo(jan(5, 17, 0));
        assertThat(r.lateStart("M")).isEqualTo(jan(5, 17, 0));
        assertThat(r.totalFloat("M")).isZero();
        var held = aNetwork().milestone("M").constraint("M", ConstraintType.START_NO_EARLIER_THAN, jan(6, 8, 0))
                .task("B", days(1)).fs("M", "B").schedule();
        assertThat(held.start("M")).isEqualTo(jan(6, 8, 0));
        assertThat(held.lateFinish("M")).isEqualTo(jan(6, 8, 0));
        assertThat(held.lateStart("M")).isEqualTo(jan(6, 8, 0));
    }

    @Test
    void olderMsProjectSnapsLateFinishBackButProject2010KeepsNextStart() {
        var older = aNetwork().task("A", days(1)).then("B", days(1)).schedule();
        assertThat(older.lateFinish("A")).isEqualTo(jan(5, 17, 0));
        var newer = aNetwork().lateFinishAtNextStart(true).task("A", days(1)).then("B", days(1)).schedule();
        assertThat(newer.lateFinish("A")).isEqualTo(jan(6, 8, 0));
        assertThat(newer.lateStart("A")).isEqualTo(jan(5, 8, 0));
        assertThat(newer.totalFloat("A")).isZero();
    }

    /** As MS Project 2010 and 2019 store task-links-*.mpp, whose tasks are all manually scheduled. */
    @Test
    void manualTaskKeepsLateFinishAtSuccessorsNextStart() {
        var auto = aNetwork().task("A", days(1)).then("B", days(1)).schedule();
        var manual = aNetwork().task("A", days(1)).manual("A").then("B", days(1)).schedule();
        assertThat(auto.lateFinish("A")).isEqualTo(jan(5, 17, 0));
        assertThat(manual.lateFinish("A")).isEqualTo(jan(6, 8, 0));
        assertThat(manual.lateStart("A")).isEqualTo(jan(5, 8, 0));
        assertThat(manual.totalFloat("A")).isZero();
        assertThat(manual.critical("A")).isTrue();
    }

    @Test
    void startLinksDoNotCarryTheirDateBackToAManualPredecessor() {
        // C makes the project finish on Fri 16 Jan; B (SS + 2d from A) ends on Thu 8 Jan
        var auto = aNetwork().task("C", days(10)).task("A", days(1)).task("B", days(1))
                .link("A", "B", LinkType.START_TO_START, Lag.working(days(2))).schedule();
        assertThat(auto.lateFinish("A")).isEqualTo(jan(14, 17, 0));
        var lastSuccessor = aNetwork().task("C", days(10)).task("A", days(1)).manual("A").task("B", days(1))
                .link("A", "B", LinkType.START_TO_START, Lag.working(days(2))).schedule();
        assertThat(lastSuccessor.lateFinish("A")).as("B's late finish: B has no successors")
                .isEqualTo(lastSuccessor.lateFinish("B")).isEqualTo(jan(16, 17, 0));
        var sf = aNetwork().task("C", days(10)).task("A", days(1)).manual("A").task("B", days(1))
                .link("A", "B", LinkType.START_TO_FINISH, Lag.working(days(2))).schedule();
        assertThat(sf.lateFinish("A")).isEqualTo(jan(16, 17, 0));
        var midChain = aNetwork().task("C", days(10)).task("A", days(1)).manual("A").task("B", days(1))
                .link("A", "B", LinkType.START_TO_START, Lag.working(days(2))).task("D", days(1)).fs("B", "D")
                .schedule();
        assertThat(midChain.lateStart("B")).isEqualTo(jan(15, 8, 0));
        assertThat(midChain.lateFinish("A")).as("the project finish").isEqualTo(jan(16, 17, 0));
    }

    @Test
    void startMilestoneSitsAtNextWorkingStart() {
        var r = aNetwork().task("A", days(1)).startMilestone("S").fs("A", "S").task("B", days(1)).fs("S", "B").schedule();
        assertThat(r.start("S")).isEqualTo(jan(6, 8, 0));
        assertThat(r.lateStart("S")).isEqualTo(jan(6, 8, 0));
        assertThat(r.start("B")).isEqualTo(jan(6, 8, 0));
    }

    @Test
    void totalFloatRuleChoosesStartFinishOrSmallest() {
        var fixture = aNetwork().summary("S").task("A", days(1)).in("S").task("B", days(1)).in("S")
                .task("C", days(3)).fs("A", "C");
        assertThat(fixture.schedule().totalFloat("S")).isZero();
        var p6 = aNetwork().totalFloatRule(TotalFloatRule.FINISH).summary("S").task("A", days(1)).in("S")
                .task("B", days(1)).in("S").task("C", days(3)).fs("A", "C").schedule();
        assertThat(p6.totalFloat("S")).isEqualTo(days(3));
        assertThat(p6.totalFloat("B")).isEqualTo(days(3));
    }

    @Test
    void startedTaskLateStartIsActualStartInMsProjectAndFromRemainingInP6() {
        var msp = aNetwork().statusDate(jan(6, 8, 0)).task("A", days(2)).actualStart("A", jan(5, 8, 0))
                .percentComplete("A", 50).schedule();
        assertThat(msp.lateStart("A")).isEqualTo(jan(5, 8, 0));
        var p6 = aNetwork().lateStartAtActualStart(false).statusDate(jan(6, 8, 0)).task("A", days(2))
                .actualStart("A", jan(5, 8, 0)).percentComplete("A", 50).schedule();
        assertThat(p6.finish("A")).isEqualTo(jan(6, 17, 0));
        assertThat(p6.lateStart("A")).isEqualTo(jan(6, 8, 0));
    }

    @Test
    void milestoneLateStartEqualsLateFinish() {
        var r = aNetwork().task("A", days(3)).milestone("M").link("A", "M", LinkType.FINISH_TO_FINISH, Lag.NONE)
                .task("B", days(1)).link("M", "B", LinkType.FINISH_TO_START, Lag.NONE)
                .task("Z", days(10)).schedule();
        assertThat(r.lateStart("M")).isEqualTo(r.lateFinish("M"));
    }

    @Test
    void summaryIsCriticalByItsOwnFloatAndHasFreeFloatToItsSuccessor() {
        var r = aNetwork().summary("S").task("A", days(1)).in("S").task("B", days(1)).in("S")
                .task("C", days(3)).fs("A", "C").task("Y", days(1)).fs("S", "Y").schedule();
        // A -> C is the critical path (Mon-Thu); S finishes Mon, its successor Y can wait until Thu
        assertThat(r.critical("A")).isTrue();
        assertThat(r.totalFloat("S")).isZero();
        assertThat(r.critical("S")).isTrue();
        assertThat(r.freeFloat("S")).isZero();
        var p6 = aNetwork().totalFloatRule(TotalFloatRule.FINISH).summary("S").task("A", days(1)).in("S")
                .task("B", days(1)).in("S").task("C", days(3)).fs("A", "C").task("Y", days(1)).fs("S", "Y").schedule();
        assertThat(p6.totalFloat("S")).isEqualTo(days(2));
        assertThat(p6.critical("S")).isFalse();
        assertThat(p6.critical("A")).isTrue();
    }

    @Test
    void p6StartToFinishSuccessorFinishesAtThePredecessorsStart() {
        var msp = aNetwork().task("A", days(1)).constraint("A", ConstraintType.START_NO_EARLIER_THAN, jan(7, 8, 0))
                .task("B", days(1)).link("A", "B", LinkType.START_TO_FINISH, Lag.NONE).schedule();
        assertThat(msp.finish("B")).isEqualTo(jan(6, 17, 0));
        var p6 = aNetwork().finishAtLinkBound(true).task("A", days(1))
                .constraint("A", ConstraintType.START_NO_EARLIER_THAN, jan(7, 8, 0))
                .task("B", days(1)).link("A", "B", LinkType.START_TO_FINISH, Lag.NONE).schedule();
        assertThat(p6.start("B")).isEqualTo(jan(6, 8, 0));
        assertThat(p6.finish("B")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void primaveraPresetCountsLagsOnThePredecessorCalendarAndLetsLogicWin() {
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(NetworkFixture.MONDAY).primaveraRules();
        int a = b.addTask("A", days(1));
        int c = b.addTask("B", hours(1));
        b.calendar(c, org.bearing.engine.calendar.WorkCalendar.twentyFourHour());
        b.link(a, c, LinkType.FINISH_TO_START, Lag.working(hours(8)));
        b.constraint(c, ConstraintType.FINISH_NO_LATER_THAN, jan(5, 12, 0));
        Schedule s = new CriticalPathScheduler().schedule(b.build());
        assertThat(org.bearing.engine.calendar.WallClock.dateTime(s.start(c))).isEqualTo(jan(6, 17, 0));
        assertThat(s.totalFloat(c)).isNegative();
        assertThat(s.warnings()).noneMatch(w -> w.kind() == ScheduleWarning.Kind.CONSTRAINT_CONFLICT);
    }
}
