package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * The longest path equals the closure of the schedule's own explanations: the tasks finishing with the project
 * (same working time), then every predecessor that {@link Schedule#drivers} names as a driving link, and for a
 * driving link from a summary task the leaves under it that set its bound. An independent statement of the
 * definition, checked on random generated networks (four calendars, all link types, lags, constraints).
 */
class LongestPathPropertiesTest {

    @Property(tries = 60)
    void longestPathIsTheClosureOfDrivingLinksFromTheFinish(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @IntRange(min = 10, max = 400) int tasks) {
        ScheduleNetwork net = new NetworkGenerator(seed).generate(tasks);
        Schedule s = new CriticalPathScheduler().schedule(net);
        boolean[] expected = new boolean[net.taskCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < net.taskCount(); i++) {
            if (!net.isSummary(i) && sameWorkingTime(net.calendar(i), s.earlyFinish(i), s.projectFinish())) {
                expected[i] = true;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int t = queue.poll();
            for (Driver d : s.drivers(t)) {
                if (d.kind() != Driver.Kind.LINK) {
                    continue;
                }
                int p = d.predecessor();
                List<Integer> candidates = net.isSummary(p) ? leavesUnder(net, p) : List.of(p);
                for (int k : candidates) {
                    boolean sets = !net.isSummary(p) || (d.linkType().fromStart()
                            ? s.earlyStart(k) == s.earlyStart(p)
                            : sameWorkingTime(net.calendar(k), s.earlyFinish(k), s.earlyFinish(p)));
                    if (sets && !expected[k]) {
                        expected[k] = true;
                        queue.add(k);
                    }
                }
            }
        }
        int count = 0;
        for (int i = 0; i < net.taskCount(); i++) {
            assertThat(s.isOnLongestPath(i)).as("%s on the longest path", net.name(i)).isEqualTo(expected[i]);
            count += expected[i] ? 1 : 0;
        }
        assertThat(count).isPositive();
    }

    private static boolean sameWorkingTime(WorkCalendar c, long a, long b) {
        return c.workingBetween(Math.min(a, b), Math.max(a, b)) == 0;
    }

    private static List<Integer> leavesUnder(ScheduleNetwork net, int summary) {
        List<Integer> out = new ArrayList<>();
        for (int c : net.children(summary)) {
            if (net.isSummary(c)) {
                out.addAll(leavesUnder(net, c));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
