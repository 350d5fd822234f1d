package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.bearing.engine.calendar.WallClock;
import org.junit.jupiter.api.Test;

/** A leveling delay pushes a task and its successors by working time, as MS Project's Leveling Delay does. */
class LevelingDelayTest {

    @Test
    void aLeveledTaskStartsLaterByWorkingTimeAndPushesItsSuccessors() {
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(LocalDateTime.of(2026, 1, 5, 8, 0)); // Monday
        int a = b.addTask("A", 2 * 480);
        int c = b.addTask("C", 480);
        b.link(a, c, LinkType.FINISH_TO_START, Lag.NONE);
        b.levelingDelay(a, 3 * 480); // three working days: Mon, Tue, Wed
        Schedule s = new CriticalPathScheduler().schedule(b.build());
        assertThat(WallClock.dateTime(s.earlyStart(a))).isEqualTo(LocalDateTime.of(2026, 1, 8, 8, 0));
        assertThat(WallClock.dateTime(s.earlyFinish(a))).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(WallClock.dateTime(s.earlyStart(c))).isEqualTo(LocalDateTime.of(2026, 1, 12, 8, 0));
        assertThat(s.totalFloat(a)).isZero();
    }

    @Test
    void aDelayWithinFloatLeavesTheFinishAlone() {
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(LocalDateTime.of(2026, 1, 5, 8, 0));
        int longTask = b.addTask("Long", 5 * 480);
        int shortTask = b.addTask("Short", 480);
        b.levelingDelay(shortTask, 2 * 480);
        Schedule s = new CriticalPathScheduler().schedule(b.build());
        assertThat(WallClock.dateTime(s.projectFinish())).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(s.totalFloat(shortTask)).isEqualTo(2 * 480);
        assertThat(s.totalFloat(longTask)).isZero();
    }
}
