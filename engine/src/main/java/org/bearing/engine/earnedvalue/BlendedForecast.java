package org.bearing.engine.earnedvalue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Context;
import org.bearing.engine.earnedvalue.LearnedForecast.ContextModel;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;

/**
 * Forecast combination learned per reference class: the forecast is the weighted geometric mean
 * F = Π fᵢ^wᵢ of several component forecasts (wᵢ ≥ 0, Σ wᵢ = 1, on a grid of step {@value #STEP}), the weights being
 * those with the least total absolute percentage error Σ |F / actual − 1| on the training cases of the group a status
 * date falls in. Minimising the metric itself (MAPE), rather than squared errors, keeps the few projects that doubled
 * their budget or duration from steering the weights. A group with training cases from fewer than
 * {@value #MIN_PROJECTS} projects, or never seen, uses the weights of all training cases.
 *
 * <p>Combinations often beat every one of their components because the components err in different situations: the
 * as-planned forecast is right when the delays so far are not repeated, the index forecast when they are, and a
 * schedule-based forecast from the activity network when the remaining critical path, not the average pace, decides
 * the finish.
 */
public final class BlendedForecast {

    /** Step of the weight grid. */
    static final double STEP = 0.1;

    /** Fewest training projects in a group for it to get its own weights. */
    static final int MIN_PROJECTS = 3;

    private BlendedForecast() {
    }

    /**
     * A component forecast, from what is known at a status date.
     *
     * @param name short name for reports
     * @param forecast the forecast from the measures and the context (NaN or ≤ 0 when it cannot be made)
     */
    public record Component(String name, ToDoubleBiFunction<EarnedValueMeasures, Context> forecast) {
    }

    /** The remaining work as planned: AC + (BAC − EV), or AT + (PD − ES). */
    public static Component asPlanned(Target target) {
        return target == Target.COST ? new Component("AC + (BAC - EV)", (m, c) -> m.eacAtBudget())
                : new Component("AT + (PD - ES)", (m, c) -> m.eactAtPlan());
    }

    /** The remaining work at the clipped index so far: AC + (BAC − EV) / CPI, or AT + (PD − ES) / SPI(t). */
    public static Component atIndex(Target target) {
        return target == Target.COST
                ? new Component("AC + (BAC - EV) / CPI", (m, c) -> m.ac() + (m.bac() - m.ev()) / LearnedForecast.clip(m.cpi()))
                : new Component("AT + (PD - ES) / SPI(t)",
                        (m, c) -> m.at() + (m.pd() - m.es()) / LearnedForecast.clip(m.spit()));
    }

    /** The {@code index}-th forecast of the status date's {@link Context}. */
    public static Component fromContext(String name, int index) {
        return new Component(name, (m, c) -> c.forecast(index));
    }

    /** Which status dates share weights. */
    public enum Grouping {
        /** All status dates. */
        POOLED,
        /** Status dates of projects of one reference class. */
        CLASS,
        /** Status dates before and after half the work is earned (EV / BAC &lt; 0.5 or not). */
        STAGE,
        /** Both: reference class and stage. */
        CLASS_AND_STAGE;

        String of(EarnedValueMeasures m, Context c) {
            String stage = m.bac() > 0 && m.ev() / m.bac() < 0.5 ? "early" : "late";
            return switch (this) {
                case POOLED -> "";
                case CLASS -> c.referenceClass();
                case STAGE -> stage;
                case CLASS_AND_STAGE -> c.referenceClass() + "/" + stage;
            };
        }
    }

