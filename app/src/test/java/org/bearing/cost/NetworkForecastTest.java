package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The network forecast on a tiny network whose right answer is known by hand. */
class NetworkForecastTest {

    private static final double NO = Double.NaN;

    /**
     * A (0..10, finished after 12 h, cost 100 → 120), B FS A (10..30, started at 12, 8 h done, 16 h left), C SS B + 4
     * (14..24, not started), D FF C + 2 (24..26, not started, baseline start 24).
     */
    private static List<NetworkForecast.Node> network() {
        return List.of(
                new NetworkForecast.Node(10, 0, 100, 0, 12, 0, 120, 0, new int[0], new String[0], new double[0]),
                new NetworkForecast.Node(20, 10, 200, 12, 8, 16, 90, 150, new int[] {0}, new String[] {"FS"},
                        new double[] {0}),
                new NetworkForecast.Node(10, 14, 50, NO, NO, NO, 0, 50, new int[] {1}, new String[] {"SS"},
                        new double[] {4}),
                new NetworkForecast.Node(2, 24, 10, NO, NO, NO, 0, 10, new int[] {2}, new String[] {"FF"},
                        new double[] {2}));
    }

    @Test
    void finishedKeepActualsInProgressEndsAfterItsRemainingAndTheRestFollowTheLinks() {
        // status 20: B ends 20 + 16 = 36; C starts max(20, 12 + 4, 14) = 20, ends 30; D ends C + 2 = 32 (start 30)
        NetworkForecast.Forecast f = NetworkForecast.forecast(network(), 20, 1, 1);
        assertThat(f.finish()).isCloseTo(36, within(1e-9));
        // cost: 120 + (90 + 150) + 50 + 10
        assertThat(f.cost()).isCloseTo(420, within(1e-9));
    }

    @Test
    void notStartedActivitiesStretchByTheFactorAndObservedFactorsComeFromStartedOnes() {
        // factor 2: C lasts 20 (20..40), D 4 with FF: finish >= 40 + 2 = 42
        assertThat(NetworkForecast.forecast(network(), 20, 2, 1).finish()).isCloseTo(42, within(1e-9));
        // started: A 12 + 0 over 10, B 8 + 16 over 20 → 36 / 30
        assertThat(NetworkForecast.observedDurationFactor(network())).isCloseTo(36.0 / 30, within(1e-9));
        // started costs: 120 + 240 over 300
        assertThat(NetworkForecast.observedCostFactor(network())).isCloseTo(1.2, within(1e-9));
        assertThat(NetworkForecast.forecast(network(), 20, 1, NO).cost()).isCloseTo(360 + 60 * 1.2, within(1e-9));
    }

    @Test
    void withoutProgressTheForecastIsTheBaselineFinish() {
        List<NetworkForecast.Node> fresh = network().stream().map(a -> new NetworkForecast.Node(a.duration(),
                a.plannedStart(), a.cost(), NO, NO, NO, 0, 0, a.predecessors(), a.types(), a.lags())).toList();
        // A 0..10, B 10..30, C 14..24, D released at 24, ends 26 (FF C + 2 satisfied)
        assertThat(NetworkForecast.forecast(fresh, 0, 1, 1).finish()).isCloseTo(30, within(1e-9));
    }

