package org.bearing.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bearing.risk.SimulationResults;
import org.junit.jupiter.api.Test;

/** The risk charts: every histogram bin drawn, the four P-dates marked where they fall, one tornado bar per risk. */
class SimulationChartsTest {

    static SimulationResults results(List<SimulationResults.Driver> drivers) {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 0);
        List<SimulationResults.Bin> bins = new ArrayList<>();
        long total = 0;
        for (int b = 0; b < 24; b++) {
            long n = 10 + b;
            total += n;
            bins.add(new SimulationResults.Bin(start.plusDays(b), start.plusDays(b + 1), n, 0));
        }
        List<SimulationResults.Bin> withCumulative = new ArrayList<>();
        long seen = 0;
        for (SimulationResults.Bin bin : bins) {
            seen += bin.iterations();
            withCumulative.add(new SimulationResults.Bin(bin.from(), bin.to(), bin.iterations(), (double) seen / total));
        }
        List<SimulationResults.FinishPercentile> finish = new ArrayList<>();
        for (int p = 10; p <= 90; p += 10) {
            finish.add(new SimulationResults.FinishPercentile(p, start.plusDays(p / 4), p));
        }
        return new SimulationResults((int) total, 1, 1, 5, 5, drivers.size(), start.plusDays(3), 0.2, 40, 3, finish, List.of(), null,
                withCumulative, List.of(), drivers, 0);
    }

    @Test
    void theFinishChartDrawsEveryBinTheCurveAndTheFourPercentiles() {
        String svg = SimulationCharts.finish(results(List.of()));
        assertThat(svg.split("class=\"bin\"", -1)).hasSize(25);
        assertThat(svg).contains("class=\"s-curve\"");
        assertThat(svg).contains(">P10 2026-03-04<", ">P50 2026-03-14<", ">P80 2026-03-22<", ">P90 2026-03-24<");
        // P80 falls 20 days into a 24-day axis: x = 60 + 780 × 20/24 = 710
        assertThat(svg).contains("x1=\"710.0\" x2=\"710.0\"");
    }

    @Test
    void theTornadoHasOneBarPerRiskLongestForTheLargestShift() {
        String svg = SimulationCharts.tornado(results(List.of(new SimulationResults.Driver(1, "R-001", "Vendor late", 0.5, 4.0, 1000),
                new SimulationResults.Driver(2, "R-002", "Key engineer <leaves>", 0.2, 1.0, 0))));
        assertThat(svg.split("class=\"tornado-bar\"", -1)).hasSize(3);
        assertThat(svg).contains("width=\"520.0\"", "width=\"130.0\"", "Key engineer &lt;leaves&gt;");
        assertThat(SimulationCharts.tornado(results(List.of()))).contains("no tornado");
    }
}
