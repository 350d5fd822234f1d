package org.bearing.engine.earnedvalue;

import java.util.List;

import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.ContextModel;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;

/**
 * A learned forecast corrected by a performance factor known at the status date: forecast = base × f^β, where base is
 * another learner's forecast and f a factor of the status date's context (e.g. the finished activities' duration
 * factor Σ actual / Σ baseline duration). β is learned: the value of {−1, −0.95, …, 1} that minimises
 * Σ |base_oof × f^β / actual − 1| over the training cases, base_oof being the base learner's out-of-fold forecasts of a
 * k-fold cross-validation by project inside the training projects (the base's forecasts of cases it was fitted on would
 * leave nothing for the factor to correct). The base is then refitted on all training cases. A case without a positive
 * finite factor counts as f = 1 (no correction); β = 0 is the base itself.
 */
public final class FactorCorrectedForecast {

    /** Step of the grid of exponents β on −1..1. */
    static final double STEP = 0.05;

    private FactorCorrectedForecast() {
    }

    /**
     * The base learner corrected by the context's value {@code index}.
     *
     * @param factorName what the factor is, for the learner's name
     * @param folds folds of the inner cross-validation that gives the base's out-of-fold forecasts
     */
    public static Learner corrected(Learner base, int index, String factorName, int folds) {
        return new Learner() {
            @Override
            public String name() {
                return "[" + base.name() + "] x (" + factorName + ")^b, b least APE on its " + folds
                        + "-fold out-of-fold forecasts";
            }

            @Override
            public Model fit(List<Case> training) {
                double[][] oof = LearnedForecast.outOfFold(List.of(base), training, folds);
                double beta = oof == null ? 0 : exponent(oof[0], training, index);
                Model model = base.fit(training);
                return (ContextModel) (m, context) -> model.forecast(m, context)
                        * Math.pow(factor(context.forecast(index)), beta);
            }
        };
    }

    /** The exponent of least total APE of {@code forecast × f^β} on the cases (the smallest |β| on ties). */
    static double exponent(double[] forecast, List<Case> cases, int index) {
        double best = 0;
        double bestError = Double.MAX_VALUE;
        int steps = (int) Math.round(1 / STEP);
        for (int g = 0; g <= 2 * steps; g++) {
            double beta = (g % 2 == 0 ? 1 : -1) * STEP * ((g + 1) / 2); // 0, −0.05, 0.05, −0.1, ...
            double error = 0;
            for (int i = 0; i < forecast.length; i++) {
                Case c = cases.get(i);
                if (c.actual() > 0 && forecast[i] > 0 && Double.isFinite(forecast[i])) {
                    error += Math.abs(forecast[i] * Math.pow(factor(c.context().forecast(index)), beta) / c.actual()
                            - 1);
                }
            }
            if (error < bestError - 1e-12) {
                bestError = error;
                best = beta;
            }
        }
        return best;
    }

    private static double factor(double f) {
        return f > 0 && Double.isFinite(f) ? f : 1;
    }
}
