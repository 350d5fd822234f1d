package org.bearing.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A working calendar: a working week (several working periods per day), exceptions over date ranges
 * (holidays or changed working time) and an optional base calendar. A derived calendar's week day may be
 * "default", i.e. inherited from the base; on such days the base calendar's exceptions apply too, unless the
 * derived calendar has its own exception that day (MS Project semantics).
 *
 * <p>Instants are {@code long} minutes since 1970-01-01T00:00 wall time ({@link WallClock}). Durations are
 * working minutes. All arithmetic is O(log E) for E exception ranges: the calendar is flattened at build time
 * into regions with a repeated week pattern and a cumulative working-minute count at each region start, so
 * spans of any length are jumped whole weeks at a time.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkCalendar {

    private static final WorkCalendar STANDARD = builder("Standard").build();
    private static final WorkCalendar TWENTY_FOUR_HOUR = builder("24 Hours").allDays(WorkingHours.ALL_DAY).build();

    private final String name;
    private final WorkCalendar base;
    /** Own week days; null = inherit from base. */
    private final WorkingHours[] ownDays;
    private final List<CalendarException> ownExceptions;

    /** Resolved week pattern (inheritance applied). */
    private final WeekPattern week;
    /** Resolved exception segments: disjoint, sorted day ranges, each with its own week pattern. */
    private final long[] segFrom;
    private final long[] segTo;
    private final WeekPattern[] segPattern;

    /** Regions covering [regionStart[0], +inf): pattern and offset such that cum(t) = offset + pattern.cum(t). */
    private final long[] regionStart;
    private final WeekPattern[] regionPattern;
    private final long[] regionOffset;
    private final long[] regionCum;
    private static final int ORDINAL_BUCKET_BITS = 10;
    /** Last region starting at or before each 1024-working-minute bucket of ordinals from regionCum[0]. */
    private final int[] regionOfOrdinalBucket;
    /** Region index by day for days regionStart[0]..last region start (O(1) lookup instead of a search). */
    private final long firstIndexedDay;
    private final int[] regionOfDay;

    private WorkCalendar(Builder b) {
        this.name = b.name;
        this.base = b.base;
        this.ownDays = b.days.clone();
        this.ownExceptions = List.copyOf(b.exceptions);
        WorkingHours[] resolved = new WorkingHours[7];
        for (int d = 0; d < 7; d++) {
            resolved[d] = ownDays[d] != null ? ownDays[d] : base != null ? base.week.days[d] : WorkingHours.NONE;
        }
        this.week = new WeekPattern(resolved);

        List<long[]> ranges = new ArrayList<>();
        List<WeekPattern> patterns = new ArrayList<>();
        resolveSegments(ranges, patterns);
        int s = ranges.size();
        segFrom = new long[s];
        segTo = new long[s];
        segPattern = patterns.toArray(new WeekPattern[0]);
        for (int i = 0; i < s; i++) {
            segFrom[i] = ranges.get(i)[0];
            segTo[i] = ranges.get(i)[1];
        }

        List<Long> starts = new ArrayList<>();
        List<WeekPattern> regionPatterns = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            starts.add(segFrom[i] * WallClock.MINUTES_PER_DAY);
            regionPatterns.add(segPattern[i]);
            boolean gapFollows = i + 1 == s || segFrom[i + 1] != segTo[i] + 1;
            if (gapFollows) {
                starts.add((segTo[i] + 1) * WallClock.MINUTES_PER_DAY);
                regionPatterns.add(week);
            }
        }
        int r = starts.size();
        regionStart = new long[r];
        regionPattern = regionPatterns.toArray(new WeekPattern[0]);
        regionOffset = new long[r];
        regionCum = new long[r];
        for (int i = 0; i < r; i++) {
            regionStart[i] = starts.get(i);
            long cumAtStart;
            if (i == 0) {
                cumAtStart = week.cum(regionStart[0]);
            } else {
                cumAtStart = regionOffset[i - 1] + regionPattern[i - 1].cum(regionStart[i]);
            }
            regionCum[i] = cumAtStart;
            regionOffset[i] = cumAtStart - regionPattern[i].cum(regionStart[i]);
        }
        if (r > 0) {
            firstIndexedDay = regionStart[0] / WallClock.MINUTES_PER_DAY;
            long lastDay = regionStart[r - 1] / WallClock.MINUTES_PER_DAY;
            int span = (int) Math.min(lastDay - firstIndexedDay + 1, 200_000);
            regionOfDay = new int[span];
            int j = 0;
            for (int d = 0; d < span; d++) {
                long minute = (firstIndexedDay + d) * WallClock.MINUTES_PER_DAY;
                while (j + 1 < r && regionStart[j + 1] <= minute) {
                    j++;
                }
                regionOfDay[d] = j;
            }
        } else {
            firstIndexedDay = 0;
            regionOfDay = new int[0];
        }
        if (r > 0) {
            long buckets = Math.min(((regionCum[r - 1] - regionCum[0]) >> ORDINAL_BUCKET_BITS) + 1, 200_000);
            regionOfOrdinalBucket = new int[(int) buckets];
            int j = 0;
            for (int bucket = 0; bucket < buckets; bucket++) {
                long ordinal = regionCum[0] + ((long) bucket << ORDINAL_BUCKET_BITS);
                while (j + 1 < r && regionCum[j + 1] <= ordinal) {
                    j++;
                }
                regionOfOrdinalBucket[bucket] = j;
            }
        } else {
            regionOfOrdinalBucket = new int[0];
        }
    }

    /**
     * Splits all exception ranges (own and inherited) at their boundaries; on each elementary range the own
     * exception wins, then the base calendar's resolved day for inherited week days, then the own week day.
     */
    private void resolveSegments(List<long[]> ranges, List<WeekPattern> patterns) {
        if (ownExceptions.isEmpty() && (base == null || base.segFrom.length == 0)) {
            return;
        }
        TreeSet<Long> cuts = new TreeSet<>();
        for (CalendarException e : ownExceptions) {
            cuts.add(e.from().toEpochDay());
            cuts.add(e.to().toEpochDay() + 1);
        }
        if (base != null) {
            for (int i = 0; i < base.segFrom.length; i++) {
                cuts.add(base.segFrom[i]);
                cuts.add(base.segTo[i] + 1);
            }
        }
        Long[] bounds = cuts.toArray(new Long[0]);
        for (int i = 0; i + 1 < bounds.length; i++) {
            long from = bounds[i];
            long to = bounds[i + 1] - 1;
            WorkingHours own = null;
            for (int e = ownExceptions.size() - 1; e >= 0 && own == null; e--) {
                if (ownExceptions.get(e).covers(from)) {
                    own = ownExceptions.get(e).hours();
                }
            }
            WeekPattern pattern;
            if (own != null) {
                WorkingHours[] all = new WorkingHours[7];
                Arrays.fill(all, own);
                pattern = new WeekPattern(all);
            } else {
                int baseSeg = base == null ? -1 : base.segmentAt(from);
                if (baseSeg < 0) {
                    continue;
                }
                WorkingHours[] mixed = new WorkingHours[7];
                for (int d = 0; d < 7; d++) {
                    mixed[d] = ownDays[d] != null ? ownDays[d] : base.segPattern[baseSeg].days[d];
                }
                pattern = new WeekPattern(mixed);
                if (pattern.sameAs(week)) {
                    continue;
                }
            }
            for (WeekPattern known : patterns) {
                if (known.sameAs(pattern)) {
                    pattern = known;
                    break;
                }
            }
            int last = patterns.size() - 1;
            if (last >= 0 && ranges.get(last)[1] + 1 == from && patterns.get(last).sameAs(pattern)) {
                ranges.get(last)[1] = to;
            } else {
                ranges.add(new long[] {from, to});
                patterns.add(pattern);
            }
        }
    }

    private int segmentAt(long epochDay) {
        int i = upperBound(segFrom, epochDay) - 1;
        return i >= 0 && epochDay <= segTo[i] ? i : -1;
    }

    /** Index of the first element greater than key. */
    private static int upperBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The MS Project "Standard" calendar: Monday-Friday 08:00-12:00, 13:00-17:00, no holidays. */
    public static WorkCalendar standard() {
        return STANDARD;
    }

    /** A calendar where every minute is working time. */
    public static WorkCalendar twentyFourHour() {
        return TWENTY_FOUR_HOUR;
    }

    /** A new builder; without further calls it builds a Monday-Friday 08:00-12:00, 13:00-17:00 calendar. */
    public static Builder builder(String name) {
        return new Builder(name, null);
    }

    /** A builder for a calendar derived from {@code base}: every week day is "default" (inherited) until set. */
    public static Builder derivedFrom(WorkCalendar base, String name) {
        return new Builder(name, Objects.requireNonNull(base, "base"));
    }

    public String name() {
        return name;
    }

    /** The base calendar, or null. */
    public WorkCalendar base() {
        return base;
    }

    /** Exceptions defined on this calendar itself (not inherited ones). */
    public List<CalendarException> exceptions() {
        return ownExceptions;
    }

    /** The resolved working hours of a week day (inheritance applied, exceptions not). */
    public WorkingHours weekDay(DayOfWeek day) {
        return week.days[day.getValue() - 1];
    }

    /** Whether this calendar's own week day is "default", i.e. inherited from the base calendar. */
    public boolean isDefaultDay(DayOfWeek day) {
        return base != null && ownDays[day.getValue() - 1] == null;
    }

    /** Working minutes in a normal week (exceptions not applied). */
    public long minutesPerWeek() {
        return week.weekMinutes;
    }

    /** The working hours on a date, after inheritance and exceptions. */
    public WorkingHours hours(LocalDate date) {
        return hoursOnDay(date.toEpochDay());
    }

    /** The working hours on an epoch day, after inheritance and exceptions. */
    WorkingHours hoursOnDay(long day) {
        int seg = segmentAt(day);
        WeekPattern p = seg >= 0 ? segPattern[seg] : week;
        return p.days[WeekPattern.dayOfWeekIndex(day)];
    }

    /**
     * Working-minute ordinal of an instant: the number of working minutes before {@code t}, counted from a
     * fixed origin. {@code workingBetween(a, b) == ordinal(b) - ordinal(a)}.
     */
    public long ordinal(long t) {
        return ordinalIn(regionIndex(t), t);
    }

    /** Index of the region containing {@code t}, or -1 before the first region. */
    private int regionIndex(long t) {
        long dayIndex = Math.floorDiv(t, WallClock.MINUTES_PER_DAY) - firstIndexedDay;
        if (dayIndex >= 0 && dayIndex < regionOfDay.length) {
            return regionOfDay[(int) dayIndex];
        }
        int last = regionStart.length - 1;
        if (last >= 0 && t >= regionStart[last]) {
            return last;
        }
        return upperBound(regionStart, t) - 1;
    }

    private long ordinalIn(int j, long t) {
        if (j < 0) {
            return week.cum(t);
        }
        return regionOffset[j] + regionPattern[j].cum(t);
    }

    /** The instant of the working minute with ordinal {@code k} (the start of that minute). */
    public long minuteOf(long k) {
        int last = regionCum.length - 1;
        if (last >= 0 && k >= regionCum[last]) {
            return minuteOfNear(k, last);
        }
        long bucket = last < 0 ? -1 : (k - regionCum[0]) >> ORDINAL_BUCKET_BITS;
        if (bucket >= 0 && bucket < regionOfOrdinalBucket.length) {
            return minuteOfNear(k, regionOfOrdinalBucket[(int) bucket]);
        }
        return minuteOfNear(k, upperBound(regionCum, k) - 1);
    }

    /**
     * {@link #minuteOf(long)} with the region search started at the region of the instant {@code near}: the same
     * result, faster when the k-th working minute lies close to {@code near} (as when adding a duration to it).
     */
    public long minuteOf(long k, long near) {
        if (regionStart.length == 0) {
            return minuteOf(k);
        }
        return minuteOfNear(k, regionIndex(near));
    }

    /** {@link #minuteOf(long)} starting the region search at {@code hint} (usually a few regions away). */
    private long minuteOfNear(long k, int hint) {
        int j = hint;
        int steps = 0;
        while (j + 1 < regionCum.length && regionCum[j + 1] <= k) {
            j++;
            if (++steps > 8) {
                j = upperBound(regionCum, k) - 1;
                break;
            }
        }
        while (j >= 0 && regionCum[j] > k) {
            j--;
            if (++steps > 8) {
                j = upperBound(regionCum, k) - 1;
                break;
            }
        }
        if (j < 0) {
            if (week.weekMinutes == 0) {
                throw new IllegalStateException("calendar '" + name + "' has no working time before "
                        + WallClock.dateTime(regionStart[0]));
            }
            return week.locate(k);
        }
        WeekPattern p = regionPattern[j];
        if (p.weekMinutes == 0) {
            throw new IllegalStateException("calendar '" + name + "' has no working time after "
                    + WallClock.dateTime(regionStart[j]));
        }
        return p.locate(k - regionOffset[j]);
    }

    private void requireWorkingTime() {
        if (week.weekMinutes == 0 && regionStart.length == 0) {
            throw new IllegalStateException("calendar '" + name + "' has no working time at all");
        }
    }

    /** Working minutes in {@code [a, b)}; negative if {@code b < a}. */
    public long workingBetween(long a, long b) {
        return ordinal(b) - ordinal(a);
    }

    /**
     * Adds working minutes to an instant. For {@code minutes > 0} the result is the end of the last working
     * minute (8 h from Mon 08:00 on a standard calendar gives Mon 17:00, not Tue 08:00). For
     * {@code minutes < 0} the result is the start of the earliest working minute (8 h back from Tue 08:00
     * or from Mon 17:00 gives Mon 08:00). Zero returns {@code t} unchanged.
     *
     * @throws IllegalStateException if the calendar runs out of working time
     */
    public long addWorking(long t, long minutes) {
        if (minutes == 0) {
            return t;
        }
        requireWorkingTime();
        int j = regionIndex(t);
        long k = ordinalIn(j, t);
        return minutes > 0 ? minuteOfNear(k + minutes - 1, j) + 1 : minuteOfNear(k + minutes, j);
    }

    /** The first instant at or after {@code t} that starts a working minute (a start at 17:00 rolls to 08:00). */
    public long nextWorkingStart(long t) {
        requireWorkingTime();
        int j = regionIndex(t);
        return minuteOfNear(ordinalIn(j, t), j);
    }

    /** The last instant at or before {@code t} that ends a working minute (a finish at 08:00 rolls back to 17:00). */
    public long previousWorkingFinish(long t) {
        requireWorkingTime();
        int j = regionIndex(t);
        return minuteOfNear(ordinalIn(j, t) - 1, j) + 1;
    }

    /** Whether the minute {@code [t, t+1)} is working time. */
    public boolean isWorking(long t) {
        return ordinal(t + 1) - ordinal(t) == 1;
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + name + "]";
    }

    /** Builds a {@link WorkCalendar}. Week days are Monday..Sunday; later exceptions win over earlier ones. */
    public static final class Builder {
        private final String name;
        private final WorkCalendar base;
        private final WorkingHours[] days = new WorkingHours[7];
        private final List<CalendarException> exceptions = new ArrayList<>();

        private Builder(String name, WorkCalendar base) {
            this.name = Objects.requireNonNull(name, "name");
            this.base = base;
            if (base == null) {
                for (int d = 0; d < 5; d++) {
                    days[d] = WorkingHours.STANDARD;
                }
                days[5] = WorkingHours.NONE;
                days[6] = WorkingHours.NONE;
            }
        }

        /** Sets the working hours of a week day. */
        public Builder day(DayOfWeek day, WorkingHours hours) {
            days[day.getValue() - 1] = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /** Makes a week day "default": inherited from the base calendar (needs a base calendar). */
        public Builder defaultDay(DayOfWeek day) {
            if (base == null) {
                throw new IllegalStateException("calendar '" + name + "' has no base calendar to inherit " + day + " from");
            }
            days[day.getValue() - 1] = null;
            return this;
        }

        /** Sets the same working hours on all seven week days. */
        public Builder allDays(WorkingHours hours) {
            Arrays.fill(days, Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /** Sets Monday-Friday to {@code hours} and Saturday, Sunday to non-working. */
        public Builder weekdays(WorkingHours hours) {
            for (int d = 0; d < 5; d++) {
                days[d] = Objects.requireNonNull(hours, "hours");
            }
            days[5] = WorkingHours.NONE;
            days[6] = WorkingHours.NONE;
            return this;
        }

        public Builder exception(CalendarException exception) {
            exceptions.add(Objects.requireNonNull(exception, "exception"));
            return this;
        }

        /** Changed working time (or, with {@link WorkingHours#NONE}, holidays) over {@code from..to} inclusive. */
        public Builder exception(LocalDate from, LocalDate to, WorkingHours hours) {
            return exception(new CalendarException(from, to, hours));
        }

        /** A non-working day. */
        public Builder holiday(LocalDate date) {
            return exception(CalendarException.holiday(date));
        }

        /** Non-working days {@code from..to} inclusive. */
        public Builder holidays(LocalDate from, LocalDate to) {
            return exception(new CalendarException(from, to, WorkingHours.NONE));
        }

        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
