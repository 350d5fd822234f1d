package org.bearing.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A span of working time within a day, in minutes after midnight: {@code [fromMinute, toMinute)}, 0..1440,
 * so that a 24-hour day is {@code 00:00-24:00}. Written as {@code "08:00-12:00"}.
 */
public record WorkingPeriod(int fromMinute, int toMinute) {

    public WorkingPeriod {
        if (fromMinute < 0 || toMinute > 1440 || fromMinute >= toMinute) {
            throw new IllegalArgumentException("a working period must lie within 00:00-24:00 and end after it starts");
        }
    }

    public static WorkingPeriod parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a working period such as 08:00-12:00");
        }
        return new WorkingPeriod(minuteOf(parts[0]), minuteOf(parts[1]));
    }

    /** Parses {@code "08:00-12:00,13:00-17:00"}; an empty string is a non-working day. Periods must be ordered and disjoint. */
    public static List<WorkingPeriod> parseList(String text) {
        List<WorkingPeriod> periods = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        for (String part : text.split(",")) {
            periods.add(parse(part));
        }
        requireOrdered(periods);
        return periods;
    }

    public static void requireOrdered(List<WorkingPeriod> periods) {
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).fromMinute < periods.get(i - 1).toMinute) {
                throw new IllegalArgumentException("working periods must be in order and must not overlap: "
                        + periods.get(i - 1) + " and " + periods.get(i));
            }
        }
    }

    public static String format(List<WorkingPeriod> periods) {
        return String.join(",", periods.stream().map(WorkingPeriod::toString).toList());
    }

    public int minutes() {
        return toMinute - fromMinute;
    }

    private static int minuteOf(String hhmm) {
        String[] hm = hhmm.trim().split(":");
        try {
            int h = Integer.parseInt(hm[0]);
            int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
            if (h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0) || hm.length > 2) {
                throw new NumberFormatException();
            }
            return h * 60 + m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + hhmm + "' is not a time of day such as 08:00");
        }
    }

    @Override
    public String toString() {
        return String.format("%02d:%02d-%02d:%02d", fromMinute / 60, fromMinute % 60, toMinute / 60, toMinute % 60);
    }
}
