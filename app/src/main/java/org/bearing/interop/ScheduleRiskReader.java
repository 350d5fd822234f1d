package org.bearing.interop;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bearing.engine.risk.RiskModel;
import org.bearing.engine.risk.ThreePointEstimate;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

/**
 * Reads a schedule file into a Monte Carlo {@link RiskModel}: the network as {@link EngineNetworkMapper} maps it,
 * and per work task a three-point estimate. Where the file holds MS Project's PERT durations (optimistic in
 * Duration1, expected in Duration2, pessimistic in Duration3, as MS Project's PERT analysis stores them) and they
 * bracket the planned duration, they are used; otherwise a default spread around the planned duration
 * (by default -10 % / +25 %, triangular). P6 files have no three-point fields, so they always get the default.
 */
public final class ScheduleRiskReader {

    /**
     * The model and what it was made of.
     *
     * @param fromFile  tasks whose estimate came from the file's optimistic/pessimistic fields
     * @param defaulted tasks that got the default spread
     */
    public record FileRiskModel(ImportedSchedule schedule, EngineNetworkMapper.Mapped mapped, RiskModel model,
                                int fromFile, int defaulted) { }

    private ScheduleRiskReader() {
    }

    /**
     * @param low  default spread below the planned duration, e.g. -0.10
     * @param high default spread above it, e.g. 0.25
     * @throws ScheduleFileException when the file cannot be read
     */
    public static FileRiskModel read(Path file, double low, double high, ThreePointEstimate.Shape shape)
            throws ScheduleFileException {
        ProjectFile project = MpxjFiles.open(file);
        ProjectFileMapper mapper = new ProjectFileMapper(project);
        ImportedSchedule schedule = mapper.map(file.toString());
        Map<Integer, long[]> pert = new HashMap<>();
        for (Task t : project.getTasks()) {
            Duration optimistic = t.getDuration(1);
            Duration expected = t.getDuration(2);
            Duration pessimistic = t.getDuration(3);
            if (t.getUniqueID() != null && optimistic != null && pessimistic != null
                    && pessimistic.getDuration() > 0) {
                long ml = expected == null || expected.getDuration() == 0 ? -1 : mapper.minutes(expected);
                pert.put(t.getUniqueID(), new long[] {mapper.minutes(optimistic), ml, mapper.minutes(pessimistic)});
            }
        }
        EngineNetworkMapper.Mapped mapped = EngineNetworkMapper.map(schedule);
        ScheduleNetwork network = mapped.network();
        RiskModel.Builder b = RiskModel.builder(network);
        int fromFile = 0;
        int defaulted = 0;
        int milestones = 0;
        for (int i = 0; i < network.taskCount(); i++) {
            if (network.isSummary(i)) {
                continue;
            }
            long d = network.duration(i);
            long[] p = pert.get(mapped.uniqueIds()[i]);
            if (network.isMilestone(i) && (p == null || p[2] == 0)) {
                if (milestones++ < 20) {
                    b.milestone(i);
                }
                continue;
            }
            if (p != null) {
                long ml = p[1] >= 0 ? p[1] : d;
                if (p[0] <= ml && ml <= p[2]) {
                    b.estimate(i, new ThreePointEstimate(p[0], ml, p[2], shape));
                    fromFile++;
                    continue;
                }
            }
            if (d > 0) {
                b.estimate(i, ThreePointEstimate.around(d, low, high, shape));
                defaulted++;
            }
        }
        return new FileRiskModel(schedule, mapped, b.build(), fromFile, defaulted);
    }
}
