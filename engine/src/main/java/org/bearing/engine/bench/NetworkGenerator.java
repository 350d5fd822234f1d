package org.bearing.engine.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
import org.bearing.engine.schedule.ConstraintType;
import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Lag;
import org.bearing.engine.schedule.LinkType;
import org.bearing.engine.schedule.NetworkBuilder;
import org.bearing.engine.schedule.Schedule;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * Generates realistic, reproducible (seeded) task networks: a three-level WBS (phases, work packages of about
 * 20 tasks), 1-3 predecessors per task drawn from a sliding window of earlier tasks (so the network has
 * parallel streams and a critical path of a few hundred tasks), about 80 % FS / 10 % SS / 7 % FF / 3 % SF
 * links, working, elapsed and percent lags and leads, a few links on work packages, four calendars with 30
 * years of public holidays, milestones, SNET constraints a little before the start the logic gives, FNLT
 * constraints and deadlines.
 */
public final class NetworkGenerator {

    /** Project start of generated networks: Monday 2026-01-05 08:00. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

    /** Approximate calendar days of a generated project (the sliding window keeps it size-independent). */
    private static final int TYPICAL_DAYS = 5500;

    private final long seed;

    public NetworkGenerator(long seed) {
        this.seed = seed;
    }

    /** A network with exactly {@code taskCount} tasks (including summaries). */
    public ScheduleNetwork generate(int taskCount) {
        return builder(taskCount).build();
    }

    /** The builder of {@link #generate(int)}, for callers that want to change settings before building. */
    public NetworkBuilder builder(int taskCount) {
        if (taskCount < 1) {
            throw new IllegalArgumentException("task count must be positive, got " + taskCount);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        WorkCalendar[] calendars = calendars();
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(START).projectCalendar(calendars[0]);
        long start = WallClock.minutes(START);
        int window = Math.max(100, taskCount / 100);
        int[] leaves = new int[taskCount];
        int leafCount = 0;
        int phase = -1;
        int pack = -1;
        int inPack = 0;
        int packsInPhase = 0;
        int[] snetTask = new int[taskCount];
        int[] snetDays = new int[taskCount];
        int snets = 0;
        for (int added = 0; added < taskCount; added++) {
            if (phase < 0 || (packsInPhase >= 10 && inPack >= 20 && taskCount - added > 2)) {
                phase = b.addTask("Phase " + (added + 1), 0);
                packsInPhase = 0;
                inPack = 20;
                continue;
            }
            if (inPack >= 20 && taskCount - added > 1) {
                pack = b.addTask("Package " + (added + 1), 0, phase);
                packsInPhase++;
                inPack = 0;
                if (rnd.nextInt(100) < 2 && leafCount > 0) {
                    b.link(leaves[Math.max(0, leafCount - 1 - rnd.nextInt(Math.min(leafCount, window)))], pack,
                            LinkType.FINISH_TO_START, Lag.NONE);
                }
                continue;
            }
            int task;
            int kind = rnd.nextInt(100);
            if (kind < 3) {
                task = b.addMilestone("Milestone " + (added + 1));
                b.parent(task, pack >= 0 ? pack : phase);
            } else {
                long duration = kind < 10 ? 60L * (1 + rnd.nextInt(16)) : 480L * (1 + rnd.nextInt(10));
                task = b.addTask("Task " + (added + 1), duration, pack >= 0 ? pack : phase);
            }
            inPack++;
            int cal = rnd.nextInt(100);
            if (cal < 6) {
                b.calendar(task, calendars[1]);
            } else if (cal < 8) {
                b.calendar(task, calendars[2]);
            } else if (cal < 10) {
                b.calendar(task, calendars[3]);
            }
            if (leafCount > 0) {
                int preds = 1 + rnd.nextInt(3);
                for (int p = 0; p < preds; p++) {
                    int pred = leaves[leafCount - 1 - rnd.nextInt(Math.min(leafCount, window))];
                    b.link(pred, task, linkType(rnd), lag(rnd));
                }
            }
            int c = rnd.nextInt(1000);
            // late constraint dates near where the task is likely to fall (the generated projects run ~15 years)
            long position = start + (long) (TYPICAL_DAYS * 1440L * (added / (double) taskCount));
            if (c < 10) {
                // placed once the logic's dates are known (below)
                snetTask[snets] = task;
                snetDays[snets++] = rnd.nextInt(-120, 0);
            } else if (c < 13) {
                b.constraint(task, ConstraintType.FINISH_NO_LATER_THAN, position + 1440L * rnd.nextInt(30, 400));
            } else if (c < 18) {
                b.deadline(task, position + 1440L * rnd.nextInt(30, 400));
            }
            leaves[leafCount++] = task;
        }
        if (snets > 0) {
            // "not before" dates 1-120 days before the task's start by logic: they bind in the plan only where
            // another such date holds a predecessor, and in a simulation when the work before runs early; never
            // a date beyond the logic's finish that would pin the project finish
            Schedule logic = new CriticalPathScheduler().schedule(b.build());
            for (int k = 0; k < snets; k++) {
                b.constraint(snetTask[k], ConstraintType.START_NO_EARLIER_THAN,
                        logic.earlyStart(snetTask[k]) + 1440L * snetDays[k]);
            }
        }
        return b;
    }

    private static LinkType linkType(SplittableRandom rnd) {
        int t = rnd.nextInt(100);
        return t < 80 ? LinkType.FINISH_TO_START : t < 90 ? LinkType.START_TO_START
                : t < 97 ? LinkType.FINISH_TO_FINISH : LinkType.START_TO_FINISH;
    }

    private static Lag lag(SplittableRandom rnd) {
        int l = rnd.nextInt(100);
        if (l < 70) {
            return Lag.NONE;
        }
        if (l < 88) {
            return Lag.working(480L * rnd.nextInt(1, 6));
        }
        if (l < 94) {
            return Lag.working(-240L * rnd.nextInt(1, 4));
        }
        if (l < 97) {
            return Lag.elapsed(1440L * rnd.nextInt(1, 8));
        }
        return Lag.percent(25 * rnd.nextInt(1, 4));
    }

    /** Standard with 30 years of holidays; a six-day site calendar derived from it; two shifts; 24 hours. */
    static WorkCalendar[] calendars() {
        WorkCalendar.Builder standard = WorkCalendar.builder("Standard with holidays");
        for (int year = 2026; year < 2056; year++) {
            standard.holiday(LocalDate.of(year, 1, 1)).holiday(LocalDate.of(year, 5, 1)).holiday(LocalDate.of(year, 7, 14))
                    .holiday(LocalDate.of(year, 11, 11)).holidays(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 26));
        }
        WorkCalendar base = standard.build();
        WorkCalendar site = WorkCalendar.derivedFrom(base, "Site six-day")
                .day(DayOfWeek.SATURDAY, WorkingHours.parse("07:00-12:00")).build();
        WorkCalendar shifts = WorkCalendar.derivedFrom(base, "Two shifts")
                .weekdays(WorkingHours.parse("06:00-14:00, 14:00-22:00")).build();
        return new WorkCalendar[] {base, site, shifts, WorkCalendar.twentyFourHour()};
    }
}
