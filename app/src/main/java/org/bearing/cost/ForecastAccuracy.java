package org.bearing.cost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.bearing.engine.earnedvalue.EarnedValueHistory;
import org.bearing.engine.earnedvalue.EarnedValueMeasures;

/**
 * Accuracy of the earned value forecasts on finished DSLIB projects: at 10 %, 20 %, ..., 90 % of the real duration
 * (the tracking period whose AT / RD is nearest, within 5 points), each EAC and EAC(t) method's absolute percentage
 * error against the real cost (final AC) and the real duration RD; MAPE = mean of |forecast − real| / real × 100.
 * RD is the status time of the first period at which EV reached BAC (so it can overstate the finish by up to one
 * period). Projects that never reach EV = BAC are left out. Two learned rows follow the methods: the cost and the time
 * method chosen per completion point on training folds, scored on held-out projects (see
 * {@link #crossValidatedSelection}).
 */
public final class ForecastAccuracy {

    /** A forecasting method: what it forecasts (cost or duration) and how, from the measures of one period. */
    public record Method(String name, boolean duration, ToDoubleFunction<EarnedValueMeasures> forecast) {
    }

    /** The methods compared: the cost EACs and the time EAC(t)s of {@link EarnedValueMeasures}. */
    public static final List<Method> METHODS = List.of(
            new Method("EAC = AC + (BAC - EV)", false, EarnedValueMeasures::eacAtBudget),
            new Method("EAC = BAC / CPI", false, EarnedValueMeasures::eacCpi),
            new Method("EAC = AC + (BAC - EV) / (CPI x SPI)", false, EarnedValueMeasures::eacCpiSpi),
            new Method("EAC(t) = AT + (PD - ES)", true, EarnedValueMeasures::eactAtPlan),
            new Method("EAC(t) = AT + (PD - ES) / SPI(t)", true, EarnedValueMeasures::eactSpit),
            new Method("EAC(t) = AT + (PD - ES) / (SPI(t) x CPI)", true, EarnedValueMeasures::eactSci),
            new Method("EAC(t) = PD / SPI", true, EarnedValueMeasures::eactPlannedValue));

    /** Completion points, percent of the real duration. */
    public static final int[] COMPLETION = {10, 20, 30, 40, 50, 60, 70, 80, 90};

    /**
     * MAPE per method (row) and completion point (column), with the number of projects behind each cell.
     *
     * @param mape percent, one row per method then the two learned rows; NaN where no project had a period near
     *        that completion
     * @param count projects per cell
     * @param projects finished projects used
     */
    public record Result(double[][] mape, int[][] count, int projects) {
    }

    private final DslibWorkbookReader reader = new DslibWorkbookReader();

    /** Evaluates every method on the finished projects among {@code files}; unreadable workbooks are skipped. */
    public Result run(List<Path> files) {
        List<DslibProject> projects = new ArrayList<>();
        for (Path f : files) {
            try {
                projects.add(reader.read(f));
            } catch (DslibFormatException e) {
                // unreadable: not a finished project to learn from
            }
        }
        return evaluate(projects);
    }

    /** Evaluates every method on the finished projects among {@code projects}. */
    public Result evaluate(List<DslibProject> projects) {
        List<double[][]> errors = new ArrayList<>();
        for (DslibProject p : projects) {
            if (!p.periods().isEmpty() && !p.activities().isEmpty()) {
                double[][] ape = errors(DslibCheck.recompute(p).history());
                if (ape != null) {
                    errors.add(ape);
                }
            }
        }
        int m = METHODS.size();
        double[][] mape = new double[m + 2][];
        int[][] count = new int[m + 2][];
        for (int j = 0; j < m; j++) {
            count[j] = new int[COMPLETION.length];
            mape[j] = mean(errors, j, count[j]);
        }
        count[m] = new int[COMPLETION.length];
        mape[m] = crossValidatedSelection(errors, false, count[m]);
        count[m + 1] = new int[COMPLETION.length];
        mape[m + 1] = crossValidatedSelection(errors, true, count[m + 1]);
        return new Result(mape, count, errors.size());
    }

    /** Folds of the cross-validation of the learned method selection. */
    public static final int FOLDS = 5;

