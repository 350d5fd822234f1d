package org.bearing.workspace;

import java.util.List;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineComparison;
import org.bearing.plan.Project;

/**
 * The baselines page: the project's baselines, the "Set baseline" form with its values and messages, and the chosen
 * baseline compared with the current plan.
 *
 * @param replacing the baseline the form would overwrite, when the user must confirm that first
 */
public record BaselinesView(Project project, List<Baseline> baselines, BaselineComparison comparison, String number, String name,
                            Baseline replacing, FormErrors errors, String currency,
                            int minutesPerDay) {

    /** The baseline in use under a number, or null. */
    public Baseline numbered(int n) {
        return baselines.stream().filter(b -> b.number() == n).findFirst().orElse(null);
    }

    /** The number the form proposes: the one the user sent, else the lowest free one. */
    public String selectedNumber() {
        if (number != null && !number.isBlank()) {
            return number.strip();
        }
        for (int n = 0; n <= Baseline.MAX_NUMBER; n++) {
            if (numbered(n) == null) {
                return String.valueOf(n);
            }
        }
        return "0";
    }
}
