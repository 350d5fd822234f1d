package org.bearing.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;

import org.bearing.engine.bench.MonteCarloBench;
import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.schedule.NetworkBuilder;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.junit.jupiter.api.Test;

/** Analytic checks of the simulation on small networks (standard calendar, durations in working minutes). */
class MonteCarloSimulationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

    private static NetworkBuilder network() {
        return ScheduleNetwork.builder().projectStart(START);
    }

    private static SimulationResult simulate(RiskModel model, int iterations) {
        return new MonteCarloSimulation(model).run(new SimulationOptions(iterations, 2026, 2, iterations));
    }

    @Test
    void singleTaskMatchesItsDistribution() {
        NetworkBuilder b = network();
        int a = b.addTask("A", 3000);
        ScheduleNetwork net = b.build();
        Distribution d = Distribution.triangular(2400, 3000, 4800);
        SimulationResult r = simulate(RiskModel.builder(net).duration(a, d).build(), 20_000);
        double se = Math.sqrt(d.variance() / 20_000);
        assertThat(r.meanWorkingMinutes()).isCloseTo(d.mean(), within(4 * se + 0.5));
        for (double p : new double[] {10, 50, 80, 90}) {
            assertThat((double) r.finishWorkingMinutesPercentile(p)).as("P%s", p)
                    .isCloseTo(d.quantile(p / 100), within(0.01 * d.quantile(p / 100)));
        }
        assertThat(r.criticality(a)).isEqualTo(1.0);
        assertThat(r.spearman(a)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void serialChainMeanIsTheSumOfMeans() {
        NetworkBuilder b = network();
        Distribution[] ds = {Distribution.triangular(400, 480, 900), Distribution.pert(960, 1200, 2400),
                Distribution.uniform(100, 500), Distribution.normal(2000, 300), Distribution.lognormal(1500, 400)};
        int prev = -1;
        double mean = 0;
        double variance = 0;
        int[] tasks = new int[ds.length];
        for (int i = 0; i < ds.length; i++) {
            tasks[i] = b.addTask("T" + i, Math.round(ds[i].mean()));
            if (prev >= 0) {
                b.link(prev, tasks[i]);
            }
            prev = tasks[i];
            mean += ds[i].mean();
            variance += ds[i].variance();
        }
        ScheduleNetwork net = b.build();
        RiskModel.Builder m = RiskModel.builder(net);
        for (int i = 0; i < ds.length; i++) {
            m.duration(tasks[i], ds[i]);
        }
        int k = 20_000;
        SimulationResult r = simulate(m.build(), k);
        assertThat(r.meanWorkingMinutes()).isCloseTo(mean, within(4 * Math.sqrt(variance / k) + ds.length * 0.5));
        assertThat(r.sdWorkingMinutes()).isCloseTo(Math.sqrt(variance), within(0.03 * Math.sqrt(variance)));
        for (int t : tasks) {
            assertThat(r.criticality(t)).isEqualTo(1.0);
        }
    }

    /** E[max(X₁, X₂)] = μ + σ/√π for iid N(μ, σ²): the merge bias that deterministic CPM misses. */
    @Test
    void mergeBiasOfTwoParallelPaths() {
        NetworkBuilder b = network();
        int x1 = b.addTask("X1", 4800);
        int x2 = b.addTask("X2", 4800);
        int done = b.addMilestone("Done");
        b.link(x1, done);
        b.link(x2, done);
        ScheduleNetwork net = b.build();
        double mu = 4800;
        double sigma = 480;
        RiskModel model = RiskModel.builder(net).duration(x1, Distribution.normal(mu, sigma))
                .duration(x2, Distribution.normal(mu, sigma)).milestone(done).build();
        int k = 40_000;
        SimulationResult r = simulate(model, k);
        double expected = mu + sigma / Math.sqrt(Math.PI);
        // sd of the max of two iid normals is σ √(1 - 1/π)
        double se = sigma * Math.sqrt(1 - 1 / Math.PI) / Math.sqrt(k);
        assertThat(r.meanWorkingMinutes()).isCloseTo(expected, within(4 * se + 0.5));
        assertThat(r.meanWorkingMinutes() - mu).isGreaterThan(250);
        assertThat(r.criticality(x1) + r.criticality(x2)).isCloseTo(1.0, within(0.02));
        assertThat(r.criticality(x1)).isCloseTo(0.5, within(0.02));
        assertThat(r.milestonePercentile(0, 50)).isEqualTo(r.finishPercentile(50));
        assertThat(r.probabilityOfFinishingBy(r.deterministicFinish())).isCloseTo(0.25, within(0.02));
    }

    @Test
    void correlationWidensTheSpreadOfASum() {
        NetworkBuilder b = network();
        int a = b.addTask("A", 2000);
        int c = b.addTask("B", 2000);
        b.link(a, c);
        ScheduleNetwork net = b.build();
        Distribution u = Distribution.uniform(1000, 3000);
        SimulationResult independent = simulate(RiskModel.builder(net).duration(a, u).duration(c, u).build(), 10_000);
        SimulationResult correlated = simulate(RiskModel.builder(net).duration(a, u).duration(c, u)
                .correlate(new CorrelationGroup("team", 0.9, new int[] {a, c})).build(), 10_000);
        double var = u.variance();
        assertThat(independent.sdWorkingMinutes()).isCloseTo(Math.sqrt(2 * var), within(0.03 * Math.sqrt(2 * var)));
        // with rank correlation ≈ 0.89 the variance of the sum approaches 2 var (1 + 0.89)
        assertThat(correlated.sdWorkingMinutes()).isGreaterThan(1.3 * independent.sdWorkingMinutes());
        assertThat(correlated.meanWorkingMinutes()).isCloseTo(4000, within(25.0));
    }

    @Test
    void riskEventAndTornado() {
        NetworkBuilder b = network();
        int a = b.addTask("A", 4800);
        int c = b.addTask("B", 960);
        b.link(a, c);
        ScheduleNetwork net = b.build();
        RiskModel model = RiskModel.builder(net).cost(a, Distribution.constant(5000), 1.0)
                .risk(new RiskEvent("Vendor late", 0.3, new int[] {a}, Distribution.constant(960),
                        Distribution.constant(1000)))
                .risk(new RiskEvent("Never", 0.0, new int[] {c}, Distribution.constant(4800), null)).build();
        MonteCarloSimulation sim = new MonteCarloSimulation(model);
        SimulationResult r = sim.run(new SimulationOptions(5000, 7, 2, 5000));
        assertThat(r.riskOccurrence(0)).isCloseTo(0.3, within(0.02));
        assertThat(r.riskOccurrence(1)).isZero();
        assertThat(r.finishWorkingMinutesPercentile(50)).isEqualTo(5760);
        assertThat(r.finishWorkingMinutesPercentile(80)).isEqualTo(5760 + 960);
        assertThat(r.costPercentile(50)).isEqualTo(5000 + 4800);
        assertThat(r.costPercentile(80)).isEqualTo(5000 + 5760 + 1000);
        List<RiskDriver> drivers = sim.riskDrivers(r, 80);
        assertThat(drivers.get(0).risk()).isEqualTo("Vendor late");
        assertThat(drivers.get(0).finishShiftMinutes()).isEqualTo(960);
        assertThat(drivers.get(0).costShift()).isEqualTo(1960.0);
        assertThat(drivers.get(1).finishShiftMinutes()).isZero();
    }

    /** Without spread (no estimates, no risks) every iteration is the deterministic schedule. */
    @Test
    void zeroSpreadEqualsTheDeterministicFinish() {
        ScheduleNetwork net = new NetworkGenerator(11).generate(500);
        SimulationResult r = new MonteCarloSimulation(RiskModel.builder(net).build())
                .run(new SimulationOptions(40, 3, 2, 40));
        long planned = new org.bearing.engine.schedule.CriticalPathScheduler().schedule(net).projectFinish();
        assertThat(r.deterministicFinish()).isEqualTo(planned);
        for (int k = 0; k < 40; k++) {
            assertThat(r.finish(k)).isEqualTo(planned);
        }
        assertThat(r.finishPercentile(1)).isEqualTo(planned);
        assertThat(r.finishPercentile(100)).isEqualTo(planned);
    }

    /** The tornado that re-uses the iterations where an event does not occur equals the one that re-runs all. */
    @Test
    void tornadoReusingUnaffectedIterationsEqualsFullReruns() {
        ScheduleNetwork net = new NetworkGenerator(8).generate(300);
        MonteCarloSimulation sim = new MonteCarloSimulation(MonteCarloBench.model(net, 8));
        SimulationResult r = sim.run(new SimulationOptions(120, 5, 2, 120));
        List<RiskDriver> reused = sim.riskDrivers(r, 80);
        assertThat(reused).hasSize(5).isEqualTo(sim.riskDrivers(r, 80, false));
        assertThat(reused.get(0).finishShiftMinutes()).isPositive();
        assertThat(sim.riskDrivers(r, 50)).isEqualTo(sim.riskDrivers(r, 50, false));
    }

    /**
     * Every iteration of the tornado, which draws an iteration once for all events and schedules only the
     * iterations where the switched-off event occurred (read from the base run's occurrence record), has the
     * duration and cost of a pass that samples and schedules every iteration with that event off; also in batches
     * of events.
     */
    @Test
    void tornadoPassesEqualFullRerunsIterationByIteration() {
        ScheduleNetwork net = new NetworkGenerator(9).generate(300);
        MonteCarloSimulation sim = new MonteCarloSimulation(MonteCarloBench.model(net, 9));
        SimulationResult r = sim.run(new SimulationOptions(200, 3, 2, 50));
        double[][] costs = new double[5][200];
        long[][] all = sim.workingDurationsWithout(r, 0, 5, costs);
        double[][] someCosts = new double[2][200];
        long[][] some = sim.workingDurationsWithout(r, 2, 4, someCosts);
        int skipped = 0;
        for (int risk = 0; risk < 5; risk++) {
            double[] fullCost = new double[200];
            long[] full = sim.rerunWithout(r, risk, fullCost);
            assertThat(all[risk]).isEqualTo(full);
            assertThat(costs[risk]).isEqualTo(fullCost);
            if (risk >= 2 && risk < 4) {
                assertThat(some[risk - 2]).isEqualTo(full);
                assertThat(someCosts[risk - 2]).isEqualTo(fullCost);
            }
            int occurred = 0;
            for (int k = 0; k < 200; k++) {
                occurred += r.riskOccurred(risk, k) ? 1 : 0;
                if (!r.riskOccurred(risk, k)) {
                    assertThat(full[k]).isEqualTo(r.workingDuration(k));
                }
            }
            assertThat(occurred / 200.0).isEqualTo(r.riskOccurrence(risk));
            skipped += 200 - occurred;
        }
        assertThat(skipped).isGreaterThan(500);
    }

    @Test
    void identicalResultsOnOneTwoAndEightThreads() {
        ScheduleNetwork net = new NetworkGenerator(5).generate(400);
        RiskModel model = MonteCarloBench.model(net, 5);
        MonteCarloSimulation sim = new MonteCarloSimulation(model);
        SimulationOptions one = new SimulationOptions(150, 99, 1, 150);
        SimulationResult r1 = sim.run(one);
        for (int threads : new int[] {2, 8}) {
            SimulationResult rt = sim.run(one.withThreads(threads));
            assertThat(rt.digest()).isEqualTo(r1.digest());
            for (int k = 0; k < 150; k++) {
                assertThat(rt.finish(k)).isEqualTo(r1.finish(k));
                assertThat(rt.cost(k)).isEqualTo(r1.cost(k));
            }
            for (int i = 0; i < net.taskCount(); i++) {
                assertThat(rt.criticality(i)).isEqualTo(r1.criticality(i));
                assertThat(rt.spearman(i)).isEqualTo(r1.spearman(i));
                assertThat(rt.durationSensitivity(i)).isEqualTo(r1.durationSensitivity(i));
            }
        }
        SimulationResult otherSeed = sim.run(new SimulationOptions(150, 100, 2, 150));
        assertThat(otherSeed.finish(0) != r1.finish(0) || otherSeed.cost(0) != r1.cost(0)).isTrue();
        assertThat(otherSeed.digest()).isNotEqualTo(r1.digest());
        assertThat(r1.finishPercentile(80)).isGreaterThan(r1.finishPercentile(10));
    }

    /**
     * A chain that drives the finish across calendars: A on a 24-hour calendar ends Saturday 08:00, so B on the
     * standard calendar starts Monday 08:00 and finishes the project. A keeps two days of total float on its
     * calendar (B's late start, Monday 08:00, is 48 working hours after A's finish), yet it drives the finish in
     * every iteration: the longest-path criticality counts it, total float does not; B and the parallel C, which
     * ends on Friday with no float in standard working time, show where the two definitions part.
     */
    @Test
    void longestPathCriticalityFollowsTheDrivingChainAcrossCalendars() {
        NetworkBuilder b = network();
        int a = b.addTask("A on 24 hours", 5 * 1440);
        b.calendar(a, org.bearing.engine.calendar.WorkCalendar.twentyFourHour());
        int bTask = b.addTask("B", 480);
        b.link(a, bTask);
        int c = b.addTask("C parallel", 5 * 480);
        ScheduleNetwork net = b.build();
        RiskModel model = RiskModel.builder(net).duration(bTask, Distribution.uniform(400, 560)).build();
        MonteCarloSimulation sim = new MonteCarloSimulation(model);
        SimulationResult path = sim.run(new SimulationOptions(200, 5, 2, 200));
        SimulationResult byFloat = sim.run(new SimulationOptions(200, 5, 2, 200, Criticality.TOTAL_FLOAT));
        assertThat(path.criticality(a)).isEqualTo(1.0);
        assertThat(path.criticality(bTask)).isEqualTo(1.0);
        assertThat(path.criticality(c)).isEqualTo(0.0);
        assertThat(byFloat.criticality(a)).isEqualTo(0.0);
        assertThat(byFloat.criticality(bTask)).isEqualTo(1.0);
        assertThat(path.digest()).isNotEqualTo(byFloat.digest());
        assertThat(path.finish(0)).isEqualTo(byFloat.finish(0));
    }
}
