package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.engine.schedule.NetworkFixture.aNetwork;
import static org.bearing.engine.schedule.NetworkFixture.days;
import static org.bearing.engine.schedule.NetworkFixture.hours;
import static org.bearing.engine.schedule.NetworkFixture.jan;

import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

/** Hand-checked MS Project results; the project starts Monday 2026-01-05 08:00 on the standard calendar. */
class LinkTypesAndLagsTest {

    @Test
    void finishToStartChainsWholeDays() {
        var r = aNetwork().task("A", days(3)).then("B", days(2)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(5, 8, 0));
        assertThat(r.finish("A")).isEqualTo(jan(7, 17, 0));
        assertThat(r.start("B")).isEqualTo(jan(8, 8, 0));
        assertThat(r.finish("B")).isEqualTo(jan(9, 17, 0));
        assertThat(r.critical("A")).isTrue();
        assertThat(r.critical("B")).isTrue();
        assertThat(r.totalFloat("A")).isZero();
    }

    @Test
    void startToStartWithLag() {
        var r = aNetwork().task("A", days(3)).task("B", days(1))
                .link("A", "B", LinkType.START_TO_START, Lag.working(days(1))).schedule();
        assertThat(r.start("B")).isEqualTo(jan(6, 8, 0));
        assertThat(r.finish("B")).isEqualTo(jan(6, 17, 0));
        assertThat(r.totalFloat("B")).isEqualTo(days(1));
        assertThat(r.freeFloat("B")).isEqualTo(days(1));
        assertThat(r.critical("B")).isFalse();
    }

    @Test
    void finishToFinishAlignsFinishes() {
        var r = aNetwork().task("A", days(3)).task("B", days(1))
                .link("A", "B", LinkType.FINISH_TO_FINISH, Lag.NONE).schedule();
        assertThat(r.start("B")).isEqualTo(jan(7, 8, 0));
        assertThat(r.finish("B")).isEqualTo(jan(7, 17, 0));
        assertThat(r.critical("B")).isTrue();
    }

    @Test
    void startToFinishWithLag() {
        var r = aNetwork().task("A", days(2)).task("B", days(1))
                .link("A", "B", LinkType.START_TO_FINISH, Lag.working(days(2))).schedule();
        assertThat(r.finish("B")).isEqualTo(jan(6, 17, 0));
        assertThat(r.start("B")).isEqualTo(jan(6, 8, 0));
    }

    @Test
    void startToFinishCannotPullBeforeProjectStart() {
        var r = aNetwork().task("A", days(2)).task("B", days(1))
                .link("A", "B", LinkType.START_TO_FINISH, Lag.NONE).schedule();
        assertThat(r.start("B")).isEqualTo(jan(5, 8, 0));
    }

    @Test
    void leadOverlapsTasks() {
        var r = aNetwork().task("A", days(3)).task("B", days(1))
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(-days(1))).schedule();
        assertThat(r.start("B")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void partialDayLagContinuesAfterLunch() {
        var r = aNetwork().task("A", hours(3)).task("B", hours(2))
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(hours(2))).schedule();
        // A 08:00-11:00; lag 11:00-12:00 and 13:00-14:00; B 14:00-16:00
        assertThat(r.start("B")).isEqualTo(jan(5, 14, 0));
        assertThat(r.finish("B")).isEqualTo(jan(5, 16, 0));
    }

    @Test
    void elapsedLagIgnoresWorkingTime() {
        var r = aNetwork().task("A", days(1)).task("B", days(1))
                .link("A", "B", LinkType.FINISH_TO_START, Lag.elapsed(24 * 60)).schedule();
        // A finishes Mon 17:00; +24h = Tue 17:00; B rolls to Wed 08:00
        assertThat(r.start("B")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void percentLagIsShareOfPredecessorDuration() {
        var r = aNetwork().task("A", days(4)).task("B", days(1))
                .link("A", "B", LinkType.START_TO_START, Lag.percent(50)).schedule();
        assertThat(r.start("B")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void percentLagThatRoundsToNoTimeLeavesTheChainCritical() {
        // 0.05 % of 3.5 h is 0.1 min: no lag at all. A (on a shift calendar) finishes at 12:00, the end of the
        // morning on the summary's calendar, where the lag is counted; the backward pass must not step back from
        // there to the minute starting at 11:59.
        var shift = WorkCalendar.builder("Shift").weekdays(WorkingHours.parse("06:00-10:00, 10:30-14:30")).build();
        var r = aNetwork().task("A", hours(3.5)).calendar("A", shift)
                .summary("S").milestone("M").in("S").calendar("M", shift)
                .link("A", "S", LinkType.FINISH_TO_START, Lag.percent(0.05)).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(5, 12, 0));
        assertThat(r.start("M")).isEqualTo(jan(5, 12, 0));
        assertThat(r.totalFloat("A")).isZero();
        assertThat(r.critical("A")).isTrue();
    }

    @Test
    void lagIsCountedOnSuccessorCalendarByDefault() {
        var r = aNetwork().task("A", days(1)).task("B", hours(1))
                .calendar("B", WorkCalendar.twentyFourHour())
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(hours(8))).schedule();
        assertThat(r.start("B")).isEqualTo(jan(6, 1, 0));
    }

    @Test
    void lagCalendarCanBeThePredecessors() {
        var r = aNetwork().task("A", days(1)).task("B", hours(1))
                .calendar("B", WorkCalendar.twentyFourHour())
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(hours(8)))
                .linkLagCalendar("A", "B", LagCalendar.PREDECESSOR).schedule();
        assertThat(r.start("B")).isEqualTo(jan(6, 17, 0));
    }

    @Test
    void milestoneSitsAtEndOfItsPredecessorsDay() {
        var r = aNetwork().task("A", days(1)).milestone("M").fs("A", "M").schedule();
        assertThat(r.start("M")).isEqualTo(jan(5, 17, 0));
        assertThat(r.finish("M")).isEqualTo(jan(5, 17, 0));
        assertThat(r.critical("M")).isTrue();
    }

    @Test
    void parallelShortBranchHasFloatLimitedByItsSuccessor() {
        var r = aNetwork().task("A", days(3)).task("C", days(1)).task("B", days(1)).fs("A", "B").fs("C", "B").schedule();
        assertThat(r.start("B")).isEqualTo(jan(8, 8, 0));
        assertThat(r.totalFloat("C")).isEqualTo(days(2));
        assertThat(r.freeFloat("C")).isEqualTo(days(2));
        assertThat(r.lateFinish("C")).isEqualTo(jan(7, 17, 0));
        assertThat(r.lateStart("C")).isEqualTo(jan(7, 8, 0));
    }

    @Test
    void holidaysPushWork() {
        WorkCalendar cal = WorkCalendar.builder("Holiday").holiday(java.time.LocalDate.of(2026, 1, 6)).build();
        var r = aNetwork().projectCalendar(cal).task("A", days(3)).then("B", days(1)).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(8, 17, 0));
        assertThat(r.start("B")).isEqualTo(jan(9, 8, 0));
    }

    @Test
    void taskCalendarDecidesItsOwnWorkingTime() {
        WorkCalendar nights = WorkCalendar.builder("Nights").weekdays(org.bearing.engine.calendar.WorkingHours.parse("20:00-24:00")).build();
        var r = aNetwork().task("A", days(1)).then("B", hours(6)).calendar("B", nights).schedule();
        // B starts Mon 20:00, works 4 h, continues Tue 20:00-22:00
        assertThat(r.start("B")).isEqualTo(jan(5, 20, 0));
        assertThat(r.finish("B")).isEqualTo(jan(6, 22, 0));
    }
}
