package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFileReaderTest {
    private final ScheduleFileReader reader = new ScheduleFileReader();

    @Test
    void mapsLinkTypesAndWorkingLagsOfAnMspdiFile() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file(
                "joniles__mpxj/junit/data/generated/task-links/task-links-project2010-mspdi.xml"));

        assertThat(s.format()).isEqualTo(ScheduleFormat.MS_PROJECT);
        assertThat(s.projectStart()).isEqualTo(LocalDateTime.of(2014, 10, 17, 8, 0));
        assertThat(s.minutesPerDay()).isEqualTo(480);
        assertThat(s.tasks()).hasSize(16);
        assertThat(s.links()).hasSize(8);
        assertThat(s.links()).extracting(ImportedLink::type).contains(
                ImportedLink.Type.FS, ImportedLink.Type.SS, ImportedLink.Type.FF, ImportedLink.Type.SF);
        // 1, 2, 5 and 10 day lags on an 8-hour day
        assertThat(s.links()).filteredOn(l -> l.type() == ImportedLink.Type.FS)
                .extracting(ImportedLink::lagMinutes).containsExactly(0L, 480L, 960L, 2400L, 4800L);
        assertThat(s.links()).allMatch(l -> l.lagKind() == ImportedLink.LagKind.WORKING);
        ImportedTask first = s.tasks().get(0);
        assertThat(first.durationMinutes()).isEqualTo(480);
        assertThat(first.constraint()).isEqualTo(ImportedTask.Constraint.START_NO_EARLIER_THAN);
    }

    @Test
    void keepsTheDatesMsProjectStored() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file(
                "joniles__mpxj/junit/data/generated/task-links/task-links-project2010-mspdi.xml"));

        TaskDates critical = s.storedDates().get(10);
        assertThat(critical.earlyStart()).isEqualTo(LocalDateTime.of(2014, 11, 3, 8, 0));
        assertThat(critical.lateFinish()).isEqualTo(LocalDateTime.of(2014, 11, 3, 17, 0));
        assertThat(critical.totalSlackMinutes()).isZero();
        assertThat(critical.critical()).isTrue();
        TaskDates slack = s.storedDates().get(1);
        assertThat(slack.totalSlackMinutes()).isEqualTo(4800);
        assertThat(slack.freeSlackMinutes()).isZero();
        assertThat(slack.critical()).isFalse();
        assertThat(s.storedDatesNote()).isNull();
    }

    @Test
    void mapsTheStandardWeekOfTheDefaultCalendar() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/caltest.xml"));

        Map<String, ImportedCalendar> calendars = s.calendars().stream()
                .collect(Collectors.toMap(ImportedCalendar::id, Function.identity()));
        ImportedCalendar standard = calendars.get(s.defaultCalendarId());
        assertThat(standard).isNotNull();
        assertThat(standard.week().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(standard.week().get(DayOfWeek.MONDAY))
                .extracting(ImportedCalendar.WorkingTime::from).contains(LocalTime.of(8, 0));
        assertThat(s.calendars()).filteredOn(c -> c.parentId() != null)
                .allMatch(c -> calendars.containsKey(c.parentId()));
    }

    @Test
    void readsPrimaveraActivitiesWithTheirCalendarsAndTheDataDate() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file("Constology__XERNative/sample.xer"));

        assertThat(s.format()).isEqualTo(ScheduleFormat.PRIMAVERA);
        assertThat(s.statusDate()).isNotNull();
        assertThat(s.tasks()).anyMatch(ImportedTask::summary);
        assertThat(s.tasks()).filteredOn(t -> !t.summary()).allMatch(t -> t.calendarId() != null);
        assertThat(s.tasks()).filteredOn(t -> t.calendarId() != null)
                .allMatch(t -> s.calendars().stream().anyMatch(c -> c.id().equals(t.calendarId())));
        assertThat(s.storedDates().values()).filteredOn(TaskDates::comparable).isNotEmpty();
    }

    @Test
    void ganttProjectFilesHaveNoStoredCriticalPathValues() throws Exception {
        ImportedSchedule s = reader.read(SchedulesCorpus.file(
                "blyoa__ts-ganttproject-parser/src/parser/test_data/task/task-with-dependencies.gan"));

        assertThat(s.format()).isEqualTo(ScheduleFormat.OTHER);
        assertThat(s.storedDates()).isEmpty();
        assertThat(s.storedDatesNote()).contains("only start");
        assertThat(s.tasks()).isNotEmpty();
        assertThat(s.links()).isNotEmpty();
    }

    @Test
    void namesTheProblemWithAFileThatIsNotASchedule(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a schedule");

        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(ScheduleFileException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("not a schedule format");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.mpp")))
                .hasMessageContaining("missing.mpp: no such file");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("is a directory");
    }
}
