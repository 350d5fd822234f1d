package org.bearing.risk;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.Resource;
import org.bearing.plan.Resources;
import org.bearing.plan.TaskCost;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.JobLock;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.bearing.schedule.PlannedNetwork;
import org.bearing.schedule.Scheduling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monte Carlo runs of a project: requested (QUEUED, stored), executed in the background on this node's
 * {@link TaskExecutor} (one run at a time, so the machine's cores go to one run), with progress written to the
 * database after each batch of iterations, and results stored with the inputs they came from.
 */
@Service
@Transactional
public class Simulations {
    private static final Logger log = LoggerFactory.getLogger(Simulations.class);
    private final SimulationStore store;
    private final RiskModels models;
    private final RiskStore risks;
    private final Projects projects;
    private final Tasks tasks;
    private final Assignments assignments;
    private final Resources resources;
    private final Scheduling scheduling;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ThreadPoolTaskExecutor executor;

    Simulations(SimulationStore store, RiskModels models, RiskStore risks, Projects projects, Tasks tasks, Assignments assignments,
                Resources resources, Scheduling scheduling, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.store = store;
        this.models = models;
        this.risks = risks;
        this.projects = projects;
        this.tasks = tasks;
        this.assignments = assignments;
        this.resources = resources;
        this.scheduling = scheduling;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("simulation-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        // Daemon: a run in progress must not keep the JVM alive after the context closes (tests, picocli commands);
        // a run cut short that way is found by StaleSimulationRuns through its stopped heartbeat.
        executor.setDaemon(true);
        executor.initialize();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Touches every run this node holds, so that other nodes can tell it is alive (see StaleSimulationRuns). */
    @Scheduled(fixedDelayString = "${bearing.simulation.heartbeat-interval-ms:20000}", initialDelayString = "${bearing.simulation.heartbeat-interval-ms:20000}")
    public void heartbeat() {
        store.heartbeat(JobLock.NODE);
    }

    /** Stores a QUEUED run and, once that is committed, hands it to the background executor. */
    public SimulationRun request(long projectId, SimulationRequest r, String by) {
        projects.get(projectId);
        if (r.iterations() == null || r.iterations() < SimulationRequest.MIN_ITERATIONS || r.iterations() > SimulationRequest.MAX_ITERATIONS) {
            throw new InvalidFieldException("iterations", "iterations must be a whole number from " + SimulationRequest.MIN_ITERATIONS
                    + " to " + SimulationRequest.MAX_ITERATIONS);
        }
        int threads = r.threads() == null ? Math.min(SimulationRequest.MAX_THREADS, Runtime.getRuntime().availableProcessors()) : r.threads();
        if (threads < 1 || threads > SimulationRequest.MAX_THREADS) {
            throw new InvalidFieldException("threads", "threads must be from 1 to " + SimulationRequest.MAX_THREADS);
        }
        if (r.label() != null && r.label().length() > 200) {
            throw new InvalidFieldException("label", "label is at most 200 characters");
        }
        if (tasks.all(projectId).stream().noneMatch(t -> !t.summary())) {
            throw new RuleViolationException("nothing-to-simulate", null, "the project has no tasks to simulate");
        }
        long seed = r.seed() == null ? ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE) : r.seed();
        long id = store.insert(projectId, r.label(), r.iterations(), seed, threads, by, JobLock.NODE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> execute(id));
            }
        });
        return store.byId(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<SimulationRun> runs(long projectId) {
        projects.get(projectId);
        return store.inProject(projectId);
    }

    @Transactional(readOnly = true)
    public SimulationRun run(long projectId, long runId) {
        return store.byId(runId).filter(r -> r.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Simulation run", runId + " in project " + projectId));
    }

    /** The results of a DONE run, or empty while it is queued, running or failed. */
    @Transactional(readOnly = true)
    public java.util.Optional<SimulationResults> results(long projectId, long runId) {
        run(projectId, runId);
        return store.results(runId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<SimulationInputs> inputs(long projectId, long runId) {
        run(projectId, runId);
        return store.inputs(runId);
    }

    /** Run b against run a: P50/P80 shifts, criticality changes and tornado ranks. Both must be DONE. */
    @Transactional(readOnly = true)
    public SimulationComparison compare(long projectId, long a, long b) {
        SimulationResults ra = doneResults(projectId, a, "a");
        SimulationResults rb = doneResults(projectId, b, "b");
        Map<Long, SimulationResults.TaskRisk> ta = ra.tasksByCriticality().stream()
                .collect(Collectors.toMap(SimulationResults.TaskRisk::taskId, Function.identity()));
        List<SimulationComparison.CriticalityChange> changes = new ArrayList<>();
        for (SimulationResults.TaskRisk t : rb.tasksByCriticality()) {
            double before = ta.containsKey(t.taskId()) ? ta.get(t.taskId()).criticality() : 0;
            double delta = t.criticality() - before;
            if (Math.abs(delta) >= SimulationComparison.CRITICALITY_STEP) {
                changes.add(new SimulationComparison.CriticalityChange(t.taskId(), t.name(), before, t.criticality(), round(delta)));
            }
        }
        for (SimulationResults.TaskRisk t : ra.tasksByCriticality()) {
            boolean inB = rb.tasksByCriticality().stream().anyMatch(x -> x.taskId() == t.taskId());
            if (!inB && t.criticality() >= SimulationComparison.CRITICALITY_STEP) {
                changes.add(new SimulationComparison.CriticalityChange(t.taskId(), t.name(), t.criticality(), 0, round(-t.criticality())));
            }
        }
        changes.sort((x, y) -> Double.compare(Math.abs(y.change()), Math.abs(x.change())));
        Map<Long, SimulationComparison.DriverChange> drivers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ra.drivers().size(); i++) {
            SimulationResults.Driver d = ra.drivers().get(i);
            drivers.put(d.riskId(), new SimulationComparison.DriverChange(d.riskId(), d.code(), d.title(), i + 1, null, d.finishShiftDays(), null));
        }
        for (int i = 0; i < rb.drivers().size(); i++) {
            SimulationResults.Driver d = rb.drivers().get(i);
            SimulationComparison.DriverChange before = drivers.get(d.riskId());
            drivers.put(d.riskId(), new SimulationComparison.DriverChange(d.riskId(), d.code(), d.title(),
                    before == null ? null : before.rankA(), i + 1, before == null ? null : before.shiftDaysA(), d.finishShiftDays()));
        }
        return new SimulationComparison(a, b, ra.at(50).date(), rb.at(50).date(), round(rb.at(50).workingDays() - ra.at(50).workingDays()),
                ra.at(80).date(), rb.at(80).date(), round(rb.at(80).workingDays() - ra.at(80).workingDays()), p80Cost(ra), p80Cost(rb),
                changes, new ArrayList<>(drivers.values()));
    }

    private SimulationResults doneResults(long projectId, long runId, String field) {
        SimulationRun run = store.byId(runId).filter(r -> r.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Simulation run", runId + " in project " + projectId, field));
        if (run.status() != SimulationRun.Status.DONE) {
            throw new RuleViolationException("run-not-done", field, "run " + runId + " is " + run.status() + "; only finished runs compare");
        }
        return store.results(runId).orElseThrow();
    }

    private static Double p80Cost(SimulationResults r) {
        return r.cost() == null ? null : r.cost().percentiles().stream().filter(p -> p.percent() == 80).findFirst().map(SimulationResults.CostPercentile::value).orElse(null);
    }

    /** The background part: build the model from the current plan, simulate batch by batch, store the results. */
    void execute(long runId) {
        SimulationRun run = store.byId(runId).orElse(null);
        if (run == null || run.status() != SimulationRun.Status.QUEUED) {
            return;
        }
        try {
            SimulationModel model = tx.execute(s -> build(run));
            SimulationResults results = BatchedSimulation.run(model, run.iterations(), run.seed(), run.threads(),
                    percent -> store.progress(runId, Math.min(99, percent)));
            tx.executeWithoutResult(s -> {
                store.done(runId, results);
                events.publishEvent(new SimulationCompleted(run.projectId(), runId, results.at(50).date(), results.at(80).date()));
            });
        } catch (StartedElsewhere e) {
            log.debug("simulation run {} was started by another node", runId);
        } catch (RuntimeException | Error e) {
            log.warn("simulation run {} failed", runId, e);
            store.failed(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private SimulationModel build(SimulationRun run) {
        PlannedNetwork planned = scheduling.plannedNetwork(run.projectId());
        QuantitativeRiskModel quantitative = models.model(run.projectId());
        Map<Long, Task> byId = tasks.all(run.projectId()).stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<Long, Risk> register = new HashMap<>();
        for (Risk r : risks.inProject(run.projectId())) {
            register.put(r.id(), r);
        }
        Map<Long, TaskCost.Parts> costs = new HashMap<>();
        Map<Long, Resource> resourcesById = resources.visibleTo(run.projectId()).stream()
                .collect(Collectors.toMap(Resource::id, Function.identity()));
        Map<Long, List<Assignment>> byTask = assignments.all(run.projectId()).stream().collect(Collectors.groupingBy(Assignment::taskId));
        byId.values().forEach(t -> costs.put(t.id(), TaskCost.parts(t, byTask.getOrDefault(t.id(), List.of()), resourcesById)));
        SimulationModel model = SimulationModel.of(planned, quantitative, costs, register);
        ScheduleNetwork net = planned.network();
        List<SimulationInputs.PlannedTask> planTasks = new ArrayList<>();
        for (int i = 0; i < net.taskCount(); i++) {
            if (!net.isSummary(i)) {
                planTasks.add(new SimulationInputs.PlannedTask(planned.taskIds().get(i), net.name(i), net.duration(i)));
            }
        }
        Project project = projects.get(run.projectId());
        SimulationInputs inputs = new SimulationInputs(run.iterations(), run.seed(), run.threads(),
                BatchedSimulation.CRITICALITY, project.startDate().atStartOfDay(),
                net.taskCount(), net.linkCount(), planTasks, quantitative);
        if (!store.start(run.id(), inputs)) {
            throw new StartedElsewhere();
        }
        return model;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** The run left QUEUED between our read and our update: another node runs it. */
    private static final class StartedElsewhere extends RuntimeException {
    }
}
