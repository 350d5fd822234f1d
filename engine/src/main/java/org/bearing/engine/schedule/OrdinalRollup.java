package org.bearing.engine.schedule;

import org.bearing.engine.calendar.CalendarTable;

/**
 * Summary roll-ups for {@link OrdinalSchedule}: a summary's early start is the earliest of its children's, its
 * late finish the latest, and so on (as {@link CpmRun}'s roll-ups). Fast children hold ordinals on their own
 * calendars, so the extreme ordinal is taken per calendar (a <em>calendar group</em>) and converted to a date
 * once per group; the summary's total float is computed from ordinals on its own calendar, which need no lookup
 * where its own calendar group sets the date (the ordinal of minuteOf(k) is k, and of minuteOf(k - 1) + 1 is k).
 *
 * <p>Not thread-safe: part of one {@link OrdinalSchedule}.
 */
final class OrdinalRollup {

    private static final long INF = CpmRun.INF;

    private final CpmRun run;
    private final ScheduleNetwork net;
    private final Topology topo;
    private final int n;
    private final CalendarTable[] tables;
    private final int[] cal;
    /** The schedule's per-task state (shared arrays, see {@link OrdinalSchedule}). */
    private final boolean[] fastNow;
    private final long[] early;
    private final long[] late;
    /**
     * Per summary (index sx), this run: ordinals on the summary's own calendar of its early start and finish, so
     * that its float needs no calendar lookup where they come from children on that calendar.
     */
    private final long[] summaryEarly;
    /**
     * The children of each summary (index sx), compiled once: fast-eligible children in segments of one calendar
     * each (segments segmentStart[sx] to segmentStart[sx + 1]; segment g has calendar segmentCalendar[g] and
     * children kids[segmentKid[g]] to kids[segmentKid[g + 1]]), and the others (others[otherStart[sx]] to
     * others[otherStart[sx + 1]]). A fast-eligible child scheduled by the general code in a run (a zero
     * duration) is rolled up from its dates like the others.
     */
    private final int[] segmentStart;
    private final int[] segmentCalendar;
    private final int[] segmentKid;
    private final int[] kids;
    private final int[] otherStart;
    private final int[] others;

