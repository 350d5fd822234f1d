package org.bearing.cost;

import org.bearing.engine.earnedvalue.LearnedForecast;

/**
 * Final-cost forecasts at a tracking period from the activity-level costs (a "Bearing method": it learns nothing
 * from other projects): from the FINISHED activities only, or with the remaining costs bounded.
 *
 * <p>Why finished activities only: DSLIB's remaining cost of an activity in progress is the extrapolation
 * actual × (1 − p) / p, wild for slow starters (see {@link #boundedRemaining}), so the observed cost factor
 * of the network forecast (over the started activities, with that remaining cost) inherits its noise. The cost of a
 * finished activity is known exactly.
 *
 * <p>Definitions, per activity with total (baseline) cost B, fixed cost F (DSLIB accrues it at the start), percentage
 * complete p and actual cost A: its remaining budget is B − F − p × (B − F) when in progress (its earned value being
 * F + p × (B − F)), B when not started, 0 when finished. AC is Σ A over the started activities.
 * <ul>
 * <li>{@link #finishedFactor}: AC + f × Σ remaining budget, f = Σ A / Σ B over the finished activities (1 if none),
 * bounded to [{@value LearnedForecast#MIN_INDEX}, {@value LearnedForecast#MAX_INDEX}].</li>
 * <li>{@link #variableFactor}: by cost kind: the fixed cost of the activities not started at plan, the rest of the
 * remaining budget (resource and variable cost) × g, g = Σ (A − F) / Σ (B − F) over the finished activities with
 * B &gt; F (1 if none), bounded likewise.</li>
 * <li>{@link #scheduleDriven}: cost that follows the schedule: the fixed cost of the activities not started at plan,
 * the rest of the remaining budget × the duration overrun r of a duration forecast (forecast / planned duration PD),
 * bounded likewise: resource cost is time-driven, so a project forecast to take r times its plan pays its remaining
 * resource work about r times.</li>
 * </ul>
 */
public final class CostFactorForecast {

    private CostFactorForecast() {
    }

    /** AC + f × remaining budget, f the cost factor of the finished activities (see the class comment). */
    public static double finishedFactor(DslibProject p, DslibProject.Period period) {
        double spent = 0;
        double planned = 0;
        for (int i = 0; i < p.activities().size(); i++) {
            DslibProject.Progress g = period.progress().get(i);
            if (finished(g)) {
                spent += g.actualCost();
                planned += budget(p.activities().get(i));
            }
        }
        double f = planned > 0 ? bound(spent / planned) : 1;
        return actualCost(p, period) + f * (remainingFixed(p, period) + remainingVariable(p, period));
    }

    /** AC + remaining fixed cost + g × remaining variable cost (see the class comment). */
    public static double variableFactor(DslibProject p, DslibProject.Period period) {
        double spent = 0;
        double planned = 0;
        for (int i = 0; i < p.activities().size(); i++) {
            DslibProject.Progress g = period.progress().get(i);
            DslibProject.Activity a = p.activities().get(i);
            if (finished(g) && budget(a) > fixed(a)) {
                spent += g.actualCost() - fixed(a);
                planned += budget(a) - fixed(a);
            }
        }
        double f = planned > 0 ? bound(spent / planned) : 1;
        return actualCost(p, period) + remainingFixed(p, period) + f * remainingVariable(p, period);
    }

    /**
     * AC + remaining fixed cost + r × remaining variable cost, r = {@code durationForecast} / {@code plannedDuration}
     * bounded (see the class comment); NaN without a positive planned duration or a finite forecast.
     */
    public static double scheduleDriven(DslibProject p, DslibProject.Period period, double durationForecast,
            double plannedDuration) {
        if (!(plannedDuration > 0) || !Double.isFinite(durationForecast)) {
            return Double.NaN;
        }
        double r = bound(durationForecast / plannedDuration);
        return actualCost(p, period) + remainingFixed(p, period) + r * remainingVariable(p, period);
    }

    /**
     * Final cost at a tracking period with DSLIB's remaining cost of each activity in progress bounded to
     * [{@value LearnedForecast#MIN_INDEX}, {@value LearnedForecast#MAX_INDEX}] × its remaining budget, as the learned
     * forecasts clip indices; finished activities cost their actual cost, activities not started their baseline cost.
     *
     * <p>Why: DSLIB's remaining cost of an activity in progress extrapolates its progress so far, so an activity 1 %
     * complete after a day may be given 99 times its actual cost; in a few workbooks it is far above anything the
     * activity could cost (C2019-01 Lepelstraat, activity 57: 822,500 remaining of a 21,000 activity, 17 % complete;
     * C2019-04 Nuclear Healthcare, activity 23: 4.34 million of a 1.04 million activity, half complete). Those few
     * activities alone made the network cost forecast 60 % to 90 % too high for those projects at 70 % of their
     * duration. Bounded, the forecast is a reference row of the bench; the learners keep the raw network forecasts,
     * which measured better as blend inputs.
     */
    public static double boundedRemaining(DslibProject p, DslibProject.Period period) {
        double cost = 0;
        for (int i = 0; i < p.activities().size(); i++) {
            DslibProject.Activity a = p.activities().get(i);
            DslibProject.Progress g = period.progress().get(i);
            if (!started(g)) {
                cost += budget(a);
            } else if (finished(g)) {
                cost += g.actualCost();
            } else {
                double left = variableLeft(a, g);
                cost += g.actualCost() + Math.max(LearnedForecast.MIN_INDEX * left,
                        Math.min(LearnedForecast.MAX_INDEX * left, g.remainingCost()));
            }
        }
        return cost;
    }

    /** Σ actual cost of the started activities. */
    static double actualCost(DslibProject p, DslibProject.Period period) {
        double ac = 0;
        for (int i = 0; i < p.activities().size(); i++) {
            DslibProject.Progress g = period.progress().get(i);
            if (started(g)) {
                ac += g.actualCost();
            }
        }
        return ac;
    }

    /** Fixed cost of the activities not started. */
    static double remainingFixed(DslibProject p, DslibProject.Period period) {
        double sum = 0;
        for (int i = 0; i < p.activities().size(); i++) {
            if (!started(period.progress().get(i))) {
                sum += fixed(p.activities().get(i));
            }
        }
        return sum;
    }

    /** Remaining budget other than fixed cost: (B − F) × (1 − p) in progress, B − F not started. */
    static double remainingVariable(DslibProject p, DslibProject.Period period) {
        double sum = 0;
        for (int i = 0; i < p.activities().size(); i++) {
            DslibProject.Progress g = period.progress().get(i);
            DslibProject.Activity a = p.activities().get(i);
            if (!started(g)) {
                sum += budget(a) - fixed(a);
            } else if (!finished(g)) {
                sum += variableLeft(a, g);
            }
        }
        return sum;
    }

    /** The remaining budget other than fixed cost of an activity in progress: (B − F) × (1 − p). */
    private static double variableLeft(DslibProject.Activity a, DslibProject.Progress g) {
        return (budget(a) - fixed(a)) * (1 - Math.max(0, Math.min(1, g.percentComplete())));
    }

    private static boolean started(DslibProject.Progress g) {
        return g != null && g.started() && g.actualStart() != null;
    }

    private static boolean finished(DslibProject.Progress g) {
        return started(g) && g.percentComplete() >= 1;
    }

    private static double budget(DslibProject.Activity a) {
        return Math.max(0, a.totalCost());
    }

    private static double fixed(DslibProject.Activity a) {
        return Math.min(budget(a), Math.max(0, a.fixedCost()));
    }

    private static double bound(double factor) {
        return LearnedForecast.clip(factor);
    }
}
