package org.bearing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.bearing.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The Predecessors column's syntax, read and written, without a database. */
class PredecessorListTest {
    private static final Map<Integer, Long> ROWS = Map.of(1, 101L, 2, 102L, 3, 103L, 5, 105L, 7, 107L);
    private static final TimeUnits UNITS = TimeUnits.STANDARD;

    private static PredecessorList parse(String text) {
        return PredecessorList.parse(text, ROWS, UNITS);
    }

    @Test
    void aBareRowIsFinishToStartWithoutLag() {
        assertThat(parse("3").entries()).containsExactly(new PredecessorList.Predecessor(3, 103L, DependencyType.FS, Lag.NONE));
    }

    @Test
    void allFourTypesWithLeadsAndLagsInEveryUnit() {
        List<PredecessorList.Predecessor> e = parse("3FS+2d, 5SS-1d,2FF ,7SF+50%, 1fs+4h").entries();
        assertThat(e).extracting(PredecessorList.Predecessor::taskId).containsExactly(103L, 105L, 102L, 107L, 101L);
        assertThat(e).extracting(PredecessorList.Predecessor::type)
                .containsExactly(DependencyType.FS, DependencyType.SS, DependencyType.FF, DependencyType.SF, DependencyType.FS);
        assertThat(e).extracting(PredecessorList.Predecessor::lag).containsExactly(new Lag(960, LagUnit.WORKING_MINUTES),
                new Lag(-480, LagUnit.WORKING_MINUTES), Lag.NONE, new Lag(50, LagUnit.PERCENT), new Lag(240, LagUnit.WORKING_MINUTES));
    }

    @Test
    void weeksMonthsMinutesAndElapsedTimeFollowTheCalendarsUnits() {
        TimeUnits sixHourDays = new TimeUnits(360, 1800, 20);
        assertThat(PredecessorList.parse("1FS+1w", ROWS, sixHourDays).entries().get(0).lag()).isEqualTo(new Lag(1800, LagUnit.WORKING_MINUTES));
        assertThat(PredecessorList.parse("1FS+1mo", ROWS, sixHourDays).entries().get(0).lag()).isEqualTo(new Lag(7200, LagUnit.WORKING_MINUTES));
        assertThat(parse("1FS+30m").entries().get(0).lag()).isEqualTo(new Lag(30, LagUnit.WORKING_MINUTES));
        assertThat(parse("1FS+1.5d").entries().get(0).lag()).isEqualTo(new Lag(720, LagUnit.WORKING_MINUTES));
        assertThat(parse("1FS+2ed").entries().get(0).lag()).isEqualTo(new Lag(2880, LagUnit.ELAPSED_MINUTES));
        assertThat(parse("1SS-3eh").entries().get(0).lag()).isEqualTo(new Lag(-180, LagUnit.ELAPSED_MINUTES));
        assertThat(parse("1FS+2").entries().get(0).lag()).as("a lag without a unit is in days").isEqualTo(new Lag(960, LagUnit.WORKING_MINUTES));
    }

    @Test
    void whitespaceAndSemicolonsAreTolerated() {
        assertThat(parse("  3 FS + 2 d ;  5 ss ").format(UNITS)).isEqualTo("3FS+2d,5SS");
        assertThat(parse("   ").entries()).isEmpty();
    }

    @Test
    void formattingWritesWhatMsProjectShows() {
        List<Dependency> links = List.of(link(107, DependencyType.SF, new Lag(50, LagUnit.PERCENT)),
                link(103, DependencyType.FS, new Lag(960, LagUnit.WORKING_MINUTES)), link(101, DependencyType.FS, Lag.NONE),
                link(105, DependencyType.SS, new Lag(-480, LagUnit.WORKING_MINUTES)), link(102, DependencyType.FF, Lag.NONE),
                link(104, DependencyType.FS, new Lag(2880, LagUnit.ELAPSED_MINUTES)), link(106, DependencyType.FS, new Lag(90, LagUnit.WORKING_MINUTES)));
        Map<Long, Integer> rowOf = Map.of(101L, 1, 102L, 2, 103L, 3, 104L, 4, 105L, 5, 106L, 6, 107L, 7);
        assertThat(PredecessorList.format(links, rowOf, UNITS)).isEqualTo("1,2FF,3FS+2d,4FS+2ed,5SS-1d,6FS+1.5h,7SF+50%");
    }

    @Test
    void whatIsFormattedParsesBackToTheSameLinks() {
        String text = "1,2FF,3FS+2d,5SS-1d,7SF+50%";
        assertThat(parse(text).format(UNITS)).isEqualTo(text);
    }

    @Test
    void errorsNameTheBadToken() {
        assertThatThrownBy(() -> parse("3, 3XX")).isInstanceOf(InvalidFieldException.class).hasMessageContaining("'3XX' is not a predecessor")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("predecessors"));
        assertThatThrownBy(() -> parse("1,9FS")).hasMessageContaining("'9FS': there is no row 9");
        assertThatThrownBy(() -> parse("3,3SS")).hasMessageContaining("'3SS': row 3 is listed twice");
        assertThatThrownBy(() -> parse("3FS+2q")).hasMessageContaining("'3FS+2q' has an unknown unit 'q'");
        assertThatThrownBy(() -> parse("3FS+2.5%")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("3,,5")).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("FS3")).hasMessageContaining("'FS3' is not a predecessor");
        assertThatThrownBy(() -> parse("3FS+5000%")).hasMessageContaining("'3FS+5000%'").hasMessageContaining("out of range");
        assertThatThrownBy(() -> parse("99999999999")).hasMessageContaining("there is no row");
    }

    @Test
    void durationsParseAndFormatInTheCalendarsUnits() {
        assertThat(DurationText.parseDuration("3d", UNITS)).isEqualTo(1440);
        assertThat(DurationText.parseDuration("4h", UNITS)).isEqualTo(240);
        assertThat(DurationText.parseDuration("2w", UNITS)).isEqualTo(4800);
        assertThat(DurationText.parseDuration("0d", UNITS)).isZero();
        assertThat(DurationText.parseDuration(" 5 days ", UNITS)).isEqualTo(2400);
        assertThat(DurationText.parseDuration("2", UNITS)).as("a bare number is days").isEqualTo(960);
        assertThat(DurationText.format(1440, UNITS)).isEqualTo("3d");
        assertThat(DurationText.format(240, UNITS)).isEqualTo("4h");
        assertThat(DurationText.format(720, UNITS)).isEqualTo("1.5d");
        assertThat(DurationText.format(0, UNITS)).isEqualTo("0d");
        assertThat(DurationText.format(-960, UNITS)).isEqualTo("-2d");
        assertThat(DurationText.format(45, UNITS)).isEqualTo("45m");
        assertThatThrownBy(() -> DurationText.parseDuration("abc", UNITS)).hasMessageContaining("'abc' is not a duration");
        assertThatThrownBy(() -> DurationText.parseDuration("-2d", UNITS)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> DurationText.parseDuration("3ed", UNITS)).hasMessageContaining("elapsed");
        assertThatThrownBy(() -> DurationText.parseDuration("999999w", UNITS)).hasMessageContaining("out of range");
    }

    private static Dependency link(long predecessor, DependencyType type, Lag lag) {
        return new Dependency(predecessor, 0, 1, predecessor, 200, type, lag);
    }
}
