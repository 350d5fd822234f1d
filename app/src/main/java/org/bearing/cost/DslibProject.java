package org.bearing.cost;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One DSLIB project as read from its workbook, in Bearing's terms (no POI types): the working calendar of its
 * {@code Agenda}, the leaf activities of its {@code Baseline Schedule}, the progress of every tracking period
 * ({@code Project Control - TPn}) and the measures DSLIB reported in its {@code Tracking Overview}.
 *
 * @param name file name without extension, e.g. {@code C2011-10 Building a House}
 * @param start baseline start of the project
 * @param workingHours minute-of-day pairs of the working hours (e.g. 480, 720, 780, 1020)
 * @param workingDays ISO day numbers (1 = Monday) that are working days
 * @param holidays non-working dates
 * @param activities leaf activities (summaries excluded: their costs are the sums of their children)
 * @param periods tracking periods in workbook order
 * @param reported the tracking overview rows in workbook order
 */
public record DslibProject(String name, LocalDateTime start, int[] workingHours, Set<Integer> workingDays,
        Set<LocalDate> holidays, List<Activity> activities, List<Period> periods, List<Reported> reported) {

    /**
     * A leaf activity of the baseline schedule.
     *
     * @param id DSLIB activity ID
     * @param baselineStart baseline start
     * @param baselineEnd baseline end
     * @param fixedCost fixed cost (currency), which DSLIB accrues at the start
     * @param totalCost total cost (currency): fixed + resource + variable cost
     * @param predecessors precedence relations of the baseline schedule (empty if none or not read)
     */
    public record Activity(int id, LocalDateTime baselineStart, LocalDateTime baselineEnd, double fixedCost,
            double totalCost, List<Link> predecessors) {

        /** An activity without precedence relations (the EV checks need none). */
        public Activity(int id, LocalDateTime baselineStart, LocalDateTime baselineEnd, double fixedCost,
                double totalCost) {
            this(id, baselineStart, baselineEnd, fixedCost, totalCost, List.of());
        }
    }

    /**
     * A precedence relation of the baseline schedule, as DSLIB writes it in the Predecessors column (e.g.
     * {@code 12FS+2d}).
     *
     * @param predecessor DSLIB ID of the predecessor
     * @param type FS, SS, FF or SF
     * @param lagHours lag in working hours (negative for a lead)
     */
    public record Link(int predecessor, String type, double lagHours) {
    }

    /**
     * One tracking period: status date and, per activity ID, its progress.
     *
     * @param name sheet name
     * @param statusDate the TP status date
     * @param progress progress of each activity, in the order of {@link DslibProject#activities()}; null if absent
     */
    public record Period(String name, LocalDateTime statusDate, List<Progress> progress) {
    }

    /**
     * Progress of one activity at a status date.
     *
     * @param started whether it has an actual start
     * @param percentComplete the sheet's percentage completed, 0..1
     * @param actualCost actual cost to date (currency)
     * @param remainingCost remaining cost (currency)
     * @param actualStart actual start, or null
     * @param actualHours actual duration to date in working hours (NaN if blank or unreadable)
     * @param remainingHours remaining duration in working hours (NaN if blank or unreadable)
     */
    public record Progress(boolean started, double percentComplete, double actualCost, double remainingCost,
            LocalDateTime actualStart, double actualHours, double remainingHours) {

        /** Progress without the time columns. */
        public Progress(boolean started, double percentComplete, double actualCost, double remainingCost) {
            this(started, percentComplete, actualCost, remainingCost, null, Double.NaN, Double.NaN);
        }
    }

    /**
     * A row of the tracking overview. Values that are blank in the workbook are NaN (ES null).
     *
     * @param statusDate status date
     * @param pv planned value
     * @param ev earned value
     * @param ac actual cost
     * @param es earned schedule as a date-time (DSLIB shows whole hours)
     * @param sv schedule variance EV − PV
     * @param spi EV / PV
     * @param cv cost variance EV − AC
     * @param cpi EV / AC
     * @param svtDays SV(t) in working days
     * @param spit SPI(t)
     */
    public record Reported(LocalDateTime statusDate, double pv, double ev, double ac, LocalDateTime es, double sv,
            double spi, double cv, double cpi, double svtDays, double spit) {
    }

    /** Working hours per day of the agenda. */
    public double hoursPerDay() {
        int minutes = 0;
        for (int i = 0; i < workingHours.length; i += 2) {
            minutes += workingHours[i + 1] - workingHours[i];
        }
        return minutes / 60.0;
    }
}
