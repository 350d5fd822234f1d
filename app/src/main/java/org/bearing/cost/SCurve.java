package org.bearing.cost;

import java.time.LocalDate;
import java.util.List;

import org.bearing.engine.earnedvalue.Granularity;

/**
 * A project's S-curve against one baseline: per period, cumulative planned value (PV), earned value (EV) and actual
 * cost (AC) up to the status date, then the forecast from the status date to the forecast finish. Money in the
 * project's currency; cumulative values are at the end of the day they are dated.
 *
 * <p>The forecast: the cost forecast {@code eac} is reached at {@code forecastFinish}, the date of the earned schedule
 * duration forecast EAC(t); PV reaches BAC at {@code plannedFinish}. In between, the remaining work follows the shape
 * of the baseline's remaining planned value, stretched (or squeezed) from [ES, PD] to [AT, EAC(t)]: forecast EV at time
 * t = PV(ES + (t − AT) × (PD − ES) / (EAC(t) − AT)), and forecast AC = AC + (EAC − AC) × (forecast EV − EV) / (BAC − EV),
 * so AC keeps the cost efficiency that {@code eac} assumes. Both start at the status date's EV and AC.
 *
 * @param bac            budget at completion (currency)
 * @param plannedFinish  the baseline finish (the latest baseline task finish), where PV reaches BAC; null without tasks
 * @param eac            the cost estimate at completion (currency), null when undefined
 * @param eacMethod      the formula of {@code eac}
 * @param forecastFinish the day EAC(t) ends, null when there is no duration forecast (time has passed, nothing earned)
 * @param finishMethod   the formula of the duration forecast EAC(t) behind {@code forecastFinish}
 * @param periods        the periods from the project start to the latest of the planned finish, status date and forecast
 *                       finish, in date order
 */
public record SCurve(long projectId, String currency, String baseline, Granularity granularity, LocalDate statusDate,
                     double bac, LocalDate plannedFinish, Double eac, String eacMethod, LocalDate forecastFinish,
                     String finishMethod, List<Period> periods) {

    /** Where the EV and AC of a period come from. */
    public enum Source {
        /** The earned value snapshot recorded for a status date within the period, as last reported then. */
        SNAPSHOT,
        /** The measurement at the current status date. */
        STATUS_DATE,
        /**
         * Derived at the period end from today's progress: each started task's % complete grows evenly in working time
         * from its actual start to the status date (or its actual finish); tasks with approved actuals count their entries
         * dated up to the period end, others their implied AC in proportion to progress.
         */
        TIME_PHASED
    }

    /**
     * One period {@code [start, end]}: cumulative PV at its end; EV and AC as measured on {@code measuredOn} (null after the
     * status date); the forecast EV and AC at its end (null before the status date's period; BAC and EAC after the
     * forecast finish).
     */
    public record Period(LocalDate start, LocalDate end, double pv, Double ev, Double ac, LocalDate measuredOn, Source source,
                         Double forecastEv, Double forecastAc) {
    }
}
