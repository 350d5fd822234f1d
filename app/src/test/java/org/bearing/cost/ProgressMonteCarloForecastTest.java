package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressMonteCarloForecastTest {

    private static final double NO = Double.NaN;

    /** A finished activity of baseline duration 10 that took {@code factor} × 10 hours, from hour 0. */
    private static NetworkForecast.Node finished(double factor) {
        return new NetworkForecast.Node(10, 0, 0, 0, 10 * factor, 0, 0, 0, new int[0], new String[0], new double[0]);
    }

    /** A not-started activity of baseline duration 10, planned at hour 0, after {@code predecessors} (FS). */
    private static NetworkForecast.Node notStarted(int... predecessors) {
        String[] types = new String[predecessors.length];
        java.util.Arrays.fill(types, "FS");
        return new NetworkForecast.Node(10, 0, 0, NO, NO, NO, 0, 0, predecessors, types,
                new double[predecessors.length]);
    }

    @Test
    void everyDrawIsTheFinishedActivitiesFactorWhenTheyAllAgree() {
        List<NetworkForecast.Node> nodes = new ArrayList<>(List.of(finished(1.5), finished(1.5), finished(1.5)));
        nodes.add(notStarted());
        nodes.add(notStarted(3)); // a chain of two: 2 × 15 hours after the status date
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 1, 7)).isCloseTo(130, within(1e-9));
    }

    @Test
    void factorsAreClippedToHalfAndTwice() {
        List<NetworkForecast.Node> nodes = new ArrayList<>(List.of(finished(10), finished(10), finished(10)));
        nodes.add(notStarted());
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 1, 7)).isCloseTo(120, within(1e-9));
        assertThat(ProgressMonteCarloForecast.finishedLogFactors(nodes)).containsOnly(Math.log(2));
        assertThat(NetworkForecast.finishedDurationFactor(nodes)).isEqualTo(2);
        assertThat(NetworkForecast.finishedDurationFactor(List.of(finished(0.5), finished(1), notStarted())))
                .isCloseTo(0.75, within(1e-12));
        assertThat(NetworkForecast.finishedDurationFactor(List.of(notStarted()))).isEqualTo(1);
    }

    @Test
    void withTooFewFinishedActivitiesItIsTheNetworkForecastAtPlan() {
        List<NetworkForecast.Node> nodes = new ArrayList<>(List.of(finished(2), finished(2)));
        nodes.add(notStarted());
        nodes.add(notStarted(2));
        double atPlan = NetworkForecast.forecast(nodes, 100, 1, 1, 0).finish();
        assertThat(atPlan).isCloseTo(120, within(1e-9));
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 1, 7)).isEqualTo(atPlan);
    }

    @Test
    void parallelPathsFinishLaterThanAnyPathAtTheMeanFactor() {
        // finished factors 0.5, 1, 2: geometric mean 1; nine parallel activities of 10 hours after the status date
        List<NetworkForecast.Node> nodes = new ArrayList<>(List.of(finished(0.5), finished(1), finished(2)));
        for (int i = 0; i < 9; i++) {
            nodes.add(notStarted());
        }
        // shrunk to the geometric mean every activity lasts 10 hours
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 0, 7)).isCloseTo(110, within(1e-9));
        // drawn independently, the latest of nine draws is 2 × 10 in all but (2/3)^9 = 2.6 % of the iterations
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 1, 7)).isCloseTo(120, within(1e-9));
        // halfway: factors √0.5, 1, √2, so the median finish is 10 × √2 after the status date
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 0.5, 7))
                .isCloseTo(100 + 10 * Math.sqrt(2), within(1e-9));
    }

    @Test
    void theSameSeedGivesTheSameForecast() {
        List<NetworkForecast.Node> nodes = new ArrayList<>(List.of(finished(0.7), finished(1.1), finished(1.6)));
        nodes.add(notStarted());
        nodes.add(notStarted(3));
        nodes.add(notStarted());
        double first = ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 1, 3);
        assertThat(ProgressMonteCarloForecast.medianFinish(nodes, 100, 0, 1, 3)).isEqualTo(first);
        assertThat(first).isBetween(100 + 2 * 7.0, 100 + 2 * 16.0);
    }
}
