package org.bearing.engine.usage;

import java.util.Arrays;
import java.util.List;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * Work booked on each resource in each period, against its capacity.
 * <ul>
 *   <li>demand(r, p) = Σ over bookings b of r: units(b) × working minutes of b's calendar inside [start(b), finish(b)) ∩ p</li>
 *   <li>capacity(r, p) = maxUnits(r) × working minutes of r's calendar inside p</li>
 *   <li>peak(r, p) = the largest sum of units of r's bookings that overlap at one instant inside p</li>
 * </ul>
 * A resource is over-allocated in a period when its peak exceeds its max units (as MS Project flags it: too many
 * units at the same moment), even if the period's total demand fits its capacity. Minutes are working minutes;
 * instants are wall-clock minutes ({@link org.bearing.engine.calendar.WallClock}).
 */
public final class ResourceUsage {
    private static final double EPSILON = 1e-9;

    private final long[] boundaries;
    private final double[][] demand;
    private final double[][] capacity;
    private final double[][] peak;
    private final double[] maxUnits;

    private ResourceUsage(long[] boundaries, double[][] demand, double[][] capacity, double[][] peak, double[] maxUnits) {
        this.boundaries = boundaries;
        this.demand = demand;
        this.capacity = capacity;
        this.peak = peak;
        this.maxUnits = maxUnits;
    }

    /** A resource working on a task: {@code units} (1 = full time) over {@code [start, finish)} on the task's calendar. */
    public record Booking(int resource, long start, long finish, double units, WorkCalendar calendar) {
        public Booking {
            if (finish < start) {
                throw new IllegalArgumentException("a booking cannot finish before it starts");
            }
        }
    }

    /**
     * @param maxUnits   capacity of each resource in units (1 = one full-time person)
     * @param calendars  each resource's calendar
     * @param boundaries period boundaries, ascending: period p is {@code [boundaries[p], boundaries[p+1])}
     */
    public static ResourceUsage of(double[] maxUnits, WorkCalendar[] calendars, List<Booking> bookings, long[] boundaries) {
        int resources = maxUnits.length;
        int periods = boundaries.length - 1;
        if (periods < 1) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        for (int p = 0; p < periods; p++) {
            if (boundaries[p + 1] <= boundaries[p]) {
                throw new IllegalArgumentException("period boundaries must ascend");
            }
        }
        double[][] demand = new double[resources][periods];
        double[][] capacity = new double[resources][periods];
        double[][] peak = new double[resources][periods];
        for (int r = 0; r < resources; r++) {
            for (int p = 0; p < periods; p++) {
                capacity[r][p] = maxUnits[r] * calendars[r].workingBetween(boundaries[p], boundaries[p + 1]);
            }
        }
        for (Booking b : bookings) {
            int first = Math.max(0, periodOf(boundaries, b.start()));
            for (int p = first; p < periods && boundaries[p] < b.finish(); p++) {
                long from = Math.max(b.start(), boundaries[p]);
                long to = Math.min(b.finish(), boundaries[p + 1]);
                if (to > from) {
                    demand[b.resource()][p] += b.units() * b.calendar().workingBetween(from, to);
                }
            }
        }
        peaks(bookings, boundaries, peak);
        return new ResourceUsage(boundaries.clone(), demand, capacity, peak, maxUnits.clone());
    }

    /** Sweeps each resource's booking starts and finishes in time order, tracking the units in force. */
    private static void peaks(List<Booking> bookings, long[] boundaries, double[][] peak) {
        int resources = peak.length;
        for (int r = 0; r < resources; r++) {
            final int resource = r;
            List<Booking> mine = bookings.stream().filter(b -> b.resource() == resource && b.finish() > b.start()).toList();
            if (mine.isEmpty()) {
                continue;
            }
            long[] times = new long[mine.size() * 2];
            double[] deltas = new double[mine.size() * 2];
            Integer[] order = new Integer[times.length];
            for (int i = 0; i < mine.size(); i++) {
                times[2 * i] = mine.get(i).start();
                deltas[2 * i] = mine.get(i).units();
                times[2 * i + 1] = mine.get(i).finish();
                deltas[2 * i + 1] = -mine.get(i).units();
            }
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            // At equal times, finishes come first: a task ending at 17:00 does not overlap one starting at 17:00.
            Arrays.sort(order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b]) : Double.compare(deltas[a], deltas[b]));
            double inForce = 0;
            for (int k = 0; k < order.length; k++) {
                int e = order[k];
                inForce += deltas[e];
                long from = times[e];
                long to = k + 1 < order.length ? times[order[k + 1]] : from;
                if (to <= from || inForce <= EPSILON) {
                    continue;
                }
                int p = Math.max(0, periodOf(boundaries, from));
                for (; p < peak[r].length && boundaries[p] < to; p++) {
                    if (boundaries[p + 1] > from) {
                        peak[r][p] = Math.max(peak[r][p], inForce);
                    }
                }
            }
        }
    }

    private static int periodOf(long[] boundaries, long t) {
        int i = Arrays.binarySearch(boundaries, t);
        return i >= 0 ? i : -i - 2;
    }

    public int periods() {
        return boundaries.length - 1;
    }

    public long periodStart(int p) {
        return boundaries[p];
    }

    public long periodEnd(int p) {
        return boundaries[p + 1];
    }

    /** Working minutes of work booked on resource {@code r} in period {@code p}. */
    public double demand(int r, int p) {
        return demand[r][p];
    }

    /** Working minutes resource {@code r} can give in period {@code p}: max units × its working minutes there. */
    public double capacity(int r, int p) {
        return capacity[r][p];
    }

    /** The most units of {@code r} booked at one instant in period {@code p}. */
    public double peakUnits(int r, int p) {
        return peak[r][p];
    }

    public boolean overAllocated(int r, int p) {
        return peak[r][p] > maxUnits[r] + EPSILON;
    }
}
