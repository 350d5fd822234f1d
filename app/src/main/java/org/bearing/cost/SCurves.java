package org.bearing.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bearing.cost.persistence.SnapshotStore;
import org.bearing.engine.earnedvalue.EarnedValueHistory;
import org.bearing.engine.earnedvalue.EarnedValueMeasures;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.engine.earnedvalue.PlannedValueCurve;
import org.bearing.engine.earnedvalue.StatusUpdate;
import org.bearing.plan.Task;
import org.bearing.platform.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a project's {@link SCurve}: PV from the baseline, EV and AC per period from the stored snapshots where a
 * status date fell in the period and otherwise time-phased by the engine from today's progress, and the forecast lines.
 * The cost forecast is the project's headline EAC = BAC / CPI (AC + (BAC − EV) while CPI is undefined); the finish is
 * the earned schedule EAC(t) = AT + (PD − ES) / SPI(t) (the plan, AT + (PD − ES), before any time has passed).
 */
@Service
@Transactional(readOnly = true)
public class SCurves {
    /** A day-by-day curve of a multi-year project is unreadable and heavy; weeks or months say the same. */
    static final int MAX_PERIODS = 1000;
    /** A duration forecast beyond this many years from the status date is not drawn (nothing sensible to show). */
    private static final int MAX_FORECAST_YEARS = 30;
    private static final double EPS = 1e-9;

    private final EarnedValues earnedValues;
    private final SnapshotStore snapshots;

    SCurves(EarnedValues earnedValues, SnapshotStore snapshots) {
        this.earnedValues = earnedValues;
        this.snapshots = snapshots;
    }

    /**
     * What the earned value page shows, from one measurement of the project: the report and the S-curve, or, when
     * the granularity gives more than {@link #MAX_PERIODS} periods, no curve and the reason.
     */
    public record Page(EarnedValueReport report, SCurve curve, String curveUnavailable) {
    }

    /** The report and the S-curve against the latest baseline by {@code granularity} periods, measured once. */
    public Page page(long projectId, Granularity granularity) {
        return page(projectId, null, granularity);
    }

    /**
     * The report and the S-curve against baseline {@code baselineNumber} (null = the latest) by {@code granularity}
     * periods, measured once (the export writes both, and they must agree).
     */
    public Page page(long projectId, Integer baselineNumber, Granularity granularity) {
        EarnedValues.Measurement m = earnedValues.measure(projectId, baselineNumber);
        EarnedValueReport report = earnedValues.report(m, granularity);
        try {
            return new Page(report, sCurve(m, granularity), null);
        } catch (InvalidFieldException tooManyPeriods) {
            return new Page(report, null, tooManyPeriods.getMessage());
        }
    }

    /** The S-curve against baseline {@code baselineNumber} (null = the latest) by {@code granularity} periods. */
    public SCurve sCurve(long projectId, Integer baselineNumber, Granularity granularity) {
        return sCurve(earnedValues.measure(projectId, baselineNumber), granularity);
    }

