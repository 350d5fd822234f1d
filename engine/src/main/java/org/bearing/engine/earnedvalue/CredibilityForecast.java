package org.bearing.engine.earnedvalue;

import java.util.ArrayList;
import java.util.List;

import org.bearing.engine.earnedvalue.BlendedForecast.Component;
import org.bearing.engine.earnedvalue.BlendedForecast.Grouping;
import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;

/**
 * Cost forecast with a credibility-weighted cost factor: the cost performance so far is trusted in proportion to the
 * work it rests on. With a prior weight κ (a share of the budget), the cost factor of the remaining work is
 * <pre>
 *   f = (AC + κ × BAC) / (EV + κ × BAC) = Z × AC / EV + (1 − Z) × 1,   Z = EV / (EV + κ × BAC),
 * </pre>
 * i.e. the factor AC / EV = 1 / CPI of the work earned so far, shrunk towards the plan's factor 1 as if κ × BAC of
 * work had already been done at budget (Bühlmann's credibility weighting); EAC = AC + (BAC − EV) × f, with f clipped
 * to [{@value LearnedForecast#MIN_INDEX}, {@value LearnedForecast#MAX_INDEX}] as the other indices. κ = 0 gives
 * AC + (BAC − EV) / CPI, κ → ∞ gives AC + (BAC − EV).
 *
 * <p>Why: early in a project the CPI rests on a few activities and is noisy (on DSLIB, AC + (BAC − EV) / CPI errs
 * 13.8 % at 10 % of the duration against 9.9 % for AC + (BAC − EV)), late it is the best evidence there is. A fixed
 * blend of the two forecasts weighs them the same at every status date of its group; the credibility factor moves from
 * the plan to the CPI as the earned work grows.
 */
public final class CredibilityForecast {

    /** The prior weights κ (shares of BAC) among which {@link #learned} chooses. */
    public static final double[] PRIORS = {0.05, 0.1, 0.2, 0.4, 0.8};

    private CredibilityForecast() {
    }

    /** EAC = AC + (BAC − EV) × f with the credibility-weighted factor f of prior weight {@code prior} × BAC. */
    public static double eac(EarnedValueMeasures m, double prior) {
        double weight = prior * m.bac();
        double denominator = m.ev() + weight;
        double factor = denominator > 0 ? LearnedForecast.clip((m.ac() + weight) / denominator) : 1;
        return m.ac() + Math.max(0, m.bac() - m.ev()) * factor;
    }

    /** {@link #eac} as a blend component. */
    public static Component component(double prior) {
        return new Component("AC + (BAC - EV) x credibility factor (prior " + prior + " BAC)", (m, c) -> eac(m, prior));
    }

    /**
     * A blend per {@code grouping} of AC + (BAC − EV) and the credibility forecast, with the prior weight κ chosen
     * among {@code priors} on the training cases: for each κ the blend is fitted, and the one with the least total
     * absolute percentage error on the training cases is kept (every κ has the same number of weights to fit, so
     * their training errors compare fairly). κ is thus learned without the held-out project.
     */
    public static Learner learned(Grouping grouping, double[] priors) {
        List<Learner> blends = new ArrayList<>();
        for (double prior : priors) {
            blends.add(BlendedForecast.blended(List.of(BlendedForecast.asPlanned(Target.COST), component(prior)),
                    grouping));
        }
        return new Learner() {
            @Override
            public String name() {
                return "blend of AC + (BAC - EV), AC + (BAC - EV) x credibility factor (weights least APE, prior"
                        + " weight chosen among " + java.util.Arrays.toString(priors) + " x BAC on the training cases, "
                        + grouping.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
            }

            @Override
            public Model fit(List<Case> training) {
                Model best = null;
                double bestError = Double.MAX_VALUE;
                for (Learner blend : blends) {
                    Model model = blend.fit(training);
                    double error = 0;
                    for (Case c : training) {
                        double f = model.forecast(c.measures(), c.context());
                        if (c.actual() > 0) {
                            error += f > 0 && Double.isFinite(f) ? Math.abs(f / c.actual() - 1) : 1;
                        }
                    }
                    if (best == null || error < bestError - 1e-12) {
                        best = model;
                        bestError = error;
                    }
                }
                return best;
            }
        };
    }
}
