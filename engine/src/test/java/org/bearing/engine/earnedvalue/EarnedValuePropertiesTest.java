package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of earned value and earned schedule on random baselines and progress histories. */
class EarnedValuePropertiesTest {

    record Case(Baseline baseline, List<StatusUpdate> updates) {
    }

    static Case randomCase(long seed, int tasks, int periods) {
        Random r = new Random(seed);
        Breakdown tree = new Breakdown();
        int root = tree.root("Portfolio", Breakdown.Level.PORTFOLIO);
        int project = tree.add("Project", Breakdown.Level.PROJECT, root);
        int[] wbs = {tree.add("W1", Breakdown.Level.WBS, project), tree.add("W2", Breakdown.Level.WBS, project)};
        Baseline.Builder b = Baseline.builder(tree);
        EvMethod[] methods = EvMethod.values();
        for (int i = 0; i < tasks; i++) {
            double s = r.nextInt(30) + (r.nextBoolean() ? r.nextDouble() : 0);
            double d = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(20) * r.nextDouble();
            b.task(wbs[r.nextInt(2)], s, s + d, r.nextInt(3) == 0 ? r.nextInt(500) : 0, r.nextInt(2000),
                    r.nextInt(5) == 0 ? r.nextInt(300) : 0, methods[r.nextInt(methods.length)]);
        }
        Baseline baseline = b.build();
        double[] pct = new double[tasks];
        double[] cost = new double[tasks];
        List<StatusUpdate> updates = new ArrayList<>();
        for (int p = 1; p <= periods; p++) {
            StatusUpdate u = new StatusUpdate(tasks, p * 7.0);
            for (int i = 0; i < tasks; i++) {
                if (r.nextInt(3) > 0 && baseline.start(i) < p * 7.0 + 5) {
                    pct[i] = Math.min(1.0, pct[i] + r.nextDouble() * 0.6);
                    cost[i] += r.nextDouble() * 500;
                }
                if (pct[i] > 0) {
                    u.progress(i, true, pct[i], cost[i]).physicalPercent(i, pct[i]).milestonesAchieved(i, Math.floor(pct[i] * 3) / 3);
                }
            }
            updates.add(u);
        }
        return new Case(baseline, updates);
    }

    @Property(tries = 200)
    void earnedValueNeverExceedsTheBudgetAndPlannedValueNeverDecreases(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int tasks) {
        Case c = randomCase(seed, tasks, 8);
        EarnedValueHistory h = EarnedValueHistory.compute(c.baseline(), c.updates());
        for (int node = 0; node < c.baseline().breakdown().size(); node++) {
            double previous = 0;
            for (int p = 0; p < h.periods(); p++) {
                EarnedValueMeasures m = h.measures(node, p);
                assertThat(m.ev()).isLessThanOrEqualTo(m.bac() + 1e-6);
                assertThat(m.pv()).isLessThanOrEqualTo(m.bac() + 1e-6).isGreaterThanOrEqualTo(previous - 1e-6);
                assertThat(m.es()).isBetween(0.0, m.pd());
                previous = m.pv();
            }
        }
        PlannedValueCurve curve = c.baseline().curve();
        double last = 0;
        for (double t = -1; t <= curve.plannedDuration() + 1; t += t == Math.rint(t) ? 0.37 : Math.ceil(t) - t) {
            double v = curve.at(t);
            assertThat(v).isGreaterThanOrEqualTo(last - 1e-6);
            double direct = 0;
            for (int i = 0; i < c.baseline().taskCount(); i++) {
                direct += c.baseline().plannedValue(i, t);
            }
            assertThat(v).isCloseTo(direct, org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, direct)));
            last = v;
        }
    }

    @Property(tries = 200)
    void atCompletionEarnedScheduleEqualsThePlannedDuration(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int tasks) {
        Case c = randomCase(seed, tasks, 1);
        StatusUpdate done = new StatusUpdate(tasks, 100);
        for (int i = 0; i < tasks; i++) {
            done.progress(i, true, 1.0, 1).milestonesAchieved(i, 1.0);
        }
        EarnedValueHistory h = EarnedValueHistory.compute(c.baseline(), List.of(done));
        EarnedValueMeasures m = h.measures(0, 0);
        assertThat(m.ev()).isCloseTo(m.bac(), org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, m.bac())));
        assertThat(m.es()).isEqualTo(m.pd());
    }

    @Property(tries = 200)
    void earnedScheduleIsWhereThePlannedValueCurveReachesTheEarnedValue(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int tasks, @ForAll @IntRange(min = 0, max = 1000) int permille) {
        Case c = randomCase(seed, tasks, 1);
        PlannedValueCurve curve = c.baseline().curve();
        double ev = curve.budget() * permille / 1000.0;
        double es = curve.earnedSchedule(ev);
        assertThat(es).isBetween(0.0, curve.plannedDuration());
        // PV at the whole unit before ES does not exceed EV, and PV after the next whole unit reaches it
        assertThat(curve.at(Math.floor(es))).isLessThanOrEqualTo(ev + 1e-6 * Math.max(1, ev));
        if (es < curve.plannedDuration()) {
            assertThat(curve.at(Math.min(Math.floor(es) + 1, curve.plannedDuration()))).isGreaterThanOrEqualTo(ev - 1e-6);
        }
    }
}
