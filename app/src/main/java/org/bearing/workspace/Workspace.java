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

    Workspace(Projects projects, Portfolios portfolios, Baselines baselines, Dependencies dependencies, Scheduling scheduling) {
        this.projects = projects;
        this.portfolios = portfolios;
        this.baselines = baselines;
        this.dependencies = dependencies;
        this.scheduling = scheduling;
    }

    public List<ProjectCard> cards() {
        Map<Long, String> programs = new HashMap<>();
        for (Program p : portfolios.programs()) {
            programs.put(p.id(), p.name());
        }
        List<ProjectCard> cards = new ArrayList<>();
        for (Project p : projects.all()) {
            cards.add(card(p, scheduling.schedule(p.id()), programs));
        }
        cards.sort(Comparator.comparing((ProjectCard c) -> c.program() == null ? "" : c.program()).thenComparing(ProjectCard::code));
        return cards;
    }

    public ProjectPage page(long projectId, GanttChart.Zoom zoom, LocalDate today) {
        Project project = projects.get(projectId);
        ProjectSchedule schedule = scheduling.schedule(projectId);
        Map<Long, String> programs = new HashMap<>();
        portfolios.programs().forEach(p -> programs.put(p.id(), p.name()));
        List<GanttChart.Link> links = dependencies.all(projectId).stream()
                .map(d -> new GanttChart.Link(d.predecessorId(), d.successorId(), d.type().name())).toList();
        Map<Long, GanttChart.BaselineBar> bars = new HashMap<>();
        Baseline b = firstBaseline(projectId);
        if (b != null) {
            for (BaselineTask t : b.tasks()) {
                bars.put(t.taskId(), new GanttChart.BaselineBar(t.start(), t.finish()));
            }
        }
        String svg = GanttChart.svg(schedule, links, bars, project.statusDate(), today, zoom);
        return new ProjectPage(project, card(project, schedule, programs), schedule, svg, zoom.name(),
                Arrays.stream(GanttChart.Zoom.values()).map(Enum::name).toList());
    }

    private ProjectCard card(Project p, ProjectSchedule s, Map<Long, String> programs) {
        LocalDate forecast = s.projectFinish() == null ? null : s.projectFinish().toLocalDate();
        Baseline b = firstBaseline(p.id());
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