    /**
     * The learned combination of {@code components} (the first one stands in for any that cannot be made at a status
     * date, so it should always be available: the as-planned forecast).
     */
    public static Learner blended(List<Component> components, Grouping grouping) {
        double[][] grid = simplex(components.size());
        return new Learner() {
            @Override
            public String name() {
                return "blend of " + String.join(", ", components.stream().map(Component::name).toList())
                        + " (weights least APE, " + grouping.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ")";
            }

            @Override
            public Model fit(List<Case> training) {
                Map<String, List<double[]>> logs = new HashMap<>();
                Map<String, Set<Integer>> projects = new HashMap<>();
                List<double[]> all = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) {
                    Case c = training.get(i);
                    double[] x = logs(components, c.measures(), c.context());
                    if (x == null || !(c.actual() > 0)) {
                        continue;
                    }
                    double[] row = java.util.Arrays.copyOf(x, x.length + 1);
                    row[x.length] = Math.log(c.actual());
                    String g = grouping.of(c.measures(), c.context());
                    logs.computeIfAbsent(g, k -> new ArrayList<>()).add(row);
                    projects.computeIfAbsent(g, k -> new HashSet<>()).add(c.project() >= 0 ? c.project() : -1 - i);
                    all.add(row);
                }
                double[] pooled = best(grid, all);
                Map<String, double[]> weights = new HashMap<>();
                logs.forEach((g, rows) -> weights.put(g,
                        projects.get(g).size() >= MIN_PROJECTS ? best(grid, rows) : pooled));
                return (ContextModel) (m, context) -> {
                    double[] x = logs(components, m, context);
                    if (x == null) {
                        return Double.NaN;
                    }
                    double[] w = weights.getOrDefault(grouping.of(m, context), pooled);
                    double f = 0;
                    for (int i = 0; i < x.length; i++) {
                        f += w[i] * x[i];
                    }
                    return Math.exp(f);
                };
            }
        };
    }

    /** Logs of the components at a status date (a missing one replaced by the first); null without the first. */
    static double[] logs(List<Component> components, EarnedValueMeasures m, Context c) {
        double[] x = new double[components.size()];
        for (int i = 0; i < x.length; i++) {
            double f = components.get(i).forecast().applyAsDouble(m, c);
            if (f > 0 && Double.isFinite(f)) {
                x[i] = Math.log(f);
            } else if (i == 0) {
                return null;
            } else {
                x[i] = x[0];
            }
        }
        return x;
    }

    /** The grid weights with the least Σ |F / actual − 1| over rows (component logs, then log actual). */
    static double[] best(double[][] grid, List<double[]> rows) {
        double[] best = grid[0];
        double bestError = Double.MAX_VALUE;
        for (double[] w : grid) {
            double error = 0;
            for (double[] r : rows) {
                double f = 0;
                for (int i = 0; i < w.length; i++) {
                    f += w[i] * r[i];
                }
                error += Math.abs(Math.exp(f - r[w.length]) - 1);
            }
            if (error < bestError - 1e-12) {
                bestError = error;
                best = w;
            }
        }
        return best;
    }

    /** Every weight vector of {@code n} components on the grid of step {@link #STEP}; the first is (1, 0, ..., 0). */
    static double[][] simplex(int n) {
        int steps = (int) Math.round(1 / STEP);
        List<double[]> out = new ArrayList<>();
        fill(new int[n], 1, steps, out);
        return out.toArray(double[][]::new);
    }

    private static void fill(int[] counts, int i, int left, List<double[]> out) {
        if (i == counts.length) {
            counts[0] = left;
            double[] w = new double[counts.length];
            for (int k = 0; k < w.length; k++) {
                w[k] = counts[k] * STEP;
            }
            out.add(w);
            return;
        }
        for (int k = 0; k <= left; k++) {
            counts[i] = k;
            fill(counts, i + 1, left - k, out);
        }
        counts[i] = 0;
    }

    /**
     * The geometric mean of the forecasts of several learners, each fitted on the same training cases (a simple
     * combination of learned forecasts, with no weight to learn). Where one part cannot forecast, the others decide.
     */
    public static Learner geometricMean(List<Learner> parts) {
        return new Learner() {
            @Override
            public String name() {
                return "geometric mean of [" + String.join("] and [", parts.stream().map(Learner::name).toList()) + "]";
            }

            @Override
            public Model fit(List<Case> training) {
                double[] equal = new double[parts.size()];
                java.util.Arrays.fill(equal, 1);
                return weighted(parts.stream().map(p -> p.fit(training)).toList(), equal);
            }
        };
    }

    /**
     * The weighted geometric mean of the models' forecasts, Π fᵢ^(wᵢ / Σ w) over the models that can forecast (null
     * models and models with weight 0 take no part); NaN if none can.
     */
    static Model weighted(List<Model> models, double[] weight) {
        return (ContextModel) (m, context) -> {
            double sum = 0;
            double total = 0;
            for (int c = 0; c < models.size(); c++) {
                if (models.get(c) != null && weight[c] > 0) {
                    double f = models.get(c).forecast(m, context);
                    if (f > 0 && Double.isFinite(f)) {
                        sum += weight[c] * Math.log(f);
                        total += weight[c];
                    }
                }
            }
            return total == 0 ? Double.NaN : Math.exp(sum / total);
        };
    }

    /**
     * Stacking by ensemble selection (Caruana et al. 2004): the out-of-fold forecasts of the candidates in a k-fold
     * cross-validation by project inside the training cases (as {@link LearnedForecast#selected} computes them) are
     * combined greedily, {@code rounds} times adding (with repetition) the candidate whose inclusion gives the
     * geometric mean with the least total absolute percentage error. The candidates' counts are their weights; those
     * chosen are refitted on all training cases. Choosing one candidate is the case of a single pick; a blend of
     * several is learned the same way, never on the held-out project.
     */
    public static Learner stacked(List<Learner> candidates, int folds, int rounds) {
        return new Learner() {
            @Override
            public String name() {
                return "stacked: weights of the " + candidates.size() + " learners above by ensemble selection ("
                        + rounds + " picks) on their " + folds + "-fold CV forecasts inside the training projects";
            }

            @Override
            public Model fit(List<Case> training) {
                double[][] oof = LearnedForecast.outOfFold(candidates, training, folds);
                double[] weight = new double[candidates.size()];
                if (oof == null) {
                    weight[0] = 1;
                } else {
                    weight = ensembleWeights(oof, training, rounds);
                }
                List<Model> models = new ArrayList<>();
                for (int c = 0; c < candidates.size(); c++) {
                    models.add(weight[c] > 0 ? candidates.get(c).fit(training) : null);
                }
                return weighted(models, weight);
            }
        };
    }

    /**
     * Ensemble selection weights (summing to 1) from the out-of-fold forecasts {@code oof[candidate][case]}: a case a
     * candidate cannot forecast counts that candidate's part at the case's actual log replaced by the first
     * candidate's forecast.
     */
    static double[] ensembleWeights(double[][] oof, List<Case> training, int rounds) {
        int n = training.size();
        int k = oof.length;
        double[][] logs = new double[k][n];
        double[] actual = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = training.get(i).actual() > 0 ? Math.log(training.get(i).actual()) : Double.NaN;
            for (int c = 0; c < k; c++) {
                double f = oof[c][i] > 0 && Double.isFinite(oof[c][i]) ? oof[c][i] : oof[0][i];
                logs[c][i] = f > 0 && Double.isFinite(f) ? Math.log(f) : Double.NaN;
            }
        }
        int[] count = new int[k];
        double[] sum = new double[n];
        for (int r = 1; r <= rounds; r++) {
            int best = 0;
            double bestError = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                double error = 0;
                for (int i = 0; i < n; i++) {
                    double f = (sum[i] + logs[c][i]) / r;
                    if (!Double.isNaN(actual[i])) {
                        error += Double.isFinite(f) ? Math.abs(Math.exp(f - actual[i]) - 1) : 1;
                    }
                }
                if (error < bestError - 1e-12) {
                    bestError = error;
                    best = c;
                }
            }
            count[best]++;
            for (int i = 0; i < n; i++) {
                sum[i] += logs[best][i];
            }
        }
        double[] w = new double[k];
        for (int c = 0; c < k; c++) {
            w[c] = count[c] / (double) rounds;
        }
        return w;
    }
}