    private SCurve sCurve(EarnedValues.Measurement m, Granularity granularity) {
        long projectId = m.project().id();
        LocalDate from = m.project().startDate();
        LocalDate status = m.statusDate();

        // the periods strictly before the status date's period are time-phased at their ends; days without working
        // time share a point of the axis, so they share one status update (the engine wants increasing times)
        List<LocalDate> pastEnds = new ArrayList<>();
        List<LocalDate> fences = granularity.bucketStarts(from, status.isBefore(from) ? from : status);
        for (int i = 0; i + 1 < fences.size(); i++) {
            if (fences.get(i + 1).minusDays(1).isBefore(status)) {
                pastEnds.add(fences.get(i + 1).minusDays(1));
            }
        }
        List<StatusUpdate> updates = new ArrayList<>();
        Map<LocalDate, Integer> updateOf = new HashMap<>();
        double last = -1;
        for (int k = pastEnds.size() - 1; k >= 0; k--) {
            // walk backwards so that a run of days sharing a time is measured on its latest day
            LocalDate end = pastEnds.get(k);
            double t = m.axis().at(end.plusDays(1).atStartOfDay());
            if (t >= m.statusTime() - EPS || t <= 0) {
                continue;
            }
            if (last >= 0 && Math.abs(t - last) < EPS) {
                updateOf.put(end, updates.size() - 1);
                continue;
            }
            updates.add(phased(m, end, t));
            updateOf.put(end, updates.size() - 1);
            last = t;
        }
        java.util.Collections.reverse(updates);
        int statusIndex = updates.size();
        updateOf.replaceAll((d, i) -> statusIndex - 1 - i);
        updates.add(m.update());
        EarnedValueHistory history = EarnedValueHistory.compute(m.ev(), updates);
        EarnedValueMeasures now = history.measures(m.root(), statusIndex);
        PlannedValueCurve pv = history.curve(m.root());

        Forecast forecast = Forecast.of(now);
        LocalDate forecastFinish = forecast.eact() == null ? null : dateAt(m, forecast.eact());
        LocalDate to = status.isBefore(from) ? from : status;
        if (m.plannedFinish() != null && m.plannedFinish().isAfter(to)) {
            to = m.plannedFinish();
        }
        if (forecastFinish != null && forecastFinish.isAfter(to)) {
            to = forecastFinish;
        }
        List<LocalDate> starts = granularity.bucketStarts(from, to);
        if (starts.size() - 1 > MAX_PERIODS) {
            throw new InvalidFieldException("granularity", "the S-curve would have " + (starts.size() - 1) + " " + granularity.name()
                    .toLowerCase() + " periods from " + from + " to " + to + "; at most " + MAX_PERIODS + ": choose a longer period");
        }
        List<EarnedValueSnapshot> reported = snapshots.history(projectId).stream()
                .filter(s -> java.util.Objects.equals(s.baseline(), m.baseline().name()) && s.statusDate().isBefore(status)).toList();

        List<SCurve.Period> periods = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = starts.get(i + 1).minusDays(1);
            double t = m.axis().at(starts.get(i + 1).atStartOfDay());
            Double ev = null;
            Double ac = null;
            LocalDate on = null;
            SCurve.Source source = null;
            if (!end.isBefore(status) && !start.isAfter(status)) {
                ev = now.ev();
                ac = now.ac();
                on = status;
                source = SCurve.Source.STATUS_DATE;
            } else if (end.isBefore(status)) {
                EarnedValueSnapshot snap = latestWithin(reported, start, end);
                if (snap != null && snap.ev() != null && snap.ac() != null) {
                    ev = snap.ev();
                    ac = snap.ac();
                    on = snap.statusDate();
                    source = SCurve.Source.SNAPSHOT;
                } else {
                    EarnedValueMeasures past = history.measures(m.root(), updateOf.getOrDefault(end, -1) < 0 ? statusIndex : updateOf.get(end));
                    boolean beforeAnyTime = !updateOf.containsKey(end) && t <= EPS;
                    ev = beforeAnyTime ? 0.0 : past.ev();
                    ac = beforeAnyTime ? 0.0 : past.ac();
                    on = end;
                    source = SCurve.Source.TIME_PHASED;
                }
            }
            Double fev = null;
            Double fac = null;
            if (!end.isBefore(status) && forecastFinish != null && forecast.eac() != null) {
                fev = forecast.ev(pv, Math.max(t, now.at()));
                fac = forecast.ac(fev);
            }
            periods.add(new SCurve.Period(start, end, cents(pv.at(t)), cents(ev), cents(ac), on, source, cents(fev), cents(fac)));
        }
        return new SCurve(projectId, m.project().currency(), m.baseline().name(), granularity, status, cents(now.bac()),
                m.plannedFinish(), cents(forecast.eac()), forecast.eacMethod(), forecastFinish, forecast.finishMethod(), periods);
    }

    /**
     * A status update at the end of {@code day} (axis time {@code t}) from today's progress, per {@link SCurve.Source#TIME_PHASED}.
     */
    private static StatusUpdate phased(EarnedValues.Measurement m, LocalDate day, double t) {
        StatusUpdate u = new StatusUpdate(m.leaves().size(), t);
        for (int i = 0; i < m.leaves().size(); i++) {
            Task task = m.leaves().get(i);
            double fraction = m.progressFraction(i, t);
            u.progress(i, fraction > 0, m.pct()[i] * fraction,
                    m.policy().actualCostAt(task.id(), day, m.impliedAt(i, t), m.carried()[i]));
        }
        return u;
    }

    private static EarnedValueSnapshot latestWithin(List<EarnedValueSnapshot> reported, LocalDate start, LocalDate end) {
        EarnedValueSnapshot found = null;
        for (EarnedValueSnapshot s : reported) {
            if (!s.statusDate().isBefore(start) && !s.statusDate().isAfter(end)) {
                found = s;
            }
        }
        return found;
    }

    /** The day on which the axis reaches {@code time} (its end), from the status date on; null if too far away. */
    private static LocalDate dateAt(EarnedValues.Measurement m, double time) {
        LocalDate d = m.statusDate();
        LocalDate limit = d.plusYears(MAX_FORECAST_YEARS);
        while (m.axis().at(d.plusDays(1).atStartOfDay()) < time - EPS) {
            d = d.plusDays(1);
            if (d.isAfter(limit)) {
                return null;
            }
        }
        return d;
    }

    /**
     * The forecast at the status date: cost EAC and duration EAC(t) with their formulas, and the forecast EV and AC at a
     * later time (see {@link SCurve}).
     */
    private record Forecast(EarnedValueMeasures now, Double eac, String eacMethod, Double eact, String finishMethod) {

        static Forecast of(EarnedValueMeasures now) {
            double eac = now.eacCpi();
            String eacMethod = "EAC = BAC / CPI";
            if (!Double.isFinite(eac)) {
                eac = now.eacAtBudget();
                eacMethod = "EAC = AC + (BAC − EV): CPI is undefined, the remaining work at budget";
            }
            double eact;
            String finishMethod;
            if (now.at() <= EPS) {
                eact = now.eactAtPlan();
                finishMethod = "EAC(t) = AT + (PD − ES): no time spent yet, the plan";
            } else {
                eact = now.eactSpit();
                finishMethod = "EAC(t) = AT + (PD − ES) / SPI(t)";
            }
            return new Forecast(now, Double.isFinite(eac) ? eac : null, eacMethod, Double.isFinite(eact) ? eact : null, finishMethod);
        }

        /** Forecast EV at axis time {@code t} (t ≥ AT). */
        double ev(PlannedValueCurve pv, double t) {
            double at = now.at();
            if (t >= eact - EPS || eact - at <= EPS) {
                return now.bac();
            }
            double s = now.es() + (t - at) * (now.pd() - now.es()) / (eact - at);
            return Math.min(now.bac(), Math.max(now.ev(), pv.at(s)));
        }

        /** Forecast AC when EV has reached {@code ev}. */
        double ac(double ev) {
            double remaining = now.bac() - now.ev();
            return remaining <= EPS ? eac : now.ac() + (eac - now.ac()) * (ev - now.ev()) / remaining;
        }
    }

    private static Double cents(Double v) {
        return v == null || !Double.isFinite(v) ? null : Math.round(v * 100) / 100.0;
    }

    private static double cents(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
