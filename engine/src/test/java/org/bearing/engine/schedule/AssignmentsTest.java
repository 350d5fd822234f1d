package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.engine.schedule.NetworkFixture.aNetwork;
import static org.bearing.engine.schedule.NetworkFixture.days;
import static org.bearing.engine.schedule.NetworkFixture.hours;
import static org.bearing.engine.schedule.NetworkFixture.jan;

import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

/** Tasks whose dates come from resource assignments on their own calendars (MS Project work-driven tasks). */
class AssignmentsTest {

    private static final WorkCalendar NIGHT_SHIFT = WorkCalendar.builder("Night shift")
            .weekdays(WorkingHours.parse("00:00-03:00, 04:00-08:00, 23:00-24:00")).build();

    @Test
    void taskFinishesWhenItsLastAssignmentFinishes() {
        var r = aNetwork().task("A", days(1))
                .assignment("A", WorkCalendar.standard(), hours(8), 100)
                .assignment("A", NIGHT_SHIFT, hours(8), 100)
                .then("B", days(1)).schedule();
        assertThat(r.start("A")).isEqualTo(jan(5, 8, 0));
        // night shift: Mon 23-24, Tue 00-03, 04-08
        assertThat(r.finish("A")).isEqualTo(jan(6, 8, 0));
        assertThat(r.start("B")).isEqualTo(jan(6, 8, 0));
        assertThat(r.critical("A")).isTrue();
    }

    @Test
    void halfTimeAssignmentTakesTwiceAsLong() {
        var r = aNetwork().task("A", days(1)).assignment("A", WorkCalendar.standard(), hours(8), 50).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(6, 17, 0));
    }

    @Test
    void lateDatesComeFromAssignmentsToo() {
        var r = aNetwork().task("A", days(1)).assignment("A", WorkCalendar.standard(), hours(4), 100)
                .task("Z", days(3)).schedule();
        assertThat(r.finish("A")).isEqualTo(jan(5, 12, 0));
        assertThat(r.lateFinish("A")).isEqualTo(jan(7, 17, 0));
        assertThat(r.lateStart("A")).isEqualTo(jan(7, 13, 0));
    }
}
