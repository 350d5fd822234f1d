package org.bearing.engine.calendar;

/**
 * A {@link WorkCalendar} flattened into per-day arrays over a horizon of days, for engines that do the same
 * calendar arithmetic millions of times (Monte Carlo re-runs of the critical path). Every method returns exactly
 * what the calendar's method of the same name returns; inside the horizon it costs two or three array loads
 * (day index, working minutes before the day, the day's {@link WorkingHours} tables), outside it delegates to the
 * calendar.
 *
 * <p>Definitions: for day {@code d} of the horizon, {@code dayOrdinal[d]} = {@code calendar.ordinal(d * 1440)};
 * {@code ordinal(t)} = {@code dayOrdinal[d] + hours(d).before(t - d * 1440)}; the working minute with ordinal
 * {@code k} lies on the day with {@code dayOrdinal[d] <= k < dayOrdinal[d + 1]}, found from a table of the first
 * such day per 256 working minutes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CalendarTable {

    private static final int BUCKET_BITS = 8;

    private final WorkCalendar calendar;
    /** First epoch day of the horizon and number of days. */
    private final long firstDay;
    private final int days;
    /**
     * dayOrdinal[i] = ordinal at the start of day firstDay + i minus firstOrdinal (an int: at most 400,000 days);
     * one more entry for the end of the horizon.
     */
    private final int[] dayOrdinal;
    /** The day's {@link WorkingHours} tables: working minutes before each minute of the day, and the inverse. */
    private final short[][] dayBefore;
    private final short[][] dayAt;
    /** Ordinals [firstOrdinal, endOrdinal) are the working minutes inside the horizon. */
    private final long firstOrdinal;
    private final long endOrdinal;
    /** Index of the last day starting at or before each bucket of 256 working minutes (relative ordinals). */
    private final int[] dayOfBucket;

    private CalendarTable(WorkCalendar calendar, long firstDay, int days) {
        this.calendar = calendar;
        this.firstDay = firstDay;
        this.days = days;
        long[] ordinals = new long[days + 1];
        for (int i = 0; i <= days; i++) {
            ordinals[i] = calendar.ordinal((firstDay + i) * WallClock.MINUTES_PER_DAY);
        }
        firstOrdinal = ordinals[0];
        endOrdinal = ordinals[days];
        dayOrdinal = new int[days + 1];
        dayBefore = new short[days][];
        dayAt = new short[days][];
        for (int i = 0; i <= days; i++) {
            dayOrdinal[i] = Math.toIntExact(ordinals[i] - firstOrdinal);
        }
        for (int i = 0; i < days; i++) {
            WorkingHours hours = calendar.hoursOnDay(firstDay + i);
            if (hours.total() != ordinals[i + 1] - ordinals[i]) {
                throw new IllegalStateException("calendar '" + calendar.name() + "' disagrees with its own hours on day "
                        + WallClock.dateTime((firstDay + i) * WallClock.MINUTES_PER_DAY));
            }
            dayBefore[i] = hours.beforeTable();
            dayAt[i] = hours.atTable();
        }
        int buckets = (int) ((endOrdinal - firstOrdinal + (1 << BUCKET_BITS) - 1) >> BUCKET_BITS);
        dayOfBucket = new int[buckets];
        int d = 0;
        for (int b = 0; b < buckets; b++) {
            long k = (long) b << BUCKET_BITS;
            while (d + 1 < days && dayOrdinal[d + 1] <= k) {
                d++;
            }
            dayOfBucket[b] = d;
        }
    }

    /**
     * The table of {@code calendar} over epoch days {@code [fromDay, toDay)} (an empty horizon if
     * {@code toDay <= fromDay}: every call then delegates to the calendar).
     */
    public static CalendarTable of(WorkCalendar calendar, long fromDay, long toDay) {
        int n = (int) Math.max(0, Math.min(toDay - fromDay, 400_000));
        return new CalendarTable(calendar, fromDay, n);
    }

    /** A table with an empty horizon: plain delegation to the calendar. */
    public static CalendarTable of(WorkCalendar calendar) {
        return new CalendarTable(calendar, 0, 0);
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** As {@link WorkCalendar#ordinal(long)}. */
    public long ordinal(long t) {
        long d = Math.floorDiv(t, WallClock.MINUTES_PER_DAY);
        long i = d - firstDay;
        if (i >= 0 && i < days) {
            return firstOrdinal + dayOrdinal[(int) i] + dayBefore[(int) i][(int) (t - d * WallClock.MINUTES_PER_DAY)];
        }
        return calendar.ordinal(t);
    }

    /** As {@link WorkCalendar#minuteOf(long)}. */
    public long minuteOf(long k) {
        if (k >= firstOrdinal && k < endOrdinal) {
            int r = (int) (k - firstOrdinal);
            int d = dayOfBucket[r >> BUCKET_BITS];
            while (dayOrdinal[d + 1] <= r) {
                d++;
            }
            return (firstDay + d) * WallClock.MINUTES_PER_DAY + dayAt[d][r - dayOrdinal[d]];
        }
        return calendar.minuteOf(k);
    }

    /** As {@link WorkCalendar#workingBetween(long, long)}. */
    public long workingBetween(long a, long b) {
        return ordinal(b) - ordinal(a);
    }

    /** As {@link WorkCalendar#addWorking(long, long)}. */
    public long addWorking(long t, long minutes) {
        if (minutes == 0) {
            return t;
        }
        if (endOrdinal == firstOrdinal) {
            return calendar.addWorking(t, minutes);
        }
        long k = ordinal(t);
        return minutes > 0 ? minuteOf(k + minutes - 1) + 1 : minuteOf(k + minutes);
    }

    /** As {@link WorkCalendar#nextWorkingStart(long)}. */
    public long nextWorkingStart(long t) {
        if (endOrdinal == firstOrdinal) {
            return calendar.nextWorkingStart(t);
        }
        return minuteOf(ordinal(t));
    }

    /** As {@link WorkCalendar#previousWorkingFinish(long)}. */
    public long previousWorkingFinish(long t) {
        if (endOrdinal == firstOrdinal) {
            return calendar.previousWorkingFinish(t);
        }
        return minuteOf(ordinal(t) - 1) + 1;
    }

    @Override
    public String toString() {
        return "CalendarTable[" + calendar.name() + ", " + days + " days]";
    }
}
