package org.bearing.interop;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bearing.plan.Assignment;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineTask;
import org.bearing.plan.Dependency;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.plan.Task;

/**
 * A plan flattened to comparable facts, keyed so that two imports of the same schedule line up: tasks by their place
 * in the outline ({@code T12}), calendars and resources by name, baselines by number. Database ids never appear.
 * The category of a fact is the text before the first '/'.
 */
final class PlanFacts {
    private PlanFacts() {
    }

    static Map<String, String> of(ExportedPlan plan) {
        Map<String, String> facts = new LinkedHashMap<>();
        Map<Long, String> task = new HashMap<>();
        for (Task t : plan.tasks()) {
            task.put(t.id(), "T" + (task.size() + 1));
        }
        Map<Long, String> calendar = new HashMap<>();
        plan.calendars().forEach(c -> calendar.put(c.id(), c.name()));
        for (ProjectCalendar c : plan.calendars()) {
            if (c.projectId() == null) {
                continue; // base calendars are shared by every project, not imported
            }
            String k = "calendars/" + c.name();
            facts.put(k + "/base", c.baseCalendarId() == null ? null : calendar.get(c.baseCalendarId()));
            facts.put(k + "/minutesPerDay", "" + c.minutesPerDay());
            facts.put(k + "/minutesPerWeek", "" + c.minutesPerWeek());
            c.week().forEach(d -> facts.put(k + "/week/" + d.dayOfWeek(), d.mode() + " " + d.periods()));
            c.exceptions().forEach(e -> facts.put(k + "/exception/" + e.from(), e.to() + " " + e.periods()));
        }
        for (Task t : plan.tasks()) {
            String k = "tasks/" + task.get(t.id());
            facts.put(k + "/name", t.name());
            facts.put("hierarchy/" + task.get(t.id()), t.parentId() == null ? "-" : task.get(t.parentId()));
            facts.put(k + "/kind", t.summary() ? "summary" : t.milestone() ? "milestone" : "task");
            facts.put(k + "/wbs", t.wbsCode());
            facts.put(k + "/duration", t.summary() ? "-" : "" + t.durationMinutes());
            facts.put("constraints/" + task.get(t.id()), t.constraintType() + " " + t.constraintDate());
            facts.put(k + "/deadline", String.valueOf(t.deadline()));
            facts.put(k + "/calendar", t.calendarId() == null ? null : calendar.get(t.calendarId()));
            facts.put("progress/" + task.get(t.id()), plain(t.percentComplete()) + "% " + t.actualStart() + ".." + t.actualFinish()
                    + " rem " + t.remainingDurationMinutes());
            facts.put(k + "/notes", t.notes());
            facts.put(k + "/fixedCost", plain(t.fixedCost()));
            facts.put("earning/" + task.get(t.id()), t.evMethod() + " physical " + plain(t.physicalPercentComplete()));
            facts.put("dates/" + task.get(t.id()), t.plannedStart() + ".." + t.plannedFinish());
        }
        for (Dependency d : plan.dependencies()) {
            facts.put("links/" + task.get(d.predecessorId()) + ">" + task.get(d.successorId()), d.type().name());
            facts.put("lags/" + task.get(d.predecessorId()) + ">" + task.get(d.successorId()), d.lag().amount() + " " + d.lag().unit());
        }
        Map<Long, String> resource = new HashMap<>();
        for (Resource r : plan.resources()) {
            if (r.projectId() == null) {
                continue;
            }
            resource.put(r.id(), r.name());
            String k = "resources/" + r.name();
            facts.put(k, r.type() + " max " + plain(r.maxUnits()) + " rate " + plain(r.standardRate()) + "/" + plain(r.overtimeRate())
                    + " use " + plain(r.costPerUse()) + " " + r.initials() + " " + r.group() + " " + r.email() + " " + r.materialLabel()
                    + " cal " + (r.calendarId() == null ? null : calendar.get(r.calendarId())));
        }
        for (Assignment a : plan.assignments()) {
            facts.put("assignments/" + task.get(a.taskId()) + "/" + resource.get(a.resourceId()),
                    plain(a.units()) + " work " + a.workMinutes() + " actual " + a.actualWorkMinutes());
        }
        for (Baseline b : plan.baselines()) {
            for (BaselineTask r : b.tasks()) {
                facts.put("baselines/" + b.number() + "/" + task.get(r.taskId()), r.start() + ".." + r.finish() + " d " + r.durationMinutes()
                        + " w " + r.workMinutes() + " c " + plain(r.cost()));
            }
        }
        return facts;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
