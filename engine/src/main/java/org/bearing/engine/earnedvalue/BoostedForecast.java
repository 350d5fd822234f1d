package org.bearing.engine.earnedvalue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;

/**
 * Gradient-boosted stumps on earned value features: a learned correction of the "remaining work as planned" forecast
 * (EAC = AC + (BAC − EV) for cost, EAC(t) = AT + (PD − ES) for duration). The model learns y = log(actual / base) as a
 * sum of decision stumps (one feature, one threshold, two leaf values) by least-absolute-deviation boosting
 * (Friedman 2001): each round fits a stump to the sign of the residuals, sets each leaf to the median residual of its
 * cases and adds it shrunk by the learning rate. The forecast is base × exp(F(x)). Absolute deviations in log space
 * keep the few projects that doubled their budget from steering the model, as they would with squared errors.
 *
 * <p>The features are only what is known at the status date ({@link #FEATURES}): no real duration, no completion
 * point. The caller fixes the number of stumps and the learning rate.
 */
public final class BoostedForecast {

    /** Names of the features, in the order of {@link #features}. */
    public static final List<String> FEATURES = List.of("AT/PD", "EV/BAC", "PV/BAC", "SPI(t)", "CPI", "SPI",
            "SV(t)/PD", "CV/BAC", "log(AT+PD-ES)/PD", "log(AC+BAC-EV)/BAC", "log EAC(t) SPI(t) / as planned",
            "log EAC CPI / as planned");

    /** Candidate thresholds per feature: this many quantiles of the training values. */
    static final int THRESHOLDS = 16;

    private BoostedForecast() {
    }

    /** The base forecast the model corrects: remaining work as planned. */
    static double base(EarnedValueMeasures m, Target target) {
        return target == Target.COST ? m.eacAtBudget() : m.eactAtPlan();
    }

    /** The features of a status date; every one is known then (indices clipped as in {@link LearnedForecast}). */
    static double[] features(EarnedValueMeasures m) {
        double spit = LearnedForecast.clip(m.spit());
        double cpi = LearnedForecast.clip(m.cpi());
        double spi = LearnedForecast.clip(m.spi());
        double planT = m.eactAtPlan();
        double planC = m.eacAtBudget();
        return new double[] {m.at() / m.pd(), m.ev() / m.bac(), m.pv() / m.bac(), spit, cpi, spi,
            (m.es() - m.at()) / m.pd(), (m.ev() - m.ac()) / m.bac(), Math.log(planT / m.pd()),
            Math.log(planC / m.bac()), Math.log((m.at() + (m.pd() - m.es()) / spit) / planT),
            Math.log((m.ac() + (m.bac() - m.ev()) / cpi) / planC)};
    }

    private static boolean usable(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Boosted stumps correcting the as-planned forecast of {@code target}.
     *
     * @param rounds number of stumps
     * @param rate learning rate (shrinkage) of each stump
     */
    public static Learner boosted(Target target, int rounds, double rate) {
        return new Learner() {
            @Override
            public String name() {
                return (target == Target.COST ? "AC + (BAC - EV)" : "AT + (PD - ES)") + " x boosted correction ("
                        + rounds + " stumps, rate " + rate + ", " + FEATURES.size() + " status-date features)";
            }

            @Override
            public Model fit(List<Case> training) {
                List<double[]> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (Case c : training) {
                    double b = base(c.measures(), target);
                    double[] x = features(c.measures());
                    if (c.actual() > 0 && b > 0 && Double.isFinite(b) && usable(x)) {
                        xs.add(x);
                        ys.add(Math.log(c.actual() / b));
                    }
                }
                Stumps s = Stumps.fit(xs.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue)
                        .toArray(), rounds, rate);
                return m -> {
                    double b = base(m, target);
                    double[] x = features(m);
                    if (!(b > 0) || !Double.isFinite(b)) {
                        return Double.NaN;
                    }
                    return usable(x) ? b * Math.exp(s.predict(x)) : b;
                };
            }
        };
    }

