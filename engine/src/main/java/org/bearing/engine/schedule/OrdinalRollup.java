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
    /** Per calendar: scratch for the groups. */
    private final long[] scratchA;
    private final long[] scratchB;
    private final long[] scratchC;
    /**
     * Per summary (index sx), this run: ordinals on the summary's own calendar of its early start and finish, so
     * that its float needs no calendar lookup where they come from children on that calendar.
     */
    private final long[] summaryEarly;

    OrdinalRollup(CpmRun run, CalendarTable[] tables, boolean[] fastNow, long[] early, long[] late) {
        this.run = run;
        this.net = run.net;
        this.topo = run.topo;
        this.n = net.n;
        this.tables = tables;
        this.cal = net.calendarOf;
        this.fastNow = fastNow;
        this.early = early;
        this.late = late;
        scratchA = new long[tables.length];
        scratchB = new long[tables.length];
        scratchC = new long[tables.length];
        summaryEarly = new long[2 * (topo.order.length - n)];
    }

    /** The early dates of summary s (after its children), and their ordinals on its own calendar. */
    void early(int s) {
        long start = INF;
        long finish = Long.MIN_VALUE;
        long used = 0;
        long[] minEs = scratchA;
        long[] maxEf = scratchB;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (c < n && fastNow[c] && !topo.isSummary(c)) {
                int ci = cal[c];
                if ((used & (1L << ci)) == 0) {
                    used |= 1L << ci;
                    minEs[ci] = early[2 * c];
                    maxEf[ci] = early[2 * c + 1];
                } else {
                    minEs[ci] = Math.min(minEs[ci], early[2 * c]);
                    maxEf[ci] = Math.max(maxEf[ci], early[2 * c + 1]);
                }
            } else {
                start = Math.min(start, run.es[c]);
                finish = Math.max(finish, run.ef[c]);
            }
        }
        long usedCalendars = used;
        int own = cal[s];
        long ownStart = 0;
        long ownFinish = 0;
        for (int ci = 0; used != 0; ci++, used >>>= 1) {
            if ((used & 1) != 0) {
                long groupStart = tables[ci].minuteOf(minEs[ci]);
                long groupFinish = tables[ci].minuteOf(maxEf[ci] - 1) + 1;
                start = Math.min(start, groupStart);
                finish = Math.max(finish, groupFinish);
                if (ci == own) {
                    ownStart = groupStart;
                    ownFinish = groupFinish;
                }
            }
        }
        run.es[s] = start;
        run.ef[s] = finish;
        // the ordinal of minuteOf(k) is k, and of minuteOf(k - 1) + 1 is k: no lookup where the own group wins
        int sx = run.sx(s);
        CalendarTable t = tables[own];
        boolean ownGroup = (usedCalendars & (1L << own)) != 0;
        summaryEarly[2 * sx] = ownGroup && ownStart == start ? minEs[own] : t.ordinal(start);
        summaryEarly[2 * sx + 1] = ownGroup && ownFinish == finish ? maxEf[own] : t.ordinal(finish);
    }

    /** The late dates, total float and critical flag of summary s (after its children). */
    void late(int s) {
        long minLs = INF;
        long minLf = INF;
        long maxLf = Long.MIN_VALUE;
        long minCalcLs = INF;
        long used = 0;
        long[] minStartOrd = scratchA;
        long[] minFinishOrd = scratchB;
        long[] maxFinishOrd = scratchC;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (topo.isSummary(c)) {
                minLs = Math.min(minLs, run.ls[c]);
                minCalcLs = Math.min(minCalcLs, run.entryLateStart[run.sx(c)]);
                minLf = Math.min(minLf, run.entryLateFinish[run.sx(c)]);
                maxLf = Math.max(maxLf, run.lf[c]);
            } else if (fastNow[c]) {
                int ci = cal[c];
                long f = late[2 * c + 1];
                if ((used & (1L << ci)) == 0) {
                    used |= 1L << ci;
                    minStartOrd[ci] = late[2 * c];
                    minFinishOrd[ci] = f;
                    maxFinishOrd[ci] = f;
                } else {
                    minStartOrd[ci] = Math.min(minStartOrd[ci], late[2 * c]);
                    minFinishOrd[ci] = Math.min(minFinishOrd[ci], f);
                    maxFinishOrd[ci] = Math.max(maxFinishOrd[ci], f);
                }
            } else {
                minLs = Math.min(minLs, run.ls[c]);
                minCalcLs = Math.min(minCalcLs, run.calcLs[c]);
                minLf = Math.min(minLf, run.calcLf[c]);
                maxLf = Math.max(maxLf, run.lf[c]);
            }
        }
        long usedCalendars = used;
        int own = cal[s];
        long ownStart = 0;
        long ownFinish = 0;
        for (int ci = 0; used != 0; ci++, used >>>= 1) {
            if ((used & 1) != 0) {
                // a fast leaf's LS = calcLS = minuteOf(LF - d), calcLF = minuteOf(LF), LF date = minuteOf(LF - 1) + 1
                long ls = tables[ci].minuteOf(minStartOrd[ci]);
                long lf = tables[ci].minuteOf(maxFinishOrd[ci] - 1) + 1;
                minLs = Math.min(minLs, ls);
                minCalcLs = Math.min(minCalcLs, ls);
                minLf = Math.min(minLf, tables[ci].minuteOf(minFinishOrd[ci]));
                maxLf = Math.max(maxLf, lf);
                if (ci == own) {
                    ownStart = ls;
                    ownFinish = lf;
                }
            }
        }
        int sx = run.sx(s);
        run.ls[s] = minLs;
        run.calcLs[s] = minLs;
        run.lf[s] = maxLf;
        run.entryLateStart[sx] = minCalcLs;
        run.entryLateFinish[sx] = minLf;
        // total float as FloatCalculation.summaryFloat: working time on the summary's calendar, from ordinals
        CalendarTable t = tables[own];
        boolean ownGroup = (usedCalendars & (1L << own)) != 0;
        long lateStart = ownGroup && ownStart == minLs ? minStartOrd[own] : t.ordinal(minLs);
        long lateFinish = ownGroup && ownFinish == maxLf ? maxFinishOrd[own] : t.ordinal(maxLf);
        long finishFloat = lateFinish - summaryEarly[2 * sx + 1];
        long startFloat = lateStart - summaryEarly[2 * sx];
        long tf = switch (net.totalFloatRule) {
            case START -> startFloat;
            case FINISH -> finishFloat;
            case SMALLEST -> Math.min(startFloat, finishFloat);
        };
        run.totalFloat[s] = tf;
        run.critical[s] = tf <= net.criticalFloat;
    }
}
