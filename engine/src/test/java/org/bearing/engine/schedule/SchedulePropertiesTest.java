package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the forward/backward pass on random acyclic networks with mixed calendars and lags. */
class SchedulePropertiesTest {

    private static final WorkCalendar HOLIDAYS = WorkCalendar.builder("Holidays")
            .holiday(LocalDate.of(2026, 1, 7)).holidays(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 23))
            .exception(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), WorkingHours.parse("09:00-13:00")).build();
    private static final WorkCalendar SHIFT = WorkCalendar.builder("Shift")
            .weekdays(WorkingHours.parse("06:00-10:00, 10:30-14:30")).build();
    private static final WorkCalendar[] CALENDARS = {WorkCalendar.standard(), HOLIDAYS, SHIFT, WorkCalendar.twentyFourHour()};

    /** A random network description: per task duration and calendar, links (pred < succ), constraints. */
    record Spec(int[] durations, int[] calendars, int[][] links, int[] constraintTask, int[] constraintOffset) {
        @Override
        public String toString() {
            return "durations=" + java.util.Arrays.toString(durations) + " calendars=" + java.util.Arrays.toString(calendars)
                    + " links(a,b,type,lagUnit,lag)=" + java.util.Arrays.deepToString(links) + " constraintTasks="
                    + java.util.Arrays.toString(constraintTask) + " offsets=" + java.util.Arrays.toString(constraintOffset);
        }
    }

    @Provide
    Arbitrary<Spec> networks() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> {
            Arbitrary<int[]> durations = Arbitraries.integers().between(0, 3000).array(int[].class).ofSize(n);
            Arbitrary<int[]> calendars = Arbitraries.integers().between(0, CALENDARS.length - 1).array(int[].class).ofSize(n);
            Arbitrary<int[]> link = Combinators.combine(
                    Arbitraries.integers().between(0, Math.max(0, n - 1)),
                    Arbitraries.integers().between(0, Math.max(0, n - 1)),
                    Arbitraries.integers().between(0, 3),
                    Arbitraries.integers().between(0, 2),
                    Arbitraries.integers().between(-600, 1500)).as((a, b, t, u, lag) -> new int[] {a, b, t, u, lag});
            Arbitrary<int[][]> links = link.array(int[][].class).ofMaxSize(n * 2);
            Arbitrary<int[]> cTask = Arbitraries.integers().between(0, n - 1).array(int[].class).ofMaxSize(3);
            Arbitrary<int[]> cOffset = Arbitraries.integers().between(0, 20000).array(int[].class).ofSize(3);
            return Combinators.combine(durations, calendars, links, cTask, cOffset).as(Spec::new);
        });
    }

    private static final long START = WallClock.minutes(NetworkFixture.MONDAY);

    private static ScheduleNetwork build(Spec spec, boolean withConstraints, boolean honor) {
        return build(spec, withConstraints, honor, -1, false);
    }

    /** With {@code uniformCalendar >= 0}, every task uses that calendar. */
    private static ScheduleNetwork build(Spec spec, boolean withConstraints, boolean honor, int uniformCalendar,
            boolean workingLagsOnly) {
        return build(spec, withConstraints, honor, uniformCalendar, workingLagsOnly, false);
    }

    /** With {@code wbs}, tasks whose calendar index is 0 and index is even become parents of later tasks. */
    private static ScheduleNetwork build(Spec spec, boolean withConstraints, boolean honor, int uniformCalendar,
            boolean workingLagsOnly, boolean wbs) {
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(START).honorConstraintDates(honor);
        int n = spec.durations().length;
        int lastParent = -1;
        for (int i = 0; i < n; i++) {
            b.addTask("T" + i, spec.durations()[i]);
            b.calendar(i, CALENDARS[uniformCalendar >= 0 ? uniformCalendar : spec.calendars()[i]]);
            if (wbs && lastParent >= 0 && spec.calendars()[i] != 3) {
                b.parent(i, lastParent);
            }
            if (wbs && spec.calendars()[i] == 0 && i % 2 == 0) {
                lastParent = i;
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int[] l : spec.links()) {
            int a = Math.min(l[0], l[1]);
            int c = Math.max(l[0], l[1]);
            if (a == c || !seen.add((long) a * n + c) || (wbs && related(b, a, c))) {
                continue;
            }
            Lag lag = switch (workingLagsOnly ? 0 : l[3]) {
                case 0 -> Lag.working(l[4]);
                case 1 -> Lag.elapsed(l[4]);
                default -> Lag.percent(l[4] / 20.0);
            };
            b.link(a, c, LinkType.values()[l[2]], lag);
        }
        if (withConstraints) {
            ConstraintType[] types = {ConstraintType.START_NO_EARLIER_THAN, ConstraintType.FINISH_NO_LATER_THAN,
                    ConstraintType.MUST_START_ON, ConstraintType.FINISH_NO_EARLIER_THAN, ConstraintType.START_NO_LATER_THAN};
            for (int k = 0; k < spec.constraintTask().length; k++) {
                int t = spec.constraintTask()[k];
                b.constraint(t, types[(t + k) % types.length], START + spec.constraintOffset()[k]);
            }
        }
        return b.build();
    }

    private static boolean related(NetworkBuilder b, int x, int y) {
        for (int p = b.parent[y]; p >= 0; p = b.parent[p]) {
            if (p == x) {
                return true;
            }
        }
        for (int p = b.parent[x]; p >= 0; p = b.parent[p]) {
            if (p == y) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 200)
    void summariesRollUpAndTheirLinksBindEveryChild(@ForAll("networks") Spec spec) {
        ScheduleNetwork net;
        try {
            net = build(spec, false, true, -1, false, true);
        } catch (ScheduleCycleException e) {
            net = null;
        }
        Assume.that(net != null);
        Schedule s = new CriticalPathScheduler().schedule(net);
        for (int i = 0; i < net.taskCount(); i++) {
            if (net.isSummary(i)) {
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (int c : net.children(i)) {
                    min = Math.min(min, s.start(c));
                    max = Math.max(max, s.finish(c));
                }
                assertThat(s.start(i)).as("summary T%d start", i).isEqualTo(min);
                assertThat(s.finish(i)).as("summary T%d finish", i).isEqualTo(max);
            } else {
                assertThat(s.totalFloat(i)).as("float of T%d", i).isGreaterThanOrEqualTo(0);
            }
        }
        for (int l = 0; l < net.linkCount(); l++) {
            int succ = net.linkSuccessor(l);
            LinkType type = net.linkType(l);
            long bound = expectedBound(net, s, l);
            for (int leaf : leavesOf(net, succ)) {
                long actual = (type == LinkType.FINISH_TO_FINISH || type == LinkType.START_TO_FINISH) ? s.finish(leaf) : s.start(leaf);
                assertThat(violation(net.calendar(leaf), bound, actual)).as("link %d %s into T%d", l, type, leaf).isZero();
            }
        }
    }

    private static java.util.List<Integer> leavesOf(ScheduleNetwork net, int task) {
        if (!net.isSummary(task)) {
            return java.util.List.of(task);
        }
        java.util.List<Integer> out = new ArrayList<>();
        for (int c : net.children(task)) {
            out.addAll(leavesOf(net, c));
        }
        return out;
    }

    /** Working minutes by which {@code actual} is earlier than {@code bound} on calendar c (0 if satisfied). */
    private static long violation(WorkCalendar c, long bound, long actual) {
        return actual >= bound ? 0 : c.workingBetween(actual, bound);
    }

    private static long expectedBound(ScheduleNetwork net, Schedule s, int l) {
        int p = net.linkPredecessor(l);
        int succ = net.linkSuccessor(l);
        LinkType type = net.linkType(l);
        long date = (type == LinkType.START_TO_START || type == LinkType.START_TO_FINISH) ? s.start(p) : s.finish(p);
        Lag lag = net.lag(l);
        WorkCalendar lagCal = net.calendar(succ);
        return switch (lag.unit()) {
            case ELAPSED_MINUTES -> date + Math.round(lag.amount());
            case WORKING_MINUTES -> lagCal.addWorking(date, Math.round(lag.amount()));
            case PERCENT_OF_PREDECESSOR -> lagCal.addWorking(date, Math.round(net.duration(p) * lag.amount() / 100.0));
        };
    }

    /** Working minutes by which the link's successor date is earlier than the link demands (0 if satisfied). */
    private static long linkViolation(ScheduleNetwork net, Schedule s, int l) {
        int succ = net.linkSuccessor(l);
        LinkType type = net.linkType(l);
        long actual = (type == LinkType.FINISH_TO_FINISH || type == LinkType.START_TO_FINISH) ? s.finish(succ) : s.start(succ);
        return violation(net.calendar(succ), expectedBound(net, s, l), actual);
    }

    @Property(tries = 300)
    void everyLinkIsSatisfied(@ForAll("networks") Spec spec) {
        ScheduleNetwork net = build(spec, false, true);
        Schedule s = new CriticalPathScheduler().schedule(net);
        for (int l = 0; l < net.linkCount(); l++) {
            assertThat(linkViolation(net, s, l)).as("link %d %s", l, net.linkType(l)).isZero();
        }
        for (int i = 0; i < net.taskCount(); i++) {
            assertThat(violation(net.calendar(i), START, s.start(i))).isZero();
        }
    }

    @Property(tries = 300)
    void withoutConstraintsEarlyIsNotAfterLateAndFloatIsNotNegative(@ForAll("networks") Spec spec) {
        ScheduleNetwork net = build(spec, false, true);
        Schedule s = new CriticalPathScheduler().schedule(net);
        for (int i = 0; i < net.taskCount(); i++) {
            WorkCalendar c = net.calendar(i);
            assertThat(s.totalFloat(i)).as("float of T%d", i).isGreaterThanOrEqualTo(0);
            assertThat(c.workingBetween(s.earlyStart(i), s.lateStart(i))).isGreaterThanOrEqualTo(0);
            assertThat(c.workingBetween(s.earlyFinish(i), s.lateFinish(i))).isGreaterThanOrEqualTo(0);
            assertThat(s.freeFloat(i)).isBetween(0L, s.totalFloat(i));
            assertThat(s.earlyFinish(i)).isLessThanOrEqualTo(s.projectFinish());
            assertThat(s.earlyStart(i)).isLessThanOrEqualTo(s.earlyFinish(i));
            assertThat(s.lateStart(i)).as("LS <= LF of T%d", i).isLessThanOrEqualTo(s.lateFinish(i));
        }
        assertThat(s.warnings()).isEmpty();
    }

    @Property(tries = 300)
    void criticalTasksFormChainsFromStartToFinish(@ForAll("networks") Spec spec) {
        // One calendar per network: with a lag counted on another calendar than the predecessor's, a task can
        // drive a critical successor and still have float of its own.
        // Likewise an elapsed lag ending in non-working time gives the predecessor float.
        ScheduleNetwork net = build(spec, false, true, spec.calendars()[0], true);
        Schedule s = new CriticalPathScheduler().schedule(net);
        boolean anyCritical = false;
        for (int i = 0; i < net.taskCount(); i++) {
            if (!s.isCritical(i)) {
                continue;
            }
            anyCritical = true;
            boolean startsChain = s.drivers(i).stream().anyMatch(d -> d.kind() == Driver.Kind.PROJECT_START
                    || (d.kind() == Driver.Kind.LINK && s.isCritical(d.predecessor())));
            assertThat(startsChain).as("critical T%d has a critical driver or starts at project start: %s", i, s.drivers(i)).isTrue();
            boolean endsChain = net.calendar(i).workingBetween(s.earlyFinish(i), s.projectFinish()) == 0
                    || net.successorLinks(i).stream().anyMatch(l -> s.isCritical(net.linkSuccessor(l)));
            assertThat(endsChain).as("critical T%d reaches the project finish", i).isTrue();
        }
        assertThat(anyCritical).isTrue();
        // the longest path ends at the project finish (it may include zero-float-equivalent drivers that have
        // a minute of float after rolling to working time, so it is not checked against the critical flag)
        assertThat(s.longestPath()).anyMatch(i -> s.earlyFinish(i) == s.projectFinish());
    }

    @Property(tries = 200)
    void honoredConstraintsHoldOrAreReported(@ForAll("networks") Spec spec) {
        ScheduleNetwork net = build(spec, true, true);
        Schedule s = new CriticalPathScheduler().schedule(net);
        Set<Integer> conflicted = new HashSet<>();
        s.warnings().stream().filter(w -> w.kind() == ScheduleWarning.Kind.CONSTRAINT_CONFLICT).forEach(w -> conflicted.add(w.task()));
        for (int i = 0; i < net.taskCount(); i++) {
            ConstraintType ct = net.constraintType(i);
            long cd = net.constraintDate(i);
            WorkCalendar c = net.calendar(i);
            switch (ct) {
                case START_NO_EARLIER_THAN -> assertThat(violation(c, cd, s.start(i))).isZero();
                case FINISH_NO_EARLIER_THAN -> assertThat(violation(c, cd, s.finish(i))).isZero();
                case START_NO_LATER_THAN -> assertThat(violation(c, s.start(i), cd)).isZero();
                case FINISH_NO_LATER_THAN -> assertThat(violation(c, s.finish(i), cd)).isZero();
                case MUST_START_ON -> assertThat(s.start(i)).isEqualTo(cd);
                default -> { }
            }
        }
        List<Integer> broken = new ArrayList<>();
        for (int l = 0; l < net.linkCount(); l++) {
            if (linkViolation(net, s, l) > 0) {
                broken.add(net.linkSuccessor(l));
            }
        }
        // a link can only be broken downstream of a reported conflict
        if (!broken.isEmpty()) {
            assertThat(conflicted).isNotEmpty();
        }
    }

    @Property(tries = 100)
    void logicFirstModeNeverBreaksLinksButMayGoNegative(@ForAll("networks") Spec spec, @ForAll @IntRange(min = 0, max = 1) int unused) {
        ScheduleNetwork net = build(spec, true, false);
        Schedule s = new CriticalPathScheduler().schedule(net);
        for (int l = 0; l < net.linkCount(); l++) {
            if (net.constraintType(net.linkSuccessor(l)) != ConstraintType.MUST_START_ON) {
                assertThat(linkViolation(net, s, l)).isZero();
            }
        }
        for (int i = 0; i < net.taskCount(); i++) {
            if (s.totalFloat(i) < 0) {
                assertThat(s.warnings()).anyMatch(w -> w.kind() == ScheduleWarning.Kind.NEGATIVE_FLOAT);
            }
        }
    }
}
