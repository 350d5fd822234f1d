package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mapping rules of {@link EngineNetworkMapper}, checked on real files against the dates their tools stored. */
class EngineReschedulerTest {
    private final ScheduleFileReader reader = new ScheduleFileReader();
    private final EngineRescheduler bearing = new EngineRescheduler();

    @Test
    void anElapsedDurationRunsAroundTheClock() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file("joniles__mpxj/junit/data/mspdiduration.xml"));

        Map<Integer, TaskDates> dates = bearing.schedule(s);

        // uid 10: 30 elapsed days from Wed 2009-03-25 08:00, weekends included
        assertThat(task(s, 10).elapsedDuration()).isTrue();
        assertThat(dates.get(10).earlyFinish()).isEqualTo(LocalDateTime.of(2009, 4, 24, 8, 0));
        assertThat(dates.get(10)).isEqualTo(s.storedDates().get(10));
    }

    @Test
    void aTaskWithSeveralResourcesSpansItsAssignmentsOnTheirCalendars() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml"));

        Map<Integer, TaskDates> dates = bearing.schedule(s);

        // uid 2 "Second Task": one resource on the standard calendar, one on a night shift ending at 08:00
        assertThat(task(s, 2).assignments()).hasSize(2);
        assertThat(dates.get(2).earlyStart()).isEqualTo(LocalDateTime.of(2003, 1, 7, 8, 0));
        assertThat(dates.get(2).earlyFinish()).isEqualTo(LocalDateTime.of(2003, 3, 18, 8, 0));
        assertThat(dates.keySet()).containsExactlyInAnyOrderElementsOf(
                s.tasks().stream().map(ImportedTask::uniqueId).toList());
    }

    @Test
    void manualTasksWithTextDatesAreNotCritical() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file(
                "joniles__mpxj/junit/data/generated/task-starts/task-starts-project2019-mspdi.xml"));

        Map<Integer, TaskDates> dates = bearing.schedule(s);

        assertThat(s.tasks()).allMatch(t -> t.manual() && t.textDates());
        assertThat(dates.values()).allMatch(d -> d.totalSlackMinutes() == 0 && !d.critical());
    }

    @Test
    void primaveraStartMilestonesSitAtTheNextWorkingStart() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file(
                "ASHspace__PrimeveraXEREditor/src/test/java/resources/sample.xer"));

        Map<Integer, TaskDates> dates = bearing.schedule(s);

        // uid 101909 "Start Milestone WBS 2" follows a task finishing Thu 2021-04-22 16:00
        assertThat(dates.get(101909).earlyStart()).isEqualTo(LocalDateTime.of(2021, 4, 23, 8, 0));
        assertThat(dates.get(101909).earlyStart()).isEqualTo(s.storedDates().get(101909).earlyStart());
    }

    private static ImportedTask task(ImportedSchedule s, int uniqueId) {
        return s.tasks().stream().filter(t -> t.uniqueId() == uniqueId).findFirst().orElseThrow();
    }
}
