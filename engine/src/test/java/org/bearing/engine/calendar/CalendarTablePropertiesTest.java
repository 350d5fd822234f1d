package org.bearing.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * {@link CalendarTable} returns exactly what its {@link WorkCalendar} returns, inside its horizon, across its
 * edges and outside it, on the random calendars of {@link WorkCalendarPropertiesTest}.
 */
class CalendarTablePropertiesTest {

    private static final long DAY0 = LocalDate.of(2026, 1, 1).toEpochDay();

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        return new WorkCalendarPropertiesTest().calendars();
    }

    @Property(tries = 300)
    void everyOperationEqualsTheCalendars(@ForAll("calendars") WorkCalendar c,
            @ForAll @IntRange(min = -20, max = 60) int fromDay, @ForAll @IntRange(min = 0, max = 90) int days,
            @ForAll @IntRange(min = -40 * 1440, max = 160 * 1440) int at,
            @ForAll @LongRange(min = -30_000, max = 30_000) long minutes) {
        CalendarTable table = CalendarTable.of(c, DAY0 + fromDay, DAY0 + fromDay + days);
        long t = DAY0 * 1440 + at;
        assertThat(table.ordinal(t)).isEqualTo(c.ordinal(t));
        assertThat(table.workingBetween(t, t + minutes)).isEqualTo(c.workingBetween(t, t + minutes));
        long k = c.ordinal(t) + minutes;
        assertThat(outcome(() -> table.minuteOf(k))).isEqualTo(outcome(() -> c.minuteOf(k)));
        assertThat(outcome(() -> table.addWorking(t, minutes))).isEqualTo(outcome(() -> c.addWorking(t, minutes)));
        assertThat(outcome(() -> table.nextWorkingStart(t))).isEqualTo(outcome(() -> c.nextWorkingStart(t)));
        assertThat(outcome(() -> table.previousWorkingFinish(t))).isEqualTo(outcome(() -> c.previousWorkingFinish(t)));
    }

    /** The value, or the exception class where the calendar runs out of working time. */
    private static String outcome(java.util.function.LongSupplier f) {
        try {
            return Long.toString(f.getAsLong());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    @Property(tries = 100)
    void everyMinuteOfTheHorizonEdgesMatches(@ForAll("calendars") WorkCalendar c,
            @ForAll @IntRange(min = 1, max = 20) int days) {
        CalendarTable table = CalendarTable.of(c, DAY0, DAY0 + days);
        for (long t = (DAY0 - 1) * 1440; t < (DAY0 + days + 1) * 1440; t += 7) {
            assertThat(table.ordinal(t)).isEqualTo(c.ordinal(t));
            long k = c.ordinal(t);
            assertThat(outcome(() -> table.minuteOf(k))).isEqualTo(outcome(() -> c.minuteOf(k)));
            assertThat(outcome(() -> table.minuteOf(k - 1))).isEqualTo(outcome(() -> c.minuteOf(k - 1)));
        }
    }

    @Test
    void aCalendarWithoutWorkingTimeFailsAsTheCalendarDoes() {
        WorkCalendar none = WorkCalendar.builder("none").allDays(WorkingHours.NONE).build();
        CalendarTable table = CalendarTable.of(none, DAY0, DAY0 + 30);
        assertThat(table.ordinal(DAY0 * 1440 + 600)).isEqualTo(none.ordinal(DAY0 * 1440 + 600));
        assertThatThrownBy(() -> table.addWorking(DAY0 * 1440, 60)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.nextWorkingStart(DAY0 * 1440)).isInstanceOf(IllegalStateException.class);
    }
}
