package org.bearing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Variances against a baseline in working days of the project calendar, costs in currency, and the project totals. */
class BaselineComparisonTest {
    private static final WorkCalendar STANDARD = WorkCalendar.standard();
    private static final BaselineComparison.WorkingTime TIME = new BaselineComparison.WorkingTime() {
        @Override
        public long minutesBetween(LocalDateTime from, LocalDateTime to) {
            return STANDARD.workingBetween(WallClock.minutes(from), WallClock.minutes(to));
        }

        @Override
        public int minutesPerDay() {
            return 480;
        }
    };

    private static Task task(long id, Long parent, String name, String start, String finish, long days, boolean summary) {
        return new Task(id, 1, 1, parent, 0, null, name, false, summary, null, days * 480, days * 480, ConstraintType.ASAP, null, null,
                500, BigDecimal.ZERO, null, null, null, null, null, LocalDateTime.parse(start), LocalDateTime.parse(finish));
    }

    private static BaselineComparison.Current now(Task t, int level, String cost) {
        return new BaselineComparison.Current(t, String.valueOf(t.id()), level, t.workMinutes(), new BigDecimal(cost));
    }

    private static BaselineTask frozen(long id, String start, String finish, long days, String cost) {
        return new BaselineTask(id, LocalDateTime.parse(start), LocalDateTime.parse(finish), days * 480, days * 480, new BigDecimal(cost));
    }

    @Test
    void variancesPerTaskAndForTheProject() {
        // Baseline: Build Mon 5 – Fri 9 Jan, Docs Mon 5 – Tue 6, Test Mon 12 – Wed 14, all under summary Release.
        Baseline baseline = new Baseline(1, 0, 1, 0, "Plan", Instant.parse("2026-01-01T00:00:00Z"), List.of(
                frozen(10, "2026-01-05T08:00", "2026-01-14T17:00", 8, "1800.00"),
                frozen(11, "2026-01-05T08:00", "2026-01-09T17:00", 5, "1000.00"),
                frozen(12, "2026-01-05T08:00", "2026-01-06T17:00", 2, "300.00"),
                frozen(13, "2026-01-12T08:00", "2026-01-14T17:00", 3, "500.00"),
                frozen(99, "2026-01-05T08:00", "2026-01-05T17:00", 1, "0.00")));
        // Now: Build takes 7 days (finishes Tue 13, two working days late, over a weekend); Docs finishes a day early;
        // Test follows Build; Training is new.
        List<BaselineComparison.Current> current = List.of(
                now(task(10, null, "Release", "2026-01-05T08:00", "2026-01-16T17:00", 10, true), 1, "2330.00"),
                now(task(11, 10L, "Build", "2026-01-05T08:00", "2026-01-13T17:00", 7, false), 2, "1400.00"),
                now(task(12, 10L, "Docs", "2026-01-05T08:00", "2026-01-05T17:00", 1, false), 2, "150.00"),
                now(task(13, 10L, "Test", "2026-01-14T08:00", "2026-01-16T17:00", 3, false), 2, "500.00"),
                now(task(14, 10L, "Training", "2026-01-05T08:00", "2026-01-05T17:00", 1, false), 2, "280.00"));

        BaselineComparison c = BaselineComparison.of(baseline, current, TIME);

        BaselineComparison.Row build = c.rows().get(1);
        assertThat(build.finishVarianceDays()).as("Fri 9 → Tue 13 is two working days").isEqualTo(2.0);
        assertThat(build.startVarianceDays()).isEqualTo(0.0);
        assertThat(build.durationVarianceMinutes()).isEqualTo(2 * 480);
        assertThat(build.costVariance()).isEqualByComparingTo("400");
        assertThat(build.slipped()).isTrue();
        BaselineComparison.Row docs = c.rows().get(2);
        assertThat(docs.finishVarianceDays()).isEqualTo(-1.0);
        assertThat(docs.costVariance()).isEqualByComparingTo("-150");
        assertThat(docs.slipped()).isFalse();
        assertThat(c.rows().get(3).startVarianceDays()).isEqualTo(2.0);
        BaselineComparison.Row training = c.rows().get(4);
        assertThat(training.added()).isTrue();
        assertThat(training.finishVarianceDays()).isNull();
        assertThat(training.costVariance()).isNull();
        assertThat(training.slipped()).isFalse();

        BaselineComparison.Totals totals = c.totals();
        assertThat(totals.finish()).isEqualTo(LocalDateTime.parse("2026-01-16T17:00"));
        assertThat(totals.baselineFinish()).isEqualTo(LocalDateTime.parse("2026-01-14T17:00"));
        assertThat(totals.finishVarianceDays()).isEqualTo(2.0);
        assertThat(totals.cost()).as("top-level tasks only: the summary holds its subtasks").isEqualByComparingTo("2330");
        assertThat(totals.baselineCost()).isEqualByComparingTo("1800");
        assertThat(totals.costVariance()).isEqualByComparingTo("530");
        assertThat(totals.slipped()).as("Build and Test; the summary is not counted").isEqualTo(2);
        assertThat(totals.added()).isEqualTo(1);
        assertThat(totals.removed()).isEqualTo(1);
    }

    @Test
    void partDaysAreTenthsOfTheCalendarsDay() {
        Baseline baseline = new Baseline(1, 0, 1, 0, "Plan", Instant.EPOCH, List.of(frozen(1, "2026-01-05T08:00", "2026-01-05T17:00", 1, "0")));
        BaselineComparison c = BaselineComparison.of(baseline,
                List.of(now(task(1, null, "A", "2026-01-05T08:00", "2026-01-06T10:00", 1, false), 1, "0")), TIME);
        assertThat(c.rows().get(0).finishVarianceDays()).as("17:00 → next day 10:00 is 2 working hours").isEqualTo(0.3);
        assertThat(c.totals().slipped()).isEqualTo(1);
    }
}
