package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.engine.schedule.NetworkFixture.aNetwork;
import static org.bearing.engine.schedule.NetworkFixture.days;
import static org.bearing.engine.schedule.NetworkFixture.jan;

import org.junit.jupiter.api.Test;

class ConstraintsTest {

    @Test
    void startNoEarlierThanDelaysTask() {
        var r = aNetwork().task("A", days(1)).constraint("A", ConstraintType.START_NO_EARLIER_THAN, jan(7, 8, 0)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void finishNoEarlierThanDelaysFinish() {
        var r = aNetwork().task("A", days(2)).constraint("A", ConstraintType.FINISH_NO_EARLIER_THAN, jan(9, 17, 0)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(8, 8, 0));
        assertThat(r.finish("A")).isEqualTo(jan(9, 17, 0));
    }

    @Test
    void honoredFinishNoLaterThanHoldsTaskAndReportsConflict() {
        var r = aNetwork().task("A", days(5)).then("B", days(2))
                .constraint("B", ConstraintType.FINISH_NO_LATER_THAN, jan(7, 17, 0)).schedule();
        assertThat(r.finish("B")).isEqualTo(jan(7, 17, 0));
        assertThat(r.schedule().warnings()).anyMatch(w -> w.kind() == ScheduleWarning.Kind.CONSTRAINT_CONFLICT && w.taskName().equals("B"));
    }

    @Test
    void logicFirstFinishNoLaterThanGivesNegativeFloat() {
        var r = aNetwork().honorConstraintDates(false).task("A", days(5)).then("B", days(2))
                .constraint("B", ConstraintType.FINISH_NO_LATER_THAN, jan(7, 17, 0)).schedule();
        assertThat(r.finish("B")).isEqualTo(jan(13, 17, 0));
        assertThat(r.lateFinish("B")).isEqualTo(jan(7, 17, 0));
        assertThat(r.totalFloat("B")).isEqualTo(-days(4));
        assertThat(r.totalFloat("A")).isEqualTo(-days(4));
        assertThat(r.critical("A")).isTrue();
        assertThat(r.schedule().warnings()).anyMatch(w -> w.kind() == ScheduleWarning.Kind.NEGATIVE_FLOAT);
    }

    @Test
    void mustStartOnFixesStart() {
        var r = aNetwork().task("A", days(1)).then("B", days(1))
                .constraint("B", ConstraintType.MUST_START_ON, jan(8, 8, 0)).schedule();
        assertThat(r.start("B")).isEqualTo(jan(8, 8, 0));
        assertThat(r.lateStart("B")).isEqualTo(jan(8, 8, 0));
        assertThat(r.totalFloat("A")).isEqualTo(days(2));
    }

    @Test
    void mandatoryFinishOverridesLogic() {
        var r = aNetwork().honorConstraintDates(false).task("A", days(3)).then("B", days(1))
                .constraint("B", ConstraintType.MANDATORY_FINISH, jan(6, 17, 0)).schedule();
        assertThat(r.finish("B")).isEqualTo(jan(6, 17, 0));
        assertThat(r.schedule().warnings()).anyMatch(w -> w.kind() == ScheduleWarning.Kind.CONSTRAINT_CONFLICT);
    }

    @Test
    void startOnBoundsBothPasses() {
        var r = aNetwork().honorConstraintDates(false).task("A", days(1)).task("Z", days(5))
                .constraint("A", ConstraintType.START_ON, jan(7, 8, 0)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(7, 8, 0));
        assertThat(r.lateStart("A")).isEqualTo(jan(7, 8, 0));
        assertThat(r.totalFloat("A")).isZero();
    }

    @Test
    void asLateAsPossibleUsesLateDates() {
        var r = aNetwork().task("A", days(3)).then("C", days(1)).task("B", days(1))
                .constraint("B", ConstraintType.AS_LATE_AS_POSSIBLE, null).schedule();
        assertThat(r.start("B")).isEqualTo(jan(8, 8, 0));
        assertThat(r.finish("B")).isEqualTo(jan(8, 17, 0));
    }

    @Test
    void asLateAsPossibleTaskFeedsItsSuccessorFromLateDates() {
        var r = aNetwork().task("A", days(3)).then("C", days(1)).task("B", days(1)).then("D", days(1))
                .constraint("B", ConstraintType.AS_LATE_AS_POSSIBLE, null).schedule();
        assertThat(r.start("B")).isEqualTo(jan(7, 8, 0));
        assertThat(r.start("D")).isEqualTo(jan(8, 8, 0));
    }

    @Test
    void deadlineLimitsLateFinishNotStart() {
        var r = aNetwork().task("A", days(3)).deadline("A", jan(6, 17, 0)).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(7, 17, 0));
        assertThat(r.lateFinish("A")).isEqualTo(jan(6, 17, 0));
        assertThat(r.totalFloat("A")).isEqualTo(-days(1));
        assertThat(r.schedule().warnings()).anyMatch(w -> w.kind() == ScheduleWarning.Kind.DEADLINE_MISSED);
    }

    @Test
    void fixedProjectFinishGivesFloat() {
        var r = aNetwork().projectFinish(jan(9, 17, 0)).task("A", days(3)).schedule();
        assertThat(r.totalFloat("A")).isEqualTo(days(2));
        assertThat(r.critical("A")).isFalse();
    }
}
