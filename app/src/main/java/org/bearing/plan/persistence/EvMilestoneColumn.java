package org.bearing.plan.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bearing.plan.EvMilestone;

/**
 * The text column {@code task.ev_milestones}: a task's weighted milestone steps, one per line as
 * {@code achieved<TAB>weight<TAB>name} (achieved is 1 or 0). The steps are only ever read and written with their task,
 * so one column saves a table and a query per task read; step names are single lines (TaskRules).
 */
final class EvMilestoneColumn {
    private EvMilestoneColumn() {
    }

    static String write(List<EvMilestone> steps) {
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (EvMilestone s : steps) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(s.achieved() ? '1' : '0').append('\t').append(s.weight().stripTrailingZeros().toPlainString()).append('\t')
                    .append(s.name().strip());
        }
        return sb.toString();
    }

    static List<EvMilestone> read(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<EvMilestone> steps = new ArrayList<>();
        for (String line : column.split("\n")) {
            String[] f = line.split("\t", 3);
            steps.add(new EvMilestone(f[2], new BigDecimal(f[1]), "1".equals(f[0])));
        }
        return steps;
    }
}
