package org.bearing.workspace;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineTask;
import org.bearing.plan.Baselines;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Portfolios;
import org.bearing.plan.Program;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.cost.EarnedValueReport;
import org.bearing.cost.EarnedValues;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskMatrix;
import org.bearing.risk.RiskRegister;
import org.bearing.schedule.GanttChart;
import org.bearing.schedule.ProjectSchedule;
import org.bearing.schedule.ScheduledTask;
import org.bearing.schedule.Scheduling;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the pages' data from the plan and the schedule. */
@Service
@Transactional(readOnly = true)
public class Workspace {
    private final Projects projects;
    private final Portfolios portfolios;
    private final Baselines baselines;
    private final Dependencies dependencies;
    private final Scheduling scheduling;
    private final EarnedValues earnedValues;
    private final RiskRegister risks;

    Workspace(Projects projects, Portfolios portfolios, Baselines baselines, Dependencies dependencies, Scheduling scheduling,
              EarnedValues earnedValues, RiskRegister risks) {
        this.projects = projects;
        this.portfolios = portfolios;
        this.baselines = baselines;
        this.dependencies = dependencies;
        this.scheduling = scheduling;
        this.earnedValues = earnedValues;
        this.risks = risks;
    }

    /** Every project's card with earned value and top threats, in program then code order. */
    public List<ProjectCard> cards() {
        Map<Long, String> programs = new HashMap<>();
        for (Program p : portfolios.programs()) {
            programs.put(p.id(), p.name());
        }
        List<ProjectCard> cards = new ArrayList<>();
        for (Project p : projects.all()) {
            Baseline b = firstBaseline(p.id());
            ProjectCard c = card(p, scheduling.schedule(p.id()), programs, b);
            cards.add(new ProjectCard(c.id(), c.code(), c.name(), c.program(), c.manager(), c.start(), c.forecastFinish(),
                    c.baselineFinish(), c.hardDeadline(), c.health(), c.criticalTasks(), c.nextMilestones(),
                    b == null ? null : earnedValue(p.id()), topThreats(p.id())));
        }
        cards.sort(Comparator.comparing((ProjectCard c) -> c.program() == null ? "\uffff" : c.program()).thenComparing(ProjectCard::code));
        return cards;
    }

    /** The portfolio grouped by program (named programs first, then the projects outside any program). */
    public List<ProgramGroup> programs() {
        Map<String, List<ProjectCard>> byProgram = new java.util.LinkedHashMap<>();
        for (ProjectCard c : cards()) {
            byProgram.computeIfAbsent(c.program(), k -> new ArrayList<>()).add(c);
        }
        List<ProgramGroup> groups = new ArrayList<>();
        byProgram.forEach((name, cs) -> groups.add(ProgramGroup.of(name, cs)));
        return groups;
    }

    private ProjectCard.EarnedValue earnedValue(long projectId) {
        EarnedValueReport r;
        try {
            r = earnedValues.report(projectId, null, Granularity.MONTH);
        } catch (org.bearing.platform.RuleViolationException e) {
            return null; // nothing to measure (say, a baseline without costed tasks): show a dash, not a number
        }
        EarnedValueReport.Measures m = r.project();
        return new ProjectCard.EarnedValue(r.statusDate(), r.currency(), m.pv(), m.ev(), m.ac(), m.spi(), m.cpi());
    }

    /** Open threats by score, highest first; ties by code so the order is stable. */
    private List<ProjectCard.TopRisk> topThreats(long projectId) {
        RiskMatrix matrix = risks.matrix(projectId);
        return risks.risks(projectId).stream().filter(r -> r.kind() == Risk.Kind.THREAT && r.status() == Risk.Status.OPEN)
                .sorted(Comparator.comparingInt((Risk r) -> matrix.score(r)).reversed().thenComparing(Risk::code)).limit(3)
                .map(r -> new ProjectCard.TopRisk(r.code(), r.title(), matrix.score(r), matrix.rating(r).label(), matrix.rating(r).colour())).toList();
    }

    public ProjectPage page(long projectId, GanttChart.Zoom zoom, LocalDate today) {
        Project project = projects.get(projectId);
        ProjectSchedule schedule = scheduling.schedule(projectId);
        Map<Long, String> programs = new HashMap<>();
        portfolios.programs().forEach(p -> programs.put(p.id(), p.name()));
        List<GanttChart.Link> links = dependencies.all(projectId).stream()
                .map(d -> new GanttChart.Link(d.predecessorId(), d.successorId(), d.type().name())).toList();
        Map<Long, GanttChart.BaselineBar> bars = new HashMap<>();
        Baseline b = firstBaseline(projectId); // read once: the Gantt's baseline bars and the card's baseline finish
        if (b != null) {
            for (BaselineTask t : b.tasks()) {
                bars.put(t.taskId(), new GanttChart.BaselineBar(t.start(), t.finish()));
            }
        }
        String svg = GanttChart.svg(schedule, links, bars, project.statusDate(), today, zoom);
        return new ProjectPage(project, card(project, schedule, programs, b), schedule, svg, zoom.name(),
                Arrays.stream(GanttChart.Zoom.values()).map(Enum::name).toList());
    }

    private ProjectCard card(Project p, ProjectSchedule s, Map<Long, String> programs, Baseline b) {
        LocalDate forecast = s.projectFinish() == null ? null : s.projectFinish().toLocalDate();
        LocalDate baselineFinish = b == null ? null : b.tasks().stream().map(BaselineTask::finish)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate).orElse(null);
        LocalDate after = p.statusDate() != null ? p.statusDate() : LocalDate.now();
        List<ProjectCard.Milestone> next = s.tasks().stream().filter(ScheduledTask::milestone)
                .filter(t -> t.finish() != null && t.finish().toLocalDate().isAfter(after) && t.percentComplete() < 100)
                .sorted(Comparator.comparing(ScheduledTask::finish)).limit(3)
                .map(t -> new ProjectCard.Milestone(t.name(), t.finish().toLocalDate())).toList();
        int critical = (int) s.tasks().stream().filter(t -> t.critical() && !t.summary() && t.percentComplete() < 100).count();
        return new ProjectCard(p.id(), p.code(), p.name(), p.programId() == null ? null : programs.get(p.programId()), p.manager(),
                p.startDate(), forecast, baselineFinish, p.hardDeadline(), ScheduleHealth.of(forecast, baselineFinish, p.hardDeadline()),
                critical, next);
    }

    private Baseline firstBaseline(long projectId) {
        List<Baseline> all = baselines.all(projectId);
        return all.isEmpty() ? null : baselines.get(projectId, all.get(0).id());
    }
}
