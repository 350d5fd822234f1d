package org.bearing.cost.web;

import java.util.List;
import java.util.Map;
import org.bearing.cost.Actual;
import org.bearing.plan.Project;

/**
 * What the Actuals tab shows: the entries (all, or only those pending), the ledger, the choices of the entry forms
 * (time entries take {@code workResources} only), and after a refused form the text the user typed ({@code values})
 * and the messages ({@code errors}), both keyed {@code cost.FIELD}, {@code time.FIELD} or {@code decide.KIND.ID}.
 */
public record ActualsView(Project project, List<Long> leafTasks, Map<Long, String> taskNames, Map<Long, String> resourceNames,
                          List<Long> workResources,
                          List<Actual.CostEntry> costEntries, List<Actual.TimeEntry> timeEntries, Actual.Ledger ledger, boolean pendingOnly,
                          Map<String, String> values, Map<String, String> errors, String me) {

    /** The text typed into a field of a refused form, or "" (the form a refusal did not come from starts empty). */
    public String value(String form, String field) {
        return errors.keySet().stream().anyMatch(k -> k.startsWith(form + ".")) ? values.getOrDefault(field, "") : "";
    }

    public String error(String key) {
        return errors.get(key);
    }

    public String task(long id) {
        return taskNames.getOrDefault(id, "#" + id);
    }

    public String resource(long id) {
        return resourceNames.getOrDefault(id, "#" + id);
    }
}
