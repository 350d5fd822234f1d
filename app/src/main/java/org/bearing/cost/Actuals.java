package org.bearing.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bearing.cost.persistence.ActualsStore;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.Resources;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's actuals: cost and time entries submitted against leaf tasks and decided under the {@link ApprovalPolicy},
 * the reserves held outside the baseline and the funding by period. Approved entries give the actual cost of
 * earned value, task by task ({@link ActualCostPolicy}).
 */
@Service
@Transactional
public class Actuals {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e13");
    private static final BigDecimal MAX_HOURS = new BigDecimal("24");

    private final ActualsStore store;
    private final Projects projects;
    private final Tasks tasks;
    private final Resources resources;
    private final org.springframework.context.ApplicationEventPublisher events;

    Actuals(ActualsStore store, Projects projects, Tasks tasks, Resources resources,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.projects = projects;
        this.tasks = tasks;
        this.resources = resources;
    }

    @Transactional(readOnly = true)
    public List<Actual.CostEntry> costEntries(long projectId) {
        projects.get(projectId);
        return store.costEntries(projectId);
    }

    @Transactional(readOnly = true)
    public List<Actual.TimeEntry> timeEntries(long projectId) {
        projects.get(projectId);
        return store.timeEntries(projectId);
    }

    /** Submits a cost entry; it counts in AC once someone else approves it. */
    public Actual.CostEntry submit(long projectId, Actual.CostEntryDraft d, String by) {
        Project project = projects.get(projectId);
        leafTask(projectId, d.taskId());
        if (d.date() == null) {
            throw new InvalidFieldException("date", "date is required");
        }
        requireNotBeforeStart(project, d.date(), "date");
        requireNotInFuture(d.date(), "date");
        if (d.amount() == null || d.amount().signum() == 0 || d.amount().abs().compareTo(MAX_AMOUNT) >= 0) {
            throw new InvalidFieldException("amount", "amount must be a non-zero amount below 10^13 (negative for a credit)");
        }
        if (d.amount().scale() > 2) {
            throw new InvalidFieldException("amount", "amount has at most 2 decimals, got " + d.amount().toPlainString());
        }
        if (d.category() == null || d.category().isBlank() || d.category().length() > 100) {
            throw new InvalidFieldException("category", "category is required, up to 100 characters");
        }
        if (d.description() != null && d.description().length() > 1000) {
            throw new InvalidFieldException("description", "description is at most 1000 characters");
        }
        long id = store.insertCost(projectId, d, by, now());
        return store.costEntry(projectId, id).orElseThrow();
    }

    /** Submits a time entry of a resource on a task. */
    public Actual.TimeEntry submit(long projectId, Actual.TimeEntryDraft d, String by) {
        Project project = projects.get(projectId);
        leafTask(projectId, d.taskId());
        if (d.resourceId() == null) {
            throw new InvalidFieldException("resourceId", "resourceId is required");
        }
        Resource resource = resources.visibleTo(projectId).stream().filter(r -> r.id() == d.resourceId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Resource", d.resourceId(), "resourceId"));
        if (resource.type() != ResourceType.WORK) {
            // hours × a material's unit price or a cost resource's zero rate is not a labour cost
            throw new RuleViolationException("not-a-work-resource", "resourceId", resource.name() + " is a "
                    + resource.type().name().toLowerCase() + " resource: time entries record hours of work resources;"
                    + " book what it cost as a cost entry");
        }
        if (d.day() == null) {
            throw new InvalidFieldException("day", "day is required");
        }
        requireNotBeforeStart(project, d.day(), "day");
        requireNotInFuture(d.day(), "day");
        if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(MAX_HOURS) > 0 || d.hours().scale() > 2) {
            throw new InvalidFieldException("hours", "hours must be more than 0 and at most 24, with at most 2 decimals");
        }
        BigDecimal booked = store.hoursBooked(d.resourceId(), d.day());
        if (booked.add(d.hours()).compareTo(MAX_HOURS) > 0) {
            throw new RuleViolationException("day-over-24-hours", "hours", "the resource already has " + booked.stripTrailingZeros()
                    .toPlainString() + " h booked on " + d.day() + " (submitted or approved); " + d.hours().stripTrailingZeros()
                    .toPlainString() + " h more would exceed 24 h in one day");
        }
        long id = store.insertTime(projectId, d, by, now());
        return store.timeEntry(projectId, id).orElseThrow();
    }