    /** A fitted sum of stumps: F(x) = f0 + Σ rate × (x[feature] ≤ threshold ? left : right). */
    record Stumps(double f0, int[] feature, double[] threshold, double[] left, double[] right) {

        double predict(double[] x) {
            double f = f0;
            for (int i = 0; i < feature.length; i++) {
                f += x[feature[i]] <= threshold[i] ? left[i] : right[i];
            }
            return f;
        }

        /** Least-absolute-deviation boosting of stumps; with no case the model is F = 0 (the base forecast). */
        static Stumps fit(double[][] x, double[] y, int rounds, double rate) {
            int n = y.length;
            if (n == 0) {
                return new Stumps(0, new int[0], new double[0], new double[0], new double[0]);
            }
            int p = x[0].length;
            double[][] cuts = new double[p][];
            for (int j = 0; j < p; j++) {
                double[] col = new double[n];
                for (int i = 0; i < n; i++) {
                    col[i] = x[i][j];
                }
                Arrays.sort(col);
                double[] c = new double[THRESHOLDS];
                for (int q = 0; q < THRESHOLDS; q++) {
                    c[q] = col[(int) Math.min(n - 1, Math.floor((0.05 + 0.9 * q / (THRESHOLDS - 1)) * n))];
                }
                cuts[j] = Arrays.stream(c).distinct().toArray();
            }
            // bin[i][j]: how many cuts of feature j lie below x[i][j]; x ≤ cuts[j][q] iff bin ≤ q
            int[][] bin = new int[n][p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    int q = Arrays.binarySearch(cuts[j], x[i][j]);
                    bin[i][j] = q >= 0 ? q : -q - 1;
                }
            }
            double f0 = median(y);
            double[] fitted = new double[n];
            Arrays.fill(fitted, f0);
            int[] feature = new int[rounds];
            double[] threshold = new double[rounds];
            double[] left = new double[rounds];
            double[] right = new double[rounds];
            double[] residual = new double[n];
            for (int r = 0; r < rounds; r++) {
                double total = 0;
                for (int i = 0; i < n; i++) {
                    residual[i] = y[i] - fitted[i];
                    total += Math.signum(residual[i]);
                }
                int bestJ = -1;
                double bestT = 0;
                double bestGain = -1;
                for (int j = 0; j < p; j++) {
                    double[] g = new double[cuts[j].length + 1];
                    int[] c = new int[cuts[j].length + 1];
                    for (int i = 0; i < n; i++) {
                        g[bin[i][j]] += Math.signum(residual[i]);
                        c[bin[i][j]]++;
                    }
                    double gl = 0;
                    int nl = 0;
                    for (int q = 0; q < cuts[j].length; q++) {
                        gl += g[q];
                        nl += c[q];
                        int nr = n - nl;
                        if (nl == 0 || nr == 0) {
                            continue;
                        }
                        double gr = total - gl;
                        double gain = gl * gl / nl + gr * gr / nr;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestJ = j;
                            bestT = cuts[j][q];
                        }
                    }
                }
                if (bestJ < 0) { // every feature constant: nothing more to learn
                    return new Stumps(f0, Arrays.copyOf(feature, r), Arrays.copyOf(threshold, r),
                            Arrays.copyOf(left, r), Arrays.copyOf(right, r));
                }
                List<Double> l = new ArrayList<>();
                List<Double> rr = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    (x[i][bestJ] <= bestT ? l : rr).add(residual[i]);
                }
                feature[r] = bestJ;
                threshold[r] = bestT;
                left[r] = rate * median(l.stream().mapToDouble(Double::doubleValue).toArray());
                right[r] = rate * median(rr.stream().mapToDouble(Double::doubleValue).toArray());
                for (int i = 0; i < n; i++) {
                    fitted[i] += x[i][bestJ] <= bestT ? left[r] : right[r];
                }
            }
            return new Stumps(f0, feature, threshold, left, right);
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
