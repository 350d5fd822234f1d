package org.bearing.engine.earnedvalue;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Forecasts of final cost or final duration learned from finished projects (the reference class). A {@link Learner}
 * fits a {@link Model} on {@link Case}s of other projects; the model then forecasts from one status date's
 * {@link EarnedValueMeasures} only. Nothing here sees how far a project really is through its life: the models key on
 * what is known at the status date (percent complete = EV / BAC, SPI(t), CPI), never on the real duration.
 *
 * <p>Indices are clipped to [{@value #MIN_INDEX}, {@value #MAX_INDEX}] before they divide remaining work, because an
 * SPI(t) of 0.02 in the first weeks (work not yet started) would multiply the remaining duration by 50.
 */
public final class LearnedForecast {

    /** Lowest performance index a learned model divides by. */
    public static final double MIN_INDEX = 0.5;
    /** Highest performance index a learned model divides by. */
    public static final double MAX_INDEX = 2.0;

    private LearnedForecast() {
    }

    /** What is forecast: the final cost (currency) or the final duration (time units of the measures). */
    public enum Target {
        COST, DURATION
    }

    /**
     * One training or test case: the measures at a status date and the real final value.
     *
     * @param measures project measures at the status date
     * @param actual real final cost or duration (NaN when not known)
     * @param project which project the case comes from (cases of one project stay in one fold of an inner
     *        cross-validation); negative when unknown, then every case is its own project
     */
    public record Case(EarnedValueMeasures measures, double actual, int project, Context context) {

        /** A case of an unknown project. */
        public Case(EarnedValueMeasures measures, double actual) {
            this(measures, actual, -1);
        }

        /** A case without context beyond its measures. */
        public Case(EarnedValueMeasures measures, double actual, int project) {
            this(measures, actual, project, Context.NONE);
        }
    }

    /**
     * What else is known at a status date besides the project's measures: its reference class (a static attribute of
     * the project, e.g. its sector) and other forecasts of the same target made from what is known then (e.g. a
     * schedule-based forecast from the activity network and per-activity progress). Never the real outcome.
     *
     * @param referenceClass the project's class; empty if unknown
     * @param forecasts other forecasts of the target at the status date (NaN where one cannot be made)
     */
    public record Context(String referenceClass, double[] forecasts) {

        /** No reference class and no other forecast. */
        public static final Context NONE = new Context("", new double[0]);

        /** The i-th other forecast, NaN if there is none. */
        public double forecast(int i) {
            return i < forecasts.length ? forecasts[i] : Double.NaN;
        }
    }

    /** A fitted forecast. */
    public interface Model {
        /** The forecast from the measures at a status date; NaN when it cannot forecast. */
        double forecast(EarnedValueMeasures m);

        /**
         * The forecast from the measures and the context at a status date; models that use no context ignore it.
         */
        default double forecast(EarnedValueMeasures m, Context context) {
            return forecast(m);
        }
    }

    /** A model that uses the context; without one it forecasts with {@link Context#NONE}. */
    @FunctionalInterface
    public interface ContextModel extends Model {
        @Override
        double forecast(EarnedValueMeasures m, Context context);

        @Override
        default double forecast(EarnedValueMeasures m) {
            return forecast(m, Context.NONE);
        }
    }

    /** A way of learning a {@link Model} from finished projects' cases. */
    public interface Learner {
        /** Short name for reports. */
        String name();

        /** Fits on the training cases (cases whose forecast or actual is not a positive number are ignored). */
        Model fit(List<Case> training);
    }

    /**
     * Nested cross-validation: the candidate with the least mean absolute percentage error in a k-fold
     * cross-validation by project inside the training cases, refitted on all of them. Used as "the" learned method, so
     * that which learner to trust is itself learned without the held-out project. With fewer than two training
     * projects the first candidate is used.
     */
    public static Learner selected(List<Learner> candidates, int folds) {
        return new Learner() {
            @Override
            public String name() {
                return "chosen by " + folds + "-fold CV inside the training projects among the "
                        + candidates.size() + " learners above";
            }

            @Override
            public Model fit(List<Case> training) {
                int best = 0;
                double[][] forecast = outOfFold(candidates, training, folds);
                if (forecast != null) {
                    double bestError = Double.MAX_VALUE;
                    for (int c = 0; c < candidates.size(); c++) {
                        double error = 0;
                        for (int i = 0; i < training.size(); i++) {
                            double v = forecast[c][i];
                            double actual = training.get(i).actual();
                            if (actual > 0) {
                                error += Double.isFinite(v) ? Math.abs(v - actual) / actual : 1;
                            }
                        }
                        if (error < bestError) {
                            bestError = error;
                            best = c;
                        }
                    }
                }
                return new Choice(best, candidates.get(best).fit(training));
            }
        };
    }

    /**
     * Out-of-fold forecasts of each candidate on the training cases: the cases fall in {@code folds} folds by project
     * (all the cases of one project in one fold), and each fold is forecast by the candidate fitted on the other folds.
     *
     * @return forecast[candidate][case] (NaN where none), or null with fewer than two training projects
     */
    static double[][] outOfFold(List<Learner> candidates, List<Case> training, int folds) {
        int[] fold = new int[training.size()];
        java.util.Map<Integer, Integer> foldOf = new java.util.HashMap<>();
        for (int i = 0; i < fold.length; i++) {
            int project = training.get(i).project() >= 0 ? training.get(i).project() : -1 - i;
            fold[i] = foldOf.computeIfAbsent(project, k -> foldOf.size() % folds);
        }
        if (foldOf.size() < 2) {
            return null;
        }
        double[][] forecast = new double[candidates.size()][training.size()];
        for (int f = 0; f < Math.min(folds, foldOf.size()); f++) {
            List<Case> in = new java.util.ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    in.add(training.get(i));
                }
            }
            for (int c = 0; c < candidates.size(); c++) {
                Model m = candidates.get(c).fit(in);
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == f) {
                        forecast[c][i] = m.forecast(training.get(i).measures(), training.get(i).context());
                    }
                }
            }
        }
        return forecast;
    }

    /**
     * The model a {@link #selected} learner chose.
     *
     * @param chosen index of the chosen candidate
     * @param model its model fitted on all training cases
     */
    public record Choice(int chosen, Model model) implements Model {
        @Override
        public double forecast(EarnedValueMeasures m) {
            return model.forecast(m);
        }

        @Override
        public double forecast(EarnedValueMeasures m, Context context) {
            return model.forecast(m, context);
        }
    }

    /** Percent complete EV / BAC as a bin 0..bins−1 (the reference class a status date falls in). */
    static int bin(EarnedValueMeasures m, int bins) {
        double pc = m.bac() > 0 ? m.ev() / m.bac() : 0;
        return Math.max(0, Math.min(bins - 1, (int) (pc * bins)));
    }

    /**
     * A performance index clipped to [{@value #MIN_INDEX}, {@value #MAX_INDEX}] (1 if it is not finite), as every
     * learned forecast uses it.
     */
    public static double clip(double index) {
        return Double.isFinite(index) ? Math.max(MIN_INDEX, Math.min(MAX_INDEX, index)) : 1;
    }

    /**
     * Reference-class calibration: per percent-complete bin, the factor r that minimises the training MAPE of
     * r × base forecast (the weighted median of actual / forecast with weights forecast / actual), applied to the
     * base forecast. A bin with no training case keeps r = 1.
     */
    public static Learner calibrated(String baseName, ToDoubleFunction<EarnedValueMeasures> base, int bins) {
        return calibrated(baseName, (m, c) -> base.applyAsDouble(m), bins);
    }

    /**
     * As {@link #calibrated(String, ToDoubleFunction, int)} for a base forecast that may use the status date's
     * {@link Context} (e.g. a schedule-based forecast).
     */
    public static Learner calibrated(String baseName, ToDoubleBiFunction<EarnedValueMeasures, Context> base,
            int bins) {
        return new Learner() {
            @Override
            public String name() {
                return "calibrated " + baseName + " (" + bins + " bins of EV/BAC)";
            }

            @Override
            public Model fit(List<Case> training) {
                double[] factor = new double[bins];
                for (int b = 0; b < bins; b++) {
                    int bb = b;
                    List<double[]> pairs = training.stream().filter(c -> bin(c.measures(), bins) == bb)
                            .map(c -> new double[] {base.applyAsDouble(c.measures(), c.context()), c.actual()})
                            .filter(p -> p[0] > 0 && p[1] > 0 && Double.isFinite(p[0]) && Double.isFinite(p[1]))
                            .toList();
                    double[] ratio = new double[pairs.size()];
                    double[] weight = new double[pairs.size()];
                    for (int i = 0; i < ratio.length; i++) {
                        ratio[i] = pairs.get(i)[1] / pairs.get(i)[0];
                        weight[i] = pairs.get(i)[0] / pairs.get(i)[1];
                    }
                    factor[b] = ratio.length == 0 ? 1 : weightedMedian(ratio, weight);
                }
                return (ContextModel) (m, c) -> base.applyAsDouble(m, c) * factor[bin(m, bins)];
            }
        };
    }

    /**
     * Weighted median: the value v minimising Σ wᵢ |xᵢ − v|. Since |r·f − a| / a = (f / a) |r − a / f|, the weighted
     * median of a / f with weights f / a is the factor with the least total absolute percentage error.
     */
    static double weightedMedian(double[] x, double[] w) {
        Integer[] order = new Integer[x.length];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
            total += w[i];
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double acc = 0;
        for (Integer i : order) {
            acc += w[i];
            if (acc >= total / 2) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }

    /** Grid of performance-factor exponents tried: 0, 0.05, ..., 1.5. */
    static final double[] EXPONENTS = java.util.stream.IntStream.rangeClosed(0, 30).mapToDouble(i -> i * 0.05).toArray();

    /**
     * Learned performance factor: the remaining work divided by the clipped index raised to a learned power w,
     * EAC = AC + (BAC − EV) / CPI^w, EAC(t) = AT + (PD − ES) / SPI(t)^w, with w per percent-complete bin chosen from
     * {@link #EXPONENTS} for the least training MAPE. w = 0 is "as planned", w = 1 the classical index method.
     */
    public static Learner performanceFactor(Target target, int bins) {
        return new Learner() {
            @Override
            public String name() {
                return (target == Target.COST ? "AC + (BAC - EV) / CPI^w" : "AT + (PD - ES) / SPI(t)^w")
                        + ", w learned per " + bins + " bins of EV/BAC";
            }

            @Override
            public Model fit(List<Case> training) {
                double[][] error = new double[bins][EXPONENTS.length];
                for (Case c : training) {
                    if (!(c.actual() > 0)) {
                        continue;
                    }
                    int b = bin(c.measures(), bins);
                    for (int e = 0; e < EXPONENTS.length; e++) {
                        double f = powered(c.measures(), target, EXPONENTS[e]);
                        if (Double.isFinite(f)) {
                            error[b][e] += Math.abs(f - c.actual()) / c.actual();
                        }
                    }
                }
                double[] w = new double[bins];
                for (int b = 0; b < bins; b++) {
                    int best = 0;
                    for (int e = 1; e < EXPONENTS.length; e++) {
                        if (error[b][e] < error[b][best]) {
                            best = e;
                        }
                    }
                    w[b] = EXPONENTS[best];
                }
                return m -> powered(m, target, w[bin(m, bins)]);
            }
        };
    }

    static double powered(EarnedValueMeasures m, Target target, double w) {
        return target == Target.COST
                ? m.ac() + (m.bac() - m.ev()) / Math.pow(clip(m.cpi()), w)
                : m.at() + (m.pd() - m.es()) / Math.pow(clip(m.spit()), w);
    }

    /**
     * Combination of forecasts: actual ≈ Σ βⱼ xⱼ over the parts done, remaining as planned, and remaining at the
     * clipped index (AC, BAC − EV, (BAC − EV) / CPI for cost; AT, PD − ES, (PD − ES) / SPI(t) for duration), β by
     * least squares on relative errors (each case weighted by 1 / actual²), so big projects do not dominate.
     */
    public static Learner combination(Target target) {
        return new Learner() {
            @Override
            public String name() {
                return target == Target.COST ? "combination of AC, BAC - EV, (BAC - EV) / CPI (least squares)"
                        : "combination of AT, PD - ES, (PD - ES) / SPI(t) (least squares)";
            }

            @Override
            public Model fit(List<Case> training) {
                double[][] xtx = new double[3][3];
                double[] xty = new double[3];
                for (Case c : training) {
                    double[] x = parts(c.measures(), target);
                    if (!(c.actual() > 0) || !allFinite(x)) {
                        continue;
                    }
                    double w = 1 / (c.actual() * c.actual());
                    for (int i = 0; i < 3; i++) {
                        xty[i] += w * x[i] * c.actual();
                        for (int j = 0; j < 3; j++) {
                            xtx[i][j] += w * x[i] * x[j];
                        }
                    }
                }
                double[] beta = solve(xtx, xty);
                double[] b = beta != null ? beta : new double[] {1, 1, 0}; // unsolvable: the as-planned forecast
                return m -> {
                    double[] x = parts(m, target);
                    return b[0] * x[0] + b[1] * x[1] + b[2] * x[2];
                };
            }
        };
    }

    static double[] parts(EarnedValueMeasures m, Target target) {
        return target == Target.COST
                ? new double[] {m.ac(), m.bac() - m.ev(), (m.bac() - m.ev()) / clip(m.cpi())}
                : new double[] {m.at(), m.pd() - m.es(), (m.pd() - m.es()) / clip(m.spit())};
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (with a tiny ridge); null if singular. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][i] += 1e-9 * scale; // ridge: parts that coincide (nothing remaining) stay solvable
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-300) {
                return null;
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }
}
