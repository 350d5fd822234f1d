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
 * period). Projects that never reach EV = BAC are left out.
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
     * @param mape percent; NaN where no project had a period near that completion
     * @param count projects per cell
     * @param projects finished projects used
     */
    public record Result(double[][] mape, int[][] count, int projects) {
    }

    private final DslibWorkbookReader reader = new DslibWorkbookReader();

    /** Evaluates every method on the finished projects among {@code files}; unreadable workbooks are skipped. */
    public Result run(List<Path> files) {
        int m = METHODS.size();
        double[][] sum = new double[m][COMPLETION.length];
        int[][] count = new int[m][COMPLETION.length];
        int projects = 0;
        for (Path f : files) {
            DslibProject p;
            try {
                p = reader.read(f);
            } catch (DslibFormatException e) {
                continue;
            }
            if (p.periods().isEmpty() || p.activities().isEmpty()) {
                continue;
            }
            EarnedValueHistory h = DslibCheck.recompute(p).history();
            int finish = -1;
            for (int k = 0; k < h.periods() && finish < 0; k++) {
                EarnedValueMeasures x = h.measures(0, k);
                if (x.bac() > 0 && x.ev() >= x.bac() * (1 - 1e-9)) {
                    finish = k;
                }
            }
            if (finish < 1) {
                continue;
            }
            projects++;
            double rd = h.statusTime(finish);
            double rac = h.measures(0, h.periods() - 1).ac();
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
                        sum[j][c] += Math.abs(forecast - real) / real * 100;
                        count[j][c]++;
                    }
                }
            }
        }
        double[][] mape = new double[m][COMPLETION.length];
        for (int j = 0; j < m; j++) {
            for (int c = 0; c < COMPLETION.length; c++) {
                mape[j][c] = count[j][c] == 0 ? Double.NaN : sum[j][c] / count[j][c];
            }
        }
        return new Result(mape, count, projects);
    }

    /** Row labels of {@link Result#mape()}. */
    public static List<String> methodNames() {
        List<String> names = new ArrayList<>();
        METHODS.forEach(x -> names.add(x.name()));
        return names;
    }
}
