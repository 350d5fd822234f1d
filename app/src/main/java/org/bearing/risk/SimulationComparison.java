package org.bearing.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Two runs of a project side by side, e.g. before and after a risk response: how far P50 and P80 moved (working days
 * of the project calendar, positive = later in run b), the tasks whose criticality index changed by at least
 * {@link #CRITICALITY_STEP}, and the rank of each modelled risk in both tornados (1 = the largest driver).
 */
public record SimulationComparison(long a, long b, LocalDateTime p50a, LocalDateTime p50b, double p50ShiftDays,
                                   LocalDateTime p80a, LocalDateTime p80b, double p80ShiftDays, Double p80CostA, Double p80CostB,
                                   List<CriticalityChange> criticality, List<DriverChange> drivers) {
    public static final double CRITICALITY_STEP = 0.05;

    public record CriticalityChange(long taskId, String name, double a, double b, double change) {
    }

    /** A risk's tornado rank and P80 finish shift (days) in each run; null where the run did not model it. */
    public record DriverChange(long riskId, String code, String title, Integer rankA, Integer rankB, Double shiftDaysA,
                               Double shiftDaysB) {
    }
}
