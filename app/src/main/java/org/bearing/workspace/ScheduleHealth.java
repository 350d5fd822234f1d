package org.bearing.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The red/amber/green schedule health of a project and the rule behind it:
 * <ul>
 *   <li>red: the forecast finish is after the hard deadline, or more than 14 days after the baseline finish;</li>
 *   <li>amber: the forecast finish is 1 to 14 days after the baseline finish, or within 14 days of the hard deadline;</li>
 *   <li>green: otherwise.</li>
 * </ul>
 * Slip is in calendar days: it is what a sponsor reads on a status report.
 */
public record ScheduleHealth(Status status, String rule) {
    public enum Status { GREEN, AMBER, RED }

    static final long TOLERANCE_DAYS = 14;

    public static ScheduleHealth of(LocalDate forecastFinish, LocalDate baselineFinish, LocalDate hardDeadline) {
        if (forecastFinish == null) {
            return new ScheduleHealth(Status.GREEN, "No tasks scheduled yet");
        }
        long slip = baselineFinish == null ? 0 : ChronoUnit.DAYS.between(baselineFinish, forecastFinish);
        if (hardDeadline != null && forecastFinish.isAfter(hardDeadline)) {
            return new ScheduleHealth(Status.RED, "Forecast finish " + forecastFinish + " is after the hard deadline " + hardDeadline);
        }
        if (slip > TOLERANCE_DAYS) {
            return new ScheduleHealth(Status.RED, "Forecast finish slips " + slip + " days past the baseline (tolerance " + TOLERANCE_DAYS + ")");
        }
        if (slip > 0) {
            return new ScheduleHealth(Status.AMBER, "Forecast finish slips " + slip + " days past the baseline");
        }
        if (hardDeadline != null && ChronoUnit.DAYS.between(forecastFinish, hardDeadline) <= TOLERANCE_DAYS) {
            return new ScheduleHealth(Status.AMBER, "Forecast finish is within " + TOLERANCE_DAYS + " days of the hard deadline " + hardDeadline);
        }
        return new ScheduleHealth(Status.GREEN, baselineFinish == null ? "On track; no baseline to compare with"
                : "On or ahead of the baseline finish " + baselineFinish);
    }
}
