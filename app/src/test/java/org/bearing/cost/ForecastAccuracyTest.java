package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The learned method selection is scored only on projects it did not learn from. */
class ForecastAccuracyTest {

    /** Errors of one project: cost method 0 and 1 at the 10 % point, nothing else. */
    private static double[][] project(double method0, double method1) {
        double[][] e = new double[ForecastAccuracy.METHODS.size()][ForecastAccuracy.COMPLETION.length];
        for (double[] row : e) {
            Arrays.fill(row, Double.NaN);
        }
        e[0][0] = method0;
        e[1][0] = method1;
        return e;
    }

    @Test
    void choosesTheMethodThatWasBestOnTheOtherFolds() {
        List<double[][]> errors = new ArrayList<>();
        errors.add(project(10, 0)); // fold 0: method 1 would be right here, but the other folds favour method 0
        for (int i = 1; i < 5; i++) {
            errors.add(project(1, 5));
        }
        int[] count = new int[ForecastAccuracy.COMPLETION.length];
        double[] mape = ForecastAccuracy.crossValidatedSelection(errors, false, count);
        // fold 0 learns method 0 (1 < 5) and scores 10; folds 1..4 learn method 0 (3.25 < 3.75) and score 1
        assertThat(mape[0]).isCloseTo((10 + 1 + 1 + 1 + 1) / 5.0, within(1e-9));
        assertThat(count[0]).isEqualTo(5);
        assertThat(mape[1]).isNaN();
        assertThat(count[1]).isZero();
        // no duration method has any error recorded
        assertThat(ForecastAccuracy.crossValidatedSelection(errors, true, new int[9])[0]).isNaN();
    }
}
