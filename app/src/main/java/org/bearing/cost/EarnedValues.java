package org.bearing.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.earnedvalue.Baseline;
import org.bearing.engine.earnedvalue.Breakdown;
import org.bearing.engine.earnedvalue.EarnedValueHistory;
import org.bearing.engine.earnedvalue.EarnedValueMeasures;
import org.bearing.engine.earnedvalue.EvMethod;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.engine.earnedvalue.StatusUpdate;
import org.bearing.engine.earnedvalue.TimeAxis;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.BaselineTask;
import org.bearing.plan.EvMilestone;
import org.bearing.plan.Baselines;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.plan.WorkBreakdown;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.bearing.schedule.Scheduling;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value of a project's current progress against one of its baselines. Planned value spreads each leaf task's
 * baseline cost over its baseline dates in working time; earned value is that budget × the fraction the task's
 * {@link org.bearing.plan.EarnedValueMethod} earns (% complete by default; 0/100, 50/50, weighted milestones or physical
 * % complete when the task says so). A WBS element whose tasks have all finished measures its actual time up to its
 * last actual finish, not the status date (so SPI(t) of an element finished on time stays 1); actual cost is
 * fixed cost × % complete plus actual work × standard rate (and cost per use once started). Where a task reports
 * progress but no actual work, actual work is taken as % complete × planned work, as MS Project does when it
 * updates resources from task progress. A task with approved actuals ({@link Actuals}) dated up to the status date
 * takes those as its AC instead; see {@link ActualCostPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class EarnedValues {
    private static final double MINUTES_PER_DAY = 480;
    private static final int MAX_POINTS = 600;

    private final Projects projects;
    private final Tasks tasks;
    private final Baselines baselines;
    private final Assignments assignments;
    private final Resources resources;
    private final Scheduling scheduling;
    private final Actuals actuals;

    EarnedValues(Projects projects, Tasks tasks, Baselines baselines, Assignments assignments, Resources resources, Scheduling scheduling,
                 Actuals actuals) {
        this.actuals = actuals;
        this.projects = projects;
        this.tasks = tasks;
        this.baselines = baselines;
        this.assignments = assignments;
        this.resources = resources;
        this.scheduling = scheduling;
    }

    /**
     * The report against the latest baseline, or empty when the project has none (no exception, so that a caller
     * inside another transaction does not mark it for rollback).
     */
    public java.util.Optional<EarnedValueReport> reportIfBaselined(long projectId, Granularity granularity) {
        if (baselines.all(projectId).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(report(projectId, null, granularity));
    }

    public EarnedValueReport report(long projectId, Integer baselineNumber, Granularity granularity) {
        return report(measure(projectId, baselineNumber), granularity);
    }

    /** The report of a measurement already taken (the earned value page draws its S-curve from the same one). */
    EarnedValueReport report(Measurement m, Granularity granularity) {
        long projectId = m.project().id();
        EarnedValueHistory history = EarnedValueHistory.compute(m.ev(), List.of(m.update()));
        List<EarnedValueReport.Node> nodes = new ArrayList<>();
        for (Task s : m.summaries()) {
            nodes.add(new EarnedValueReport.Node(s.name(), m.wbs().level(s.id()), measures(history.measures(m.nodeOf().get(s.id()), 0))));
        }
        List<EarnedValueReport.TaskLine> lines = new ArrayList<>();
        for (int i = 0; i < m.leaves().size(); i++) {
            Task t = m.leaves().get(i);
            lines.add(new EarnedValueReport.TaskLine(t.id(), t.name(), t.evMethod().name(),
                    t.percentComplete() == null ? 0 : t.percentComplete().doubleValue(), t.physicalPercentComplete().doubleValue(),
                    EvMilestone.achievedFraction(t.evMilestones()), measures(history.taskMeasures(i, 0)),
                    m.policy().source(t.id())));
        }
        EarnedValueReport.Measures total = measures(history.measures(m.root(), 0));
        return new EarnedValueReport(projectId, m.project().currency(), m.baseline().name(), m.statusDate(), total, nodes,
                curve(history, m.root(), m.axis(), m.project().startDate(), m.statusDate(), m.plannedFinish(), granularity, total), lines);
    }

    /**
     * What a measurement of a project against a baseline rests on: the engine's baseline of the leaf tasks on the
     * project's working-day axis, and each leaf's progress and actual cost at the status date.
     *
     * @param statusTime the end of the status date on the axis (working days), never before 0
     * @param pct        each leaf's duration % complete (0..1), in the order of {@code leaves}
     * @param implied    each leaf's implied AC at the status date (currency), see {@link ActualCostPolicy}
     * @param carried    each leaf's carried AC (currency): its implied AC accrued before its first approved entry, 0
     *                   without entries ({@link ActualCostPolicy}); worked out once, read for every period of a curve
     */
    record Measurement(Project project, org.bearing.plan.Baseline baseline, TimeAxis axis, LocalDate statusDate, double statusTime,
                       WorkBreakdown wbs, Baseline ev, int root, Map<Long, Integer> nodeOf, List<Task> summaries, List<Task> leaves,
                       double[] pct, boolean[] started, double[] implied, double[] carried, ActualCostPolicy policy,
                       LocalDate plannedFinish) {

        /**
         * The progress at the status date: each leaf's AC chosen by the policy, the physical % and achieved milestone
         * weight its earned value method may read, and the actual finish of a finished leaf.
         */
        StatusUpdate update() {
            StatusUpdate update = new StatusUpdate(leaves.size(), statusTime);
            for (int i = 0; i < leaves.size(); i++) {
                Task t = leaves.get(i);
                update.progress(i, started[i], pct[i], policy.actualCost(t.id(), implied[i], carried[i]))
                        .physicalPercent(i, t.physicalPercentComplete().doubleValue() / 100.0)
                        .milestonesAchieved(i, EvMilestone.achievedFraction(t.evMilestones()));
                if (pct[i] >= 1.0 && t.actualFinish() != null) {
                    update.finishedAt(i, axis.at(t.actualFinish()));
                }
            }
            return update;
        }

        /**
         * The fraction of leaf i's progress reached by axis time t, with progress spread evenly over its working time
         * from its actual (else planned) start to its actual finish (for a finished leaf without one, its scheduled
         * finish), or the status date while it runs; 0 before it started, and 0 for a leaf not started at the status date.
         */
        double progressFraction(int i, double t) {
            if (!started[i]) {
                return 0;
            }
            Task task = leaves.get(i);
            double begin = task.actualStart() != null ? axis.at(task.actualStart())
                    : task.plannedStart() != null ? axis.at(task.plannedStart()) : 0;
            LocalDateTime finished = pct[i] < 1 ? null : task.actualFinish() != null ? task.actualFinish() : task.plannedFinish();
            double end = finished != null ? Math.min(statusTime, axis.at(finished)) : statusTime;
            if (t <= begin) {
                return 0;
            }
            return end > begin ? Math.min(1, (t - begin) / (end - begin)) : 1;
        }

        /** Leaf i's implied AC accrued by axis time t (currency), spread as {@link #progressFraction}. */
        double impliedAt(int i, double t) {
            double fraction = progressFraction(i, t);
            return fraction > 0 ? implied[i] * (pct[i] > 0 ? fraction : 1) : 0;
        }
    }

    Measurement measure(long projectId, Integer baselineNumber) {
        Project project = projects.get(projectId);
        List<org.bearing.plan.Baseline> all = baselines.all(projectId);
        if (all.isEmpty()) {
            throw new RuleViolationException("no-baseline", null, "Project " + project.code()
                    + " has no baseline: capture one before measuring earned value");
        }
        org.bearing.plan.Baseline header = baselineNumber == null ? all.get(0) : all.stream().filter(b -> b.number() == baselineNumber)
                .findFirst().orElseThrow(() -> new NotFoundException("Baseline number", baselineNumber, "baseline"));
        org.bearing.plan.Baseline baseline = baselines.get(projectId, header.id());
        Map<Long, BaselineTask> frozen = new HashMap<>();
        baseline.tasks().forEach(t -> frozen.put(t.taskId(), t));

        WorkCalendar calendar = scheduling.projectCalendar(projectId);
        LocalDateTime origin = project.startDate().atStartOfDay();
        TimeAxis axis = TimeAxis.working(calendar, origin, MINUTES_PER_DAY);
        LocalDate statusDate = project.statusDate() != null ? project.statusDate() : LocalDate.now();
        // before the project starts no time has been spent: AT = 0, not negative (which would read as ahead of schedule)
        double statusTime = Math.max(0, axis.at(statusDate.plusDays(1).atStartOfDay()));

        WorkBreakdown wbs = tasks.breakdown(projectId);
        Breakdown breakdown = new Breakdown();
        int root = breakdown.root(project.code(), Breakdown.Level.PROJECT);
        Map<Long, Integer> nodeOf = new HashMap<>();
        List<Task> summaries = new ArrayList<>();
        for (Task t : wbs.outline()) {
            if (t.summary()) {
                Integer parent = t.parentId() == null ? root : nodeOf.get(t.parentId());
                nodeOf.put(t.id(), breakdown.add(t.name(), Breakdown.Level.WBS, parent == null ? root : parent));
                summaries.add(t);
            }
        }
        Map<Long, List<Assignment>> byTask = new HashMap<>();
        assignments.all(projectId).forEach(a -> byTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
        Map<Long, Resource> resourcesById = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> resourcesById.put(r.id(), r));

        Baseline.Builder b = Baseline.builder(breakdown);
        List<Task> leaves = new ArrayList<>();
        for (Task t : wbs.outline()) {
            BaselineTask f = frozen.get(t.id());
            if (t.summary() || f == null || f.start() == null || f.finish() == null) {
                continue;
            }
            Integer node = t.parentId() == null ? root : nodeOf.getOrDefault(t.parentId(), root);
            b.task(node, axis.at(f.start()), Math.max(axis.at(f.start()), axis.at(f.finish())), 0, f.cost().doubleValue(), 0,
                    EvMethod.valueOf(t.evMethod().name()));
            leaves.add(t);
        }
        double[] pct = new double[leaves.size()];
        boolean[] started = new boolean[leaves.size()];
        double[] implied = new double[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            Task t = leaves.get(i);
            pct[i] = t.percentComplete() == null ? 0 : t.percentComplete().doubleValue() / 100.0;
            started[i] = t.actualStart() != null || pct[i] > 0;
            implied[i] = actualCost(t, pct[i], started[i], byTask.getOrDefault(t.id(), List.of()), resourcesById);
        }
        ActualCostPolicy policy = new ActualCostPolicy(actuals.approvedActualCostByDay(projectId, statusDate));
        double[] carried = new double[leaves.size()];
        Measurement m = new Measurement(project, baseline, axis, statusDate, statusTime, wbs, b.build(), root, nodeOf, summaries,
                leaves, pct, started, implied, carried, policy, baselineFinish(baseline));
        for (int i = 0; i < leaves.size(); i++) {
            int leaf = i;
            carried[i] = policy.firstEntry(leaves.get(i).id()).map(day -> m.impliedAt(leaf, axis.at(day.atStartOfDay()))).orElse(0.0);
        }
        return m;
    }

    private static double actualCost(Task t, double pct, boolean started, List<Assignment> as, Map<Long, Resource> resources) {
        double cost = (t.fixedCost() == null ? 0 : t.fixedCost().doubleValue()) * pct;
        for (Assignment a : as) {
            Resource r = resources.get(a.resourceId());
            if (r == null || !started) {
                continue;
            }
            double rate = r.standardRate().doubleValue();
            cost += r.costPerUse().doubleValue();
            if (r.type() == ResourceType.WORK) {
                double work = a.actualWorkMinutes() > 0 ? a.actualWorkMinutes() : pct * a.workMinutes();
                cost += work / 60.0 * rate;
            } else if (r.type() == ResourceType.MATERIAL) {
                cost += a.units().multiply(BigDecimal.valueOf(pct)).doubleValue() * rate;
            }
        }
        return cost;
    }

    private static LocalDate baselineFinish(org.bearing.plan.Baseline baseline) {
        return baseline.tasks().stream().map(BaselineTask::finish).filter(java.util.Objects::nonNull).max(LocalDateTime::compareTo)
                .map(LocalDateTime::toLocalDate).orElse(null);
    }

    /**
     * Cumulative PV at the end of each period up to the later of the baseline finish and the status date. EV and AC
     * are known at the status date only, so they sit on the period that holds it.
     */
    private static List<EarnedValueReport.CurvePoint> curve(EarnedValueHistory history, int root, TimeAxis axis, LocalDate from,
                                                           LocalDate statusDate, LocalDate baselineFinish, Granularity granularity,
                                                           EarnedValueReport.Measures atStatus) {
        LocalDate to = baselineFinish == null || baselineFinish.isBefore(statusDate) ? statusDate : baselineFinish;
        List<LocalDate> starts = granularity.bucketStarts(from, to);
        List<EarnedValueReport.CurvePoint> points = new ArrayList<>();
        // starts ends with the day after the last bucket (a fence, not a bucket): one point per bucket, in date order
        for (int i = 0; i + 1 < starts.size() && points.size() < MAX_POINTS; i++) {
            LocalDate next = starts.get(i + 1);
            double pv = history.curve(root).at(axis.at(next.atStartOfDay()));
            boolean holdsStatus = !statusDate.isBefore(starts.get(i)) && statusDate.isBefore(next);
            points.add(new EarnedValueReport.CurvePoint(next.minusDays(1), Math.round(pv * 100) / 100.0,
                    holdsStatus ? atStatus.ev() : null, holdsStatus ? atStatus.ac() : null));
        }
        return points;
    }

    private static EarnedValueReport.Measures measures(EarnedValueMeasures m) {
        return new EarnedValueReport.Measures(n(m.bac()), n(m.pv()), n(m.ev()), n(m.ac()), n(m.cv()), n(m.sv()), n(m.cpi()), n(m.spi()),
                n(m.tcpi()), n(m.eacCpi()), n(m.eacCpiSpi()), n(m.eacAtBudget()), n(m.vac(m.eacCpi())), n(m.es()), n(m.at()),
                n(m.svt()), n(m.spit()), n(m.pd()), n(m.eactSpit()));
    }

    /** JSON has no NaN or infinity: a ratio with a zero denominator is reported as null. */
    private static Double n(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : null;
    }
}