    /** Approves or rejects a submitted cost entry (see {@link ApprovalPolicy}). */
    public Actual.CostEntry decideCost(long projectId, long entryId, Actual.Decision d, String by) {
        Actual.CostEntry e = store.costEntry(projectId, entryId).orElseThrow(() -> new NotFoundException("Cost entry", entryId));
        ApprovalPolicy.requireDecision("Cost entry " + entryId, e.status(), e.submittedBy(), by, status(d), d.note());
        decide(projectId, "cost", entryId, d, by);
        return store.costEntry(projectId, entryId).orElseThrow();
    }

    /** Approves or rejects a submitted time entry (see {@link ApprovalPolicy}). */
    public Actual.TimeEntry decideTime(long projectId, long entryId, Actual.Decision d, String by) {
        Actual.TimeEntry e = store.timeEntry(projectId, entryId).orElseThrow(() -> new NotFoundException("Time entry", entryId));
        ApprovalPolicy.requireDecision("Time entry " + entryId, e.status(), e.submittedBy(), by, status(d), d.note());
        decide(projectId, "time", entryId, d, by);
        return store.timeEntry(projectId, entryId).orElseThrow();
    }

    private void decide(long projectId, String table, long id, Actual.Decision d, String by) {
        if (!store.decide(table, id, d.status(), by, now(), d.note())) {
            throw new RuleViolationException("already-decided", "status", "the entry was decided meanwhile; a decision is final");
        }
        events.publishEvent(new ActualCostChanged(projectId));
    }

    private static ApprovalStatus status(Actual.Decision d) {
        if (d.status() == null) {
            throw new InvalidFieldException("status", "status is required: APPROVED or REJECTED");
        }
        return d.status();
    }

