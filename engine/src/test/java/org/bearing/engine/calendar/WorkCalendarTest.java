package org.bearing.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final WorkCalendar STANDARD = WorkCalendar.standard();

    private static long at(int y, int mo, int d, int h, int mi) {
        return WallClock.minutes(LocalDateTime.of(y, mo, d, h, mi));
    }

    private static LocalDateTime dt(long minutes) {
        return WallClock.dateTime(minutes);
    }

    @Test
    void wallClockRoundTripsIncludingBefore1970() {
        LocalDateTime t = LocalDateTime.of(1969, 12, 31, 23, 59);
        assertThat(WallClock.dateTime(WallClock.minutes(t))).isEqualTo(t);
        assertThat(WallClock.minutes(LocalDateTime.of(1970, 1, 1, 1, 0))).isEqualTo(60);
    }

    @Test
    void eightHoursFromMondayMorningFinishesMondayEvening() {
        // 2026-01-05 is a Monday
        assertThat(dt(STANDARD.addWorking(at(2026, 1, 5, 8, 0), 480))).isEqualTo(LocalDateTime.of(2026, 1, 5, 17, 0));
    }

    @Test
    void startAtEndOfDayRollsToNextMorning() {
        assertThat(dt(STANDARD.nextWorkingStart(at(2026, 1, 5, 17, 0)))).isEqualTo(LocalDateTime.of(2026, 1, 6, 8, 0));
        assertThat(dt(STANDARD.addWorking(at(2026, 1, 5, 17, 0), 60))).isEqualTo(LocalDateTime.of(2026, 1, 6, 9, 0));
        assertThat(dt(STANDARD.nextWorkingStart(at(2026, 1, 5, 12, 30)))).isEqualTo(LocalDateTime.of(2026, 1, 5, 13, 0));
    }

    @Test
    void subtractingLandsOnStartOfWorkingMinute() {
        assertThat(dt(STANDARD.addWorking(at(2026, 1, 6, 8, 0), -480))).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 0));
        assertThat(dt(STANDARD.addWorking(at(2026, 1, 5, 17, 0), -480))).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 0));
        assertThat(dt(STANDARD.previousWorkingFinish(at(2026, 1, 12, 8, 0)))).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
    }

    @Test
    void fridayPlusOneDaySkipsWeekend() {
        assertThat(dt(STANDARD.addWorking(at(2026, 1, 9, 13, 0), 480))).isEqualTo(LocalDateTime.of(2026, 1, 12, 12, 0));
    }

    @Test
    void workingBetweenCountsOnlyWorkingMinutes() {
        assertThat(STANDARD.workingBetween(at(2026, 1, 5, 8, 0), at(2026, 1, 12, 8, 0))).isEqualTo(2400);
        assertThat(STANDARD.workingBetween(at(2026, 1, 12, 8, 0), at(2026, 1, 5, 8, 0))).isEqualTo(-2400);
        assertThat(STANDARD.workingBetween(at(2026, 1, 5, 11, 0), at(2026, 1, 5, 14, 0))).isEqualTo(120);
    }

    @Test
    void longSpansJumpWeeks() {
        long start = at(2026, 1, 5, 8, 0);
        long tenYears = 2400L * 52 * 10;
        long end = STANDARD.addWorking(start, tenYears);
        assertThat(STANDARD.workingBetween(start, end)).isEqualTo(tenYears);
        assertThat(dt(end).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void holidaysAreSkipped() {
        WorkCalendar cal = WorkCalendar.builder("With holiday").holiday(LocalDate.of(2026, 1, 6)).build();
        assertThat(dt(cal.addWorking(at(2026, 1, 5, 8, 0), 960))).isEqualTo(LocalDateTime.of(2026, 1, 7, 17, 0));
        assertThat(cal.workingBetween(at(2026, 1, 5, 0, 0), at(2026, 1, 10, 0, 0))).isEqualTo(4 * 480);
        assertThat(cal.hours(LocalDate.of(2026, 1, 6))).isEqualTo(WorkingHours.NONE);
        assertThat(dt(cal.addWorking(at(2026, 1, 8, 8, 0), -960))).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 0));
    }

    @Test
    void extraWorkingDayOnSaturday() {
        WorkCalendar cal = WorkCalendar.builder("Sat")
                .exception(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), WorkingHours.parse("09:00-13:00")).build();
        assertThat(dt(cal.addWorking(at(2026, 1, 9, 13, 0), 480))).isEqualTo(LocalDateTime.of(2026, 1, 10, 13, 0));
    }

    @Test
    void derivedCalendarInheritsDefaultDaysAndBaseExceptions() {
        WorkCalendar base = WorkCalendar.builder("Base").holiday(LocalDate.of(2026, 1, 6)).holiday(LocalDate.of(2026, 1, 10)).build();
        WorkCalendar derived = WorkCalendar.derivedFrom(base, "Night shift")
                .day(DayOfWeek.SATURDAY, WorkingHours.parse("08:00-12:00"))
                .exception(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 7), WorkingHours.NONE)
                .build();
        assertThat(derived.isDefaultDay(DayOfWeek.MONDAY)).isTrue();
        assertThat(derived.hours(LocalDate.of(2026, 1, 5))).isEqualTo(WorkingHours.STANDARD);
        assertThat(derived.hours(LocalDate.of(2026, 1, 6))).isEqualTo(WorkingHours.NONE); // base holiday on default day
        assertThat(derived.hours(LocalDate.of(2026, 1, 7))).isEqualTo(WorkingHours.NONE); // own exception
        // Saturday is not a default day, so the base calendar's Saturday exception does not apply
        assertThat(derived.hours(LocalDate.of(2026, 1, 10))).isEqualTo(WorkingHours.parse("08:00-12:00"));
        assertThat(derived.workingBetween(at(2026, 1, 5, 0, 0), at(2026, 1, 12, 0, 0))).isEqualTo(3 * 480 + 240);
    }

    @Test
    void twentyFourHourCalendarIsElapsedTime() {
        WorkCalendar cal = WorkCalendar.twentyFourHour();
        long t = at(2026, 1, 10, 22, 0);
        assertThat(dt(cal.addWorking(t, 180))).isEqualTo(LocalDateTime.of(2026, 1, 11, 1, 0));
        assertThat(cal.workingBetween(t, t + 10_000)).isEqualTo(10_000);
    }

    @Test
    void calendarWithoutWorkingTimeFailsClearly() {
        WorkCalendar none = WorkCalendar.builder("Closed").allDays(WorkingHours.NONE).build();
        assertThatThrownBy(() -> none.addWorking(0, 60)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Closed");
    }

    @Test
    void durationUnitsUseMsProjectDefaults() {
        assertThat(DurationUnits.DEFAULT.days(2)).isEqualTo(960);
        assertThat(DurationUnits.DEFAULT.weeks(1)).isEqualTo(2400);
        assertThat(DurationUnits.DEFAULT.months(1)).isEqualTo(9600);
    }
}
