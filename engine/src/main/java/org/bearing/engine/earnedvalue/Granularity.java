package org.bearing.engine.earnedvalue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Buckets of a time-phased report: calendar days, ISO weeks (Monday to Sunday) or calendar months. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /**
     * The first days of the buckets that cover {@code [from, to]}, plus the day after the last bucket: bucket i is
     * {@code [result[i], result[i+1])}.
     */
    public List<LocalDate> bucketStarts(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("bucket range ends (" + to + ") before it starts (" + from + ")");
        }
        LocalDate d = switch (this) {
            case DAY -> from;
            case WEEK -> from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> from.withDayOfMonth(1);
        };
        List<LocalDate> starts = new ArrayList<>();
        starts.add(d);
        while (!d.isAfter(to)) {
            d = switch (this) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case MONTH -> d.plusMonths(1);
            };
            starts.add(d);
        }
        return starts;
    }

    /** {@link #bucketStarts} mapped to the time axis (bucket boundaries at midnight). */
    public double[] boundaries(TimeAxis axis, LocalDate from, LocalDate to) {
        List<LocalDate> starts = bucketStarts(from, to);
        double[] b = new double[starts.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = axis.at(starts.get(i).atStartOfDay());
        }
        return b;
    }
}