    @Transactional(readOnly = true)
    public Actual.Reserves reserves(long projectId) {
        projects.get(projectId);
        return store.reserves(projectId).orElse(new Actual.Reserves(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    public Actual.Reserves setReserves(long projectId, Actual.Reserves r) {
        projects.get(projectId);
        money("managementReserve", r.managementReserve());
        money("contingency", r.contingency());
        store.saveReserves(projectId, r);
        return reserves(projectId);
    }

    @Transactional(readOnly = true)
    public List<Actual.FundingPeriod> funding(long projectId) {
        projects.get(projectId);
        return store.funding(projectId);
    }

    /** Replaces the funding by period; periods must not overlap. */
    public List<Actual.FundingPeriod> setFunding(long projectId, List<Actual.FundingPeriod> periods) {
        projects.get(projectId);
        if (periods == null) {
            throw new InvalidFieldException("periods", "a list of funding periods is required (it may be empty)");
        }
        List<Actual.FundingPeriod> sorted = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Actual.FundingPeriod p = periods.get(i);
            if (p == null || p.start() == null || p.end() == null || p.end().isBefore(p.start())) {
                throw new InvalidFieldException("periods[" + i + "]", "each period needs start <= end");
            }
            money("periods[" + i + "].amount", p.amount());
            sorted.add(p);
        }
        sorted.sort(java.util.Comparator.comparing(Actual.FundingPeriod::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                throw new RuleViolationException("overlapping-funding", "periods", "funding periods " + sorted.get(i - 1).start()
                        + ".." + sorted.get(i - 1).end() + " and " + sorted.get(i).start() + ".." + sorted.get(i).end() + " overlap");
            }
        }
        store.replaceFunding(projectId, sorted);
        return store.funding(projectId);
    }

    /**
     * Approved actual cost per task and per day, dated up to {@code asOf} (currency): cost entries plus hours × the
     * resource's standard rate (per hour). Tasks without approved entries are absent; see {@link ActualCostPolicy}.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<LocalDate, Double>> approvedActualCostByDay(long projectId, LocalDate asOf) {
        Map<Long, Map<LocalDate, Double>> out = new HashMap<>();
        for (Object[] row : store.approvedCostByTaskAndDay(projectId, asOf)) {
            out.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge((LocalDate) row[1], ((BigDecimal) row[2]).doubleValue(),
                    Double::sum);
        }
        Map<Long, Resource> byId = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> byId.put(r.id(), r));
        for (Object[] row : store.approvedHoursByDay(projectId, asOf)) {
            Resource r = byId.get((Long) row[1]);
            double rate = r == null ? 0 : r.standardRate().doubleValue();
            out.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge((LocalDate) row[2], ((BigDecimal) row[3]).doubleValue() * rate,
                    Double::sum);
        }
        return out;
    }

    /** Approved and pending actuals per task and in total, over all dates (see {@link Actual.Ledger}). */
    @Transactional(readOnly = true)
    public Actual.Ledger ledger(long projectId) {
        projects.get(projectId);
        Map<Long, BigDecimal> rates = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> rates.put(r.id(), r.standardRate()));
        Map<Long, BigDecimal[]> byTask = new java.util.TreeMap<>();
        int pendingEntries = 0;
        for (Actual.CostEntry e : store.costEntries(projectId)) {
            pendingEntries += add(byTask, e.taskId(), e.status(), 0, e.amount());
        }
        for (Actual.TimeEntry e : store.timeEntries(projectId)) {
            BigDecimal labour = e.hours().multiply(rates.getOrDefault(e.resourceId(), BigDecimal.ZERO));
            pendingEntries += add(byTask, e.taskId(), e.status(), 1, labour);
        }
        List<Actual.TaskActuals> rows = new ArrayList<>();
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        for (var t : byTask.entrySet()) {
            BigDecimal[] v = t.getValue();
            Actual.TaskActuals row = new Actual.TaskActuals(t.getKey(), cents(v[0]), cents(v[1]), cents(v[2]));
            rows.add(row);
            approved = approved.add(row.approved());
            pending = pending.add(row.pending());
        }
        return new Actual.Ledger(rows, approved, pending, pendingEntries);
    }

    /** Adds an entry's money to its task's column (0 approved cost, 1 approved labour, 2 pending); 1 if it is pending. */
    private static int add(Map<Long, BigDecimal[]> byTask, long taskId, ApprovalStatus status, int approvedColumn, BigDecimal money) {
        BigDecimal[] v = byTask.computeIfAbsent(taskId, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        if (ApprovalPolicy.countsInActualCost(status)) {
            v[approvedColumn] = v[approvedColumn].add(money);
        } else if (status == ApprovalStatus.SUBMITTED) {
            v[2] = v[2].add(money);
            return 1;
        }
        return 0;
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private void leafTask(long projectId, Long taskId) {
        if (taskId == null) {
            throw new InvalidFieldException("taskId", "taskId is required");
        }
        Task t = tasks.all(projectId).stream().filter(x -> x.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId, "taskId"));
        if (t.summary()) {
            throw new RuleViolationException("summary-task", "taskId", "Task " + taskId + " is a summary: book actuals on its"
                    + " subtasks, whose costs roll up");
        }
    }

    private static void requireNotBeforeStart(Project p, LocalDate date, String field) {
        if (date.isBefore(p.startDate())) {
            throw new InvalidFieldException(field, field + " " + date + " is before the project's startDate " + p.startDate());
        }
    }

    /**
     * Actuals are costs incurred and hours worked, so none is dated after today; a day of grace lets users in time zones
     * ahead of UTC enter their today.
     */
    private static void requireNotInFuture(LocalDate date, String field) {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        if (date.isAfter(latest)) {
            throw new InvalidFieldException(field, field + " " + date + " is in the future: actuals record what was spent or worked,"
                    + " up to today");
        }
    }

    private static void money(String field, BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(MAX_AMOUNT) >= 0 || v.scale() > 2) {
            throw new InvalidFieldException(field, field + " must be 0 or more, below 10^13, with at most 2 decimals");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