    /**
     * Learned method selection, cross-validated: project i is in fold i mod 5; for each held-out fold and completion
     * point the cost (or duration) method with the lowest MAPE on the other folds is chosen, and its error on the
     * held-out projects counts. Returns the MAPE over all held-out projects.
     */
    static double[] crossValidatedSelection(List<double[][]> errors, boolean duration, int[] count) {
        double[] sum = new double[COMPLETION.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<double[][]> train = new ArrayList<>();
            List<double[][]> test = new ArrayList<>();
            for (int i = 0; i < errors.size(); i++) {
                (i % FOLDS == fold ? test : train).add(errors.get(i));
            }
            for (int c = 0; c < COMPLETION.length; c++) {
                int best = -1;
                double bestMape = Double.MAX_VALUE;
                for (int j = 0; j < METHODS.size(); j++) {
                    if (METHODS.get(j).duration() != duration) {
                        continue;
                    }
                    double[] cell = meanAt(train, j, c);
                    if (cell[1] > 0 && cell[0] < bestMape) {
                        bestMape = cell[0];
                        best = j;
                    }
                }
                if (best < 0) {
                    continue;
                }
                for (double[][] e : test) {
                    if (!Double.isNaN(e[best][c])) {
                        sum[c] += e[best][c];
                        count[c]++;
                    }
                }
            }
        }
        double[] out = new double[COMPLETION.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = count[c] == 0 ? Double.NaN : sum[c] / count[c];
        }
        return out;
    }

    private static double[] meanAt(List<double[][]> errors, int method, int c) {
        double sum = 0;
        int n = 0;
        for (double[][] e : errors) {
            if (!Double.isNaN(e[method][c])) {
                sum += e[method][c];
                n++;
            }
        }
        return new double[] {n == 0 ? Double.NaN : sum / n, n};
    }

    private static double[] mean(List<double[][]> errors, int method, int[] count) {
        double[] out = new double[COMPLETION.length];
        for (int c = 0; c < out.length; c++) {
            double[] cell = meanAt(errors, method, c);
            out[c] = cell[0];
            count[c] = (int) cell[1];
        }
        return out;
    }

    /**
     * Absolute percentage errors of every method (row) at every completion point (column) of one project; NaN where
     * the project has no period near that completion; null if the project never reached EV = BAC.
     */
    static double[][] errors(EarnedValueHistory h) {
        int finish = -1;
        for (int k = 0; k < h.periods() && finish < 0; k++) {
            EarnedValueMeasures x = h.measures(0, k);
            if (x.bac() > 0 && x.ev() >= x.bac() * (1 - 1e-9)) {
                finish = k;
            }
        }
        if (finish < 1) {
            return null;
        }
        double rd = h.statusTime(finish);
        double rac = h.measures(0, h.periods() - 1).ac();
        int m = METHODS.size();
        double[][] ape = new double[m][COMPLETION.length];
        for (double[] row : ape) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (int c = 0; c < COMPLETION.length; c++) {
            int best = -1;
            double gap = Double.MAX_VALUE;
            for (int k = 0; k < finish; k++) {
                double d = Math.abs(100 * h.statusTime(k) / rd - COMPLETION[c]);
                if (d < gap) {
                    gap = d;
                    best = k;
                }
            }
            if (best < 0 || gap > 5) {
                continue;
            }
            EarnedValueMeasures x = h.measures(0, best);
            for (int j = 0; j < m; j++) {
                Method method = METHODS.get(j);
                double real = method.duration() ? rd : rac;
                double forecast = method.forecast().applyAsDouble(x);
                if (real > 0 && Double.isFinite(forecast)) {
                    ape[j][c] = Math.abs(forecast - real) / real * 100;
                }
            }
        }
        return ape;
    }

    /** Row labels of {@link Result#mape()}. */
    public static List<String> methodNames() {
        List<String> names = new ArrayList<>();
        METHODS.forEach(x -> names.add(x.name()));
        names.add("learned: best cost method per point, " + FOLDS + "-fold CV");
        names.add("learned: best time method per point, " + FOLDS + "-fold CV");
        return names;
    }
}
