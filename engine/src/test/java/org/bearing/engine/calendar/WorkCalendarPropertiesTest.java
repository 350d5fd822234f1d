package org.bearing.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Working-time arithmetic against a minute-by-minute reference on random derived calendars with exceptions. */
class WorkCalendarPropertiesTest {

    private static final LocalDate BASE_DAY = LocalDate.of(2026, 1, 1);
    private static final long T0 = WallClock.minutes(BASE_DAY);

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        Arbitrary<WorkingHours> hours = Arbitraries.of(WorkingHours.NONE, WorkingHours.STANDARD, WorkingHours.ALL_DAY,
                WorkingHours.parse("06:00-10:00, 10:30-14:30"), WorkingHours.parse("22:00-24:00"), WorkingHours.parse("00:00-00:01"));
        Arbitrary<WorkingHours[]> week = hours.array(WorkingHours[].class).ofSize(7);
        Arbitrary<int[]> exceptions = Arbitraries.integers().between(0, 60).array(int[].class).ofMaxSize(8);
        Arbitrary<int[]> derivedDays = Arbitraries.integers().between(-1, 5).array(int[].class).ofSize(7);
        return Combinators.combine(week, exceptions, derivedDays, hours).as((days, ex, derived, exHours) -> {
            WorkCalendar.Builder b = WorkCalendar.builder("base");
            for (int d = 0; d < 7; d++) {
                b.day(DayOfWeek.of(d + 1), days[d]);
            }
            b.day(DayOfWeek.MONDAY, WorkingHours.STANDARD);
            for (int i = 0; i < ex.length; i++) {
                b.exception(BASE_DAY.plusDays(ex[i]), BASE_DAY.plusDays(ex[i] + i % 3), i % 2 == 0 ? WorkingHours.NONE : exHours);
            }
            WorkCalendar base = b.build();
            WorkCalendar.Builder c = WorkCalendar.derivedFrom(base, "derived");
            WorkingHours[] options = {WorkingHours.NONE, WorkingHours.STANDARD, WorkingHours.ALL_DAY,
                    WorkingHours.parse("08:00-12:00"), WorkingHours.parse("13:00-20:00"), WorkingHours.parse("05:00-06:00")};
            for (int d = 0; d < 7; d++) {
                if (derived[d] >= 0) {
                    c.day(DayOfWeek.of(d + 1), options[derived[d]]);
                }
            }
            if (ex.length > 2) {
                c.exception(BASE_DAY.plusDays(ex[0] + 1), BASE_DAY.plusDays(ex[0] + 2), WorkingHours.parse("09:00-11:00"));
            }
            return c.build();
        });
    }

    private static boolean working(WorkCalendar c, long t) {
        return c.hours(WallClock.date(t)).isWorkingMinute((int) Math.floorMod(t, 1440L));
    }

    @Property(tries = 150)
    void workingBetweenMatchesMinuteCount(@ForAll("calendars") WorkCalendar c, @ForAll @IntRange(min = 0, max = 100_000) int a,
            @ForAll @IntRange(min = 0, max = 20_000) int len) {
        long from = T0 + a;
        long count = 0;
        for (long t = from; t < from + len; t++) {
            if (working(c, t)) {
                count++;
            }
        }
        assertThat(c.workingBetween(from, from + len)).isEqualTo(count);
    }

    @Property(tries = 150)
    void addWorkingIsTheEndOfTheLastWorkingMinute(@ForAll("calendars") WorkCalendar c,
            @ForAll @IntRange(min = 0, max = 100_000) int a, @ForAll @IntRange(min = 1, max = 3_000) int minutes) {
        long from = T0 + a;
        long t = from;
        long left = minutes;
        long guard = 0;
        while (left > 0 && guard++ < 2_000_000) {
            if (working(c, t)) {
                left--;
            }
            t++;
        }
        if (left == 0) {
            assertThat(c.addWorking(from, minutes)).isEqualTo(t);
            long back = c.addWorking(t, -minutes);
            assertThat(c.workingBetween(back, t)).isEqualTo(minutes);
            assertThat(working(c, back)).isTrue();
            assertThat(c.nextWorkingStart(from)).isLessThanOrEqualTo(t - 1);
            assertThat(working(c, c.nextWorkingStart(from))).isTrue();
            assertThat(c.workingBetween(from, c.nextWorkingStart(from))).isZero();
        }
    }
}
