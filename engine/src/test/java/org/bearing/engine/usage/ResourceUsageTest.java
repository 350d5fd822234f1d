package org.bearing.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

class ResourceUsageTest {
    private static final WorkCalendar STANDARD = WorkCalendar.standard();
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static long at(LocalDate d, int hour) {
        return WallClock.minutes(LocalDateTime.of(d, java.time.LocalTime.of(hour, 0)));
    }

    private static long[] weeks(int n) {
        long[] b = new long[n + 1];
        for (int i = 0; i <= n; i++) {
            b[i] = WallClock.minutes(MONDAY.plusWeeks(i));
        }
        return b;
    }

    @Test
    void aHalfTimeBookingUsesHalfTheWorkingMinutesOfTheWeeksItSpans() {
        // Thursday 08:00 to next Tuesday 17:00: 2 days in week 1, 2 days in week 2, at 50 %.
        var b = new ResourceUsage.Booking(0, at(MONDAY.plusDays(3), 8), at(MONDAY.plusDays(8), 17), 0.5, STANDARD);
        ResourceUsage u = ResourceUsage.of(new double[] {1}, new WorkCalendar[] {STANDARD}, List.of(b), weeks(2));
        assertThat(u.demand(0, 0)).isEqualTo(0.5 * 2 * 480);
        assertThat(u.demand(0, 1)).isEqualTo(0.5 * 2 * 480);
        assertThat(u.capacity(0, 0)).isEqualTo(2400);
        assertThat(u.overAllocated(0, 0)).isFalse();
    }

    @Test
    void twoFullTimeTasksAtOnceOverAllocateEvenWhenTheWeekTotalFits() {
        var monday = new ResourceUsage.Booking(0, at(MONDAY, 8), at(MONDAY, 17), 1, STANDARD);
        var alsoMonday = new ResourceUsage.Booking(0, at(MONDAY, 13), at(MONDAY.plusDays(1), 17), 1, STANDARD);
        ResourceUsage u = ResourceUsage.of(new double[] {1}, new WorkCalendar[] {STANDARD}, List.of(monday, alsoMonday), weeks(1));
        assertThat(u.demand(0, 0)).isEqualTo(480 + 720);
        assertThat(u.demand(0, 0)).isLessThan(u.capacity(0, 0));
        assertThat(u.peakUnits(0, 0)).isEqualTo(2);
        assertThat(u.overAllocated(0, 0)).isTrue();
    }

    @Test
    void backToBackTasksDoNotOverlap() {
        var first = new ResourceUsage.Booking(0, at(MONDAY, 8), at(MONDAY, 17), 1, STANDARD);
        var second = new ResourceUsage.Booking(0, at(MONDAY, 17), at(MONDAY.plusDays(1), 17), 1, STANDARD);
        ResourceUsage u = ResourceUsage.of(new double[] {1}, new WorkCalendar[] {STANDARD}, List.of(first, second), weeks(1));
        assertThat(u.peakUnits(0, 0)).isEqualTo(1);
        assertThat(u.overAllocated(0, 0)).isFalse();
    }

    @Test
    void aTeamOfFourHasFourTimesTheCapacity() {
        var b = new ResourceUsage.Booking(0, at(MONDAY, 8), at(MONDAY.plusDays(4), 17), 3, STANDARD);
        ResourceUsage u = ResourceUsage.of(new double[] {4}, new WorkCalendar[] {STANDARD}, List.of(b), weeks(1));
        assertThat(u.capacity(0, 0)).isEqualTo(4 * 2400);
        assertThat(u.demand(0, 0)).isEqualTo(3 * 2400);
        assertThat(u.overAllocated(0, 0)).isFalse();
    }
}