    OrdinalRollup(CpmRun run, CalendarTable[] tables, boolean[] fast, boolean[] fastNow, long[] early, long[] late) {
        this.run = run;
        this.net = run.net;
        this.topo = run.topo;
        this.n = net.n;
        this.tables = tables;
        this.cal = net.calendarOf;
        this.fastNow = fastNow;
        this.early = early;
        this.late = late;
        int summaries = topo.order.length - n;
        summaryEarly = new long[2 * summaries];
        // per summary: its fast-eligible children grouped by calendar (one segment per calendar, ascending), then
        // its other children (summaries and leaves that always take the general code)
        segmentStart = new int[summaries + 1];
        otherStart = new int[summaries + 1];
        int[] segCal = new int[n + 1];
        int[] segKid = new int[n + 1];
        int[] kids = new int[n];
        int[] others = new int[n];
        int segs = 0;
        int fastKids = 0;
        int otherKids = 0;
        for (int s = 0; s < n; s++) {
            if (!topo.isSummary(s)) {
                continue;
            }
            int sx = run.sx(s);
            segmentStart[sx] = segs;
            otherStart[sx] = otherKids;
            for (int ci = 0; ci < tables.length; ci++) {
                int first = fastKids;
                for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
                    int c = topo.children[k];
                    if (fast[c] && cal[c] == ci) {
                        kids[fastKids++] = c;
                    }
                }
                if (fastKids > first) {
                    segCal[segs] = ci;
                    segKid[segs++] = first;
                }
            }
            for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
                int c = topo.children[k];
                if (!fast[c]) {
                    others[otherKids++] = c;
                }
            }
        }
        // summaries are numbered in task order (sx), so the per-summary ranges above are consecutive
        segmentStart[summaries] = segs;
        otherStart[summaries] = otherKids;
        segKid[segs] = fastKids;
        this.segmentCalendar = java.util.Arrays.copyOf(segCal, segs);
        this.segmentKid = java.util.Arrays.copyOf(segKid, segs + 1);
        this.kids = java.util.Arrays.copyOf(kids, fastKids);
        this.others = java.util.Arrays.copyOf(others, otherKids);
    }

    /** The early dates of summary s (after its children), and their ordinals on its own calendar. */
    void early(int s) {
        int sx = run.sx(s);
        long start = INF;
        long finish = Long.MIN_VALUE;
        long[] es = run.es;
        long[] ef = run.ef;
        for (int k = otherStart[sx], end = otherStart[sx + 1]; k < end; k++) {
            int c = others[k];
            start = Math.min(start, es[c]);
            finish = Math.max(finish, ef[c]);
        }
        int own = cal[s];
        boolean ownGroup = false;
        long ownStart = 0;
        long ownFinish = 0;
        long ownMinEs = 0;
        long ownMaxEf = 0;
        long[] e = early;
        for (int g = segmentStart[sx], gEnd = segmentStart[sx + 1]; g < gEnd; g++) {
            long minEs = Long.MAX_VALUE;
            long maxEf = Long.MIN_VALUE;
            boolean any = false;
            for (int k = segmentKid[g], end = segmentKid[g + 1]; k < end; k++) {
                int c = kids[k];
                if (fastNow[c]) {
                    minEs = Math.min(minEs, e[2 * c]);
                    maxEf = Math.max(maxEf, e[2 * c + 1]);
                    any = true;
                } else {
                    start = Math.min(start, es[c]);
                    finish = Math.max(finish, ef[c]);
                }
            }
            if (!any) {
                continue;
            }
            int ci = segmentCalendar[g];
            long groupStart = tables[ci].minuteOf(minEs);
            long groupFinish = tables[ci].minuteOf(maxEf - 1) + 1;
            start = Math.min(start, groupStart);
            finish = Math.max(finish, groupFinish);
            if (ci == own) {
                ownGroup = true;
                ownStart = groupStart;
                ownFinish = groupFinish;
                ownMinEs = minEs;
                ownMaxEf = maxEf;
            }
        }
        es[s] = start;
        ef[s] = finish;
        // the ordinal of minuteOf(k) is k, and of minuteOf(k - 1) + 1 is k: no lookup where the own group wins
        CalendarTable t = tables[own];
        summaryEarly[2 * sx] = ownGroup && ownStart == start ? ownMinEs : t.ordinal(start);
        summaryEarly[2 * sx + 1] = ownGroup && ownFinish == finish ? ownMaxEf : t.ordinal(finish);
    }

    /** The late dates, total float and critical flag of summary s (after its children). */
    void late(int s) {
        int sx = run.sx(s);
        long minLs = INF;
        long minLf = INF;
        long maxLf = Long.MIN_VALUE;
        long minCalcLs = INF;
        for (int k = otherStart[sx], end = otherStart[sx + 1]; k < end; k++) {
            int c = others[k];
            if (topo.isSummary(c)) {
                minLs = Math.min(minLs, run.ls[c]);
                minCalcLs = Math.min(minCalcLs, run.entryLateStart[run.sx(c)]);
                minLf = Math.min(minLf, run.entryLateFinish[run.sx(c)]);
                maxLf = Math.max(maxLf, run.lf[c]);
            } else {
                minLs = Math.min(minLs, run.ls[c]);
                minCalcLs = Math.min(minCalcLs, run.calcLs[c]);
                minLf = Math.min(minLf, run.calcLf[c]);
                maxLf = Math.max(maxLf, run.lf[c]);
            }
        }
        int own = cal[s];
        boolean ownGroup = false;
        long ownStart = 0;
        long ownFinish = 0;
        long ownMinStart = 0;
        long ownMaxFinish = 0;
        long[] lt = late;
        for (int g = segmentStart[sx], gEnd = segmentStart[sx + 1]; g < gEnd; g++) {
            long minStartOrd = Long.MAX_VALUE;
            long minFinishOrd = Long.MAX_VALUE;
            long maxFinishOrd = Long.MIN_VALUE;
            boolean any = false;
            for (int k = segmentKid[g], end = segmentKid[g + 1]; k < end; k++) {
                int c = kids[k];
                if (fastNow[c]) {
                    long f = lt[2 * c + 1];
                    minStartOrd = Math.min(minStartOrd, lt[2 * c]);
                    minFinishOrd = Math.min(minFinishOrd, f);
                    maxFinishOrd = Math.max(maxFinishOrd, f);
                    any = true;
                } else {
                    minLs = Math.min(minLs, run.ls[c]);
                    minCalcLs = Math.min(minCalcLs, run.calcLs[c]);
                    minLf = Math.min(minLf, run.calcLf[c]);
                    maxLf = Math.max(maxLf, run.lf[c]);
                }
            }
            if (!any) {
                continue;
            }
            int ci = segmentCalendar[g];
            // a fast leaf's LS = calcLS = minuteOf(LF - d), calcLF = minuteOf(LF), LF date = minuteOf(LF - 1) + 1
            long ls = tables[ci].minuteOf(minStartOrd);
            long lf = tables[ci].minuteOf(maxFinishOrd - 1) + 1;
            minLs = Math.min(minLs, ls);
            minCalcLs = Math.min(minCalcLs, ls);
            minLf = Math.min(minLf, tables[ci].minuteOf(minFinishOrd));
            maxLf = Math.max(maxLf, lf);
            if (ci == own) {
                ownGroup = true;
                ownStart = ls;
                ownFinish = lf;
                ownMinStart = minStartOrd;
                ownMaxFinish = maxFinishOrd;
            }
        }
        run.ls[s] = minLs;
        run.calcLs[s] = minLs;
        run.lf[s] = maxLf;
        run.entryLateStart[sx] = minCalcLs;
        run.entryLateFinish[sx] = minLf;
        // total float as FloatCalculation.summaryFloat: working time on the summary's calendar, from ordinals
        CalendarTable t = tables[own];
        long lateStart = ownGroup && ownStart == minLs ? ownMinStart : t.ordinal(minLs);
        long lateFinish = ownGroup && ownFinish == maxLf ? ownMaxFinish : t.ordinal(maxLf);
        long finishFloat = lateFinish - summaryEarly[2 * sx + 1];
        long startFloat = lateStart - summaryEarly[2 * sx];
        long tf = FloatCalculation.byRule(net.totalFloatRule, startFloat, finishFloat);
        run.totalFloat[s] = tf;
        run.critical[s] = tf <= net.criticalFloat;
    }
}