    /**
     * DSLIB sometimes keeps a remaining cost on an activity that is 100 % complete (a stale value of an earlier
     * period); a finished activity has nothing left to spend, so its cost is its actual cost alone.
     */
    @Test
    void aFinishedActivityHasNoRemainingCostWhateverTheSheetSays() {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2024, 1, 8, 8, 0);
        DslibProject.Activity a = new DslibProject.Activity(1, start, start.plusDays(2), 0, 100);
        DslibProject.Activity b = new DslibProject.Activity(2, start.plusDays(2), start.plusDays(4), 0, 200);
        DslibProject.Period period = new DslibProject.Period("TP1", start.plusDays(3), List.of(
                new DslibProject.Progress(true, 1.0, 110, 40, start, 16, 0),
                new DslibProject.Progress(true, 0.5, 90, 120, start.plusDays(2), 8, 8)));
        DslibProject p = new DslibProject("C0000-00 Test", start, new int[0], java.util.Set.of(), java.util.Set.of(),
                List.of(a, b), List.of(period), List.of());
        List<NetworkForecast.Node> nodes = NetworkForecast.nodes(p, DslibCheck.recompute(p).axis(), period);
        assertThat(nodes.get(0).remainingCost()).isZero();
        assertThat(nodes.get(1).remainingCost()).isEqualTo(120);
        // 110 spent on A, 90 + 120 on B
        assertThat(NetworkForecast.forecast(nodes, 24, 1, 1).cost()).isCloseTo(320, within(1e-9));
    }

    /**
     * Bounded cost: A finished (actual 110, a stale remaining 40 ignored); B half done with a remaining cost of 4000
     * for 100 of remaining budget (bounded to 2 × 100); C 20 % done with a remaining 10 for 80 left (raised to
     * 0.5 × 80); D not started (its baseline 50).
     */
    @Test
    void aProjectAheadOfPlanReleasesItsNotStartedActivitiesByItsLead() {
        // status 20 with a lead of 8 h: D may start at 24 - 8 = 16 but its FF link to C (20..30) keeps it at 30..32;
        // with no links left, D alone would start at max(20, 16) = 20
        assertThat(NetworkForecast.forecast(network(), 20, 1, 1, 8).finish()).isCloseTo(36, within(1e-9));
        List<NetworkForecast.Node> alone = List.of(new NetworkForecast.Node(2, 24, 10, NO, NO, NO, 0, 10, new int[0],
                new String[0], new double[0]));
        assertThat(NetworkForecast.forecast(alone, 20, 1, 1).finish()).isCloseTo(26, within(1e-9));
        assertThat(NetworkForecast.forecast(alone, 20, 1, 1, 8).finish()).isCloseTo(22, within(1e-9));
        assertThat(NetworkForecast.forecast(alone, 10, 1, 1, 8).finish()).isCloseTo(18, within(1e-9));
    }

    /**
     * DSLIB's Remaining Duration column is the extrapolation actual × (1 − p) / p: 10 % done after 78 days reads
     * "702d". The network reads the remaining duration from the baseline duration instead: 15 days × 90 %.
     */
    @Test
    void anActivityInProgressHasItsBaselineDurationTimesTheShareLeftToDo() {
        java.time.LocalDateTime monday = java.time.LocalDateTime.of(2024, 1, 1, 8, 0);
        DslibProject.Activity a = new DslibProject.Activity(1, monday, monday.plusDays(18).withHour(17), 0, 100);
        DslibProject.Progress g = new DslibProject.Progress(true, 0.1, 10, 90, monday, 78 * 8, 702 * 8);
        DslibProject p = new DslibProject("C0000-00 test", monday, new int[] {480, 720, 780, 1020},
                java.util.Set.of(1, 2, 3, 4, 5), java.util.Set.of(), List.of(a),
                List.of(new DslibProject.Period("TP1", monday.plusDays(120), List.of(g))), List.of());
        org.bearing.engine.earnedvalue.TimeAxis axis = org.bearing.engine.earnedvalue.TimeAxis.working(
                DslibCheck.calendar(p), p.start(), 60);
        NetworkForecast.Node n = NetworkForecast.nodes(p, axis, p.periods().get(0)).get(0);
        assertThat(n.duration()).isCloseTo(15 * 8, within(1e-9));
        assertThat(n.remainingHours()).isCloseTo(15 * 8 * 0.9, within(1e-9));
    }

    @Test
    void durationsAndRelationsOfTheWorkbookAreReadInWorkingHours() {
        assertThat(DslibWorkbookReader.hours("22d 4h", 8)).isEqualTo(180);
        assertThat(DslibWorkbookReader.hours("0", 8)).isZero();
        assertThat(DslibWorkbookReader.hours("1w", 8)).isEqualTo(40);
        assertThat(DslibWorkbookReader.hours("abc", 8)).isNaN();
        assertThat(DslibWorkbookReader.links("12FS+2d;13SS", 8)).containsExactly(new DslibProject.Link(12, "FS", 16),
                new DslibProject.Link(13, "SS", 0));
    }
}
