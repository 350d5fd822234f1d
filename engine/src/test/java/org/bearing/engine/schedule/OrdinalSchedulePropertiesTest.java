package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * The ordinal kernel of re-runs ({@link OrdinalSchedule}) gives exactly what the full scheduler gives, on generated
 * networks (four calendars, all link types, working, elapsed and percent lags, SNET/FNLT, deadlines, summaries)
 * with, at random, every feature the kernel hands to the general code task by task: MS Project or P6 rules (P6
 * moves finishes to finish bounds), each lag calendar choice (network-wide and per link), status date with actual
 * starts, finishes and remaining work, manual tasks, leveling delays, start milestones, assignments on other
 * calendars, every constraint type, a critical-float threshold and total float rule; and durations scaled 0-3x
 * (zero turns a fast task into a general one for that run). As-late-as-possible tasks make the kernel step aside
 * for the general code: also checked.
 */
class OrdinalSchedulePropertiesTest {

    private static final ConstraintType[] CONSTRAINTS = ConstraintType.values();

    @Property(tries = 80)
    void rerunEqualsFullScheduleWithEveryFeature(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll @IntRange(min = 20, max = 220) int tasks) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ScheduleNetwork plain = new NetworkGenerator(seed).generate(tasks);
        Schedule planned = new CriticalPathScheduler().schedule(plain);
        NetworkBuilder b = new NetworkGenerator(seed).builder(tasks);
        boolean[] keepPlanned = new boolean[plain.taskCount()];
        boolean alap = configure(b, plain, planned, rnd, keepPlanned);
        ScheduleNetwork net = b.build();

        CriticalPathRerun rerun = new CriticalPathRerun(new CriticalPathRerun(net));
        CriticalPathRerun forward = new CriticalPathRerun(rerun);
        assertThat(rerun.usesOrdinalSchedule()).as("kernel applies unless a task is as late as possible")
                .isEqualTo(!alap);
        long[] d = rerun.plannedDurations();
        ScheduleNetwork edited = net;
        for (int i = 0; i < d.length; i++) {
            if (!net.isSummary(i) && !keepPlanned[i] && rnd.nextInt(3) > 0) {
                long base = d[i] > 0 ? d[i] : 60;
                d[i] = rnd.nextInt(12) == 0 ? 0 : Math.round(base * rnd.nextDouble() * 3);
                edited = edited.withDuration(i, d[i]);
            }
        }
        Schedule full = new CriticalPathScheduler().schedule(edited);
        // twice: the second run re-uses the arrays of the first
        for (int run = 0; run < 2; run++) {
            rerun.run(d);
            forward.runForward(d);
            assertThat(rerun.projectFinish()).as("project finish").isEqualTo(full.projectFinish());
            assertThat(forward.projectFinish()).as("forward-only project finish").isEqualTo(full.projectFinish());
            for (int i = 0; i < d.length; i++) {
                assertThat(rerun.start(i)).as("start of %s", net.name(i)).isEqualTo(full.start(i));
                assertThat(rerun.finish(i)).as("finish of %s", net.name(i)).isEqualTo(full.finish(i));
                assertThat(rerun.totalFloat(i)).as("float of %s", net.name(i)).isEqualTo(full.totalFloat(i));
                assertThat(rerun.isCritical(i)).as("critical %s", net.name(i)).isEqualTo(full.isCritical(i));
                if (!alap) {
                    assertThat(forward.finish(i)).as("forward finish of %s", net.name(i)).isEqualTo(full.finish(i));
                }
            }
        }
    }

    /**
     * Applies random settings and task features to the builder; returns whether a task is as late as possible.
     * Marks in {@code keepPlanned} the tasks whose sampled duration a re-run reads differently from an edited
     * network by design (started tasks: remaining work scales; assignments: work scales with sampled / planned).
     */
    private static boolean configure(NetworkBuilder b, ScheduleNetwork plain, Schedule planned, SplittableRandom rnd,
            boolean[] keepPlanned) {
        switch (rnd.nextInt(3)) {
            case 0 -> b.msProjectRules();
            case 1 -> b.primaveraRules();
            default -> { }
        }
        b.lagCalendar(LagCalendar.values()[rnd.nextInt(LagCalendar.values().length)]);
        if (rnd.nextInt(3) == 0) {
            b.criticalFloat(480L * rnd.nextInt(1, 4));
        }
        if (rnd.nextInt(4) == 0) {
            b.lateFinishAtNextStart(true);
        }
        if (rnd.nextInt(3) == 0) {
            b.totalFloatRule(TotalFloatRule.values()[rnd.nextInt(TotalFloatRule.values().length)]);
        }
        for (int l = 0; l < plain.linkCount(); l++) {
            if (rnd.nextInt(8) == 0) {
                b.lagCalendar(l, LagCalendar.values()[rnd.nextInt(LagCalendar.values().length)]);
            }
        }
        long status = NetworkBuilder.NONE;
        if (rnd.nextInt(2) == 0) {
            status = plain.projectStart() + (planned.projectFinish() - plain.projectStart()) / rnd.nextInt(3, 8);
            b.statusDate(status);
        }
        WorkCalendar nights = WorkCalendar.twentyFourHour();
        boolean alap = false;
        for (int i = 0; i < plain.taskCount(); i++) {
            if (plain.isSummary(i)) {
                if (rnd.nextInt(15) == 0) {
                    b.constraint(i, rnd.nextBoolean() ? ConstraintType.START_NO_EARLIER_THAN
                            : ConstraintType.FINISH_NO_LATER_THAN, planned.start(i) + 1440L * rnd.nextInt(-20, 20));
                }
                continue;
            }
            long start = planned.start(i);
            long finish = planned.finish(i);
            if (status != NetworkBuilder.NONE && start < status && rnd.nextInt(4) > 0) {
                keepPlanned[i] = true;
                b.actualStart(i, start);
                if (finish <= status) {
                    b.actualFinish(i, finish);
                } else if (rnd.nextBoolean()) {
                    b.percentComplete(i, rnd.nextInt(0, 100));
                } else {
                    b.remainingDuration(i, rnd.nextInt(0, 4000));
                }
                continue;
            }
            int feature = rnd.nextInt(40);
            switch (feature) {
                case 0 -> b.manual(i);
                case 1 -> b.levelingDelay(i, 60L * rnd.nextInt(1, 30));
                case 2 -> b.duration(i, 0).startMilestone(i);
                case 3 -> {
                    b.assignment(i, nights, plain.duration(i), 100);
                    keepPlanned[i] = true;
                }
                case 4, 5 -> {
                    ConstraintType type = CONSTRAINTS[rnd.nextInt(1, CONSTRAINTS.length)];
                    b.constraint(i, type, start + 1440L * rnd.nextInt(-30, 30) + 60L * rnd.nextInt(0, 24));
                    alap |= type == ConstraintType.AS_LATE_AS_POSSIBLE;
                }
                case 6 -> b.deadline(i, finish + 1440L * rnd.nextInt(-30, 30));
                default -> { }
            }
        }
        return alap;
    }
}
