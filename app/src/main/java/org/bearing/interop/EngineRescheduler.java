package org.bearing.interop;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Schedule;

/** Bearing's engine as a {@link Rescheduler}: maps the schedule into the engine network and schedules it. */
public final class EngineRescheduler implements Rescheduler {
    private final CriticalPathScheduler scheduler = new CriticalPathScheduler();

    @Override
    public String name() {
        return "Bearing";
    }

    @Override
    public Map<Integer, TaskDates> schedule(ImportedSchedule schedule) {
        EngineNetworkMapper.Mapped mapped = EngineNetworkMapper.map(schedule);
        Schedule result = scheduler.schedule(mapped.network());
        return dates(mapped, result);
    }

    /** The engine's results as {@link TaskDates} by the file's task unique ids. */
    static Map<Integer, TaskDates> dates(EngineNetworkMapper.Mapped mapped, Schedule result) {
        Map<Integer, TaskDates> dates = new LinkedHashMap<>();
        for (int i = 0; i < result.taskCount(); i++) {
            // MS Project never marks a manual task with text dates critical, whatever its slack.
            boolean critical = result.isCritical(i) && !mapped.neverCritical()[i];
            dates.put(mapped.uniqueIds()[i], new TaskDates(mapped.uniqueIds()[i], result.name(i),
                    WallClock.dateTime(result.earlyStart(i)), WallClock.dateTime(result.earlyFinish(i)),
                    WallClock.dateTime(result.lateStart(i)), WallClock.dateTime(result.lateFinish(i)),
                    result.totalFloat(i), result.freeFloat(i), critical));
        }
        return dates;
    }
}
