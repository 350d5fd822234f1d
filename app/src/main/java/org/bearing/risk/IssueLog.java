package org.bearing.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Tasks;
import org.bearing.platform.ETags;
import org.bearing.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's issue log: raise, update, escalate or de-escalate (with the history of who, when and why), resolve. */
@Service
@Transactional
public class IssueLog {
    private final IssueStore store;
    private final RiskStore risks;
    private final Projects projects;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    IssueLog(IssueStore store, RiskStore risks, Projects projects, Tasks tasks, ApplicationEventPublisher events) {
        this.store = store;
        this.risks = risks;
        this.projects = projects;
        this.tasks = tasks;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Issue> issues(long projectId) {
        projects.get(projectId);
        return store.inProject(projectId);
    }

    @Transactional(readOnly = true)
    public Issue get(long projectId, long issueId) {
        return store.byId(issueId).filter(i -> i.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Issue", issueId + " in project " + projectId));
    }

    public Issue raise(long projectId, IssueDraft d, String by) {
        Project project = projects.get(projectId);
        IssueEscalationPolicy.check(d);
        long id = store.insert(projectId, d, links(project, d.links()), by);
        return get(projectId, id);
    }

    public Issue update(long projectId, long issueId, Long expectedVersion, IssueDraft d) {
        Issue current = get(projectId, issueId);
        ETags.requireCurrent("Issue " + issueId, expectedVersion, current.version());
        IssueEscalationPolicy.check(d);
        store.update(issueId, current.version(), d, links(projects.get(projectId), d.links()));
        return get(projectId, issueId);
    }

    /**
     * Closes, resolves or reopens an issue, keeping everything else; {@code resolution} replaces the recorded one when
     * given (a closed or resolved issue needs one, {@link IssueEscalationPolicy#check(IssueDraft)}).
     */
    public Issue changeStatus(long projectId, long issueId, Long expectedVersion, Issue.Status status, String resolution) {
        IssueDraft d = IssueDraft.of(get(projectId, issueId));
        return update(projectId, issueId, expectedVersion, new IssueDraft(d.title(), d.description(), d.severity(), d.owner(), d.dueDate(),
                status, resolution == null || resolution.isBlank() ? d.resolution() : resolution.strip(), d.links()));
    }

    public void delete(long projectId, long issueId, Long expectedVersion) {
        Issue current = get(projectId, issueId);
        ETags.requireCurrent("Issue " + issueId, expectedVersion, current.version());
        store.delete(issueId);
    }

    /** Moves the issue to another level as {@link IssueEscalationPolicy} allows, records it and publishes {@link IssueEscalated}. */
    public Issue escalate(long projectId, long issueId, Long expectedVersion, EscalationRequest r, String by) {
        Issue current = get(projectId, issueId);
        ETags.requireCurrent("Issue " + issueId, expectedVersion, current.version());
        IssueEscalationPolicy.check(current, r, LocalDate.now(clock));
        Escalation e = new Escalation(current.escalationLevel(), r.level(), by, LocalDateTime.now(clock), r.reason().strip());
        store.escalate(issueId, current.version(), e);
        events.publishEvent(new IssueEscalated(projectId, issueId, current.code(), e.from(), e.to(), by, e.reason()));
        return get(projectId, issueId);
    }

    @Transactional(readOnly = true)
    public List<Escalation> escalations(long projectId, long issueId) {
        get(projectId, issueId);
        return store.escalations(issueId);
    }

    /** Checks the links: risks of the project or its program, tasks of the project; a refusal names {@code links[i].targetId}. */
    private List<Issue.Link> links(Project project, List<Issue.Link> links) {
        List<Issue.Link> out = new ArrayList<>();
        if (links == null) {
            return out;
        }
        for (int i = 0; i < links.size(); i++) {
            String field = "links[" + i + "].targetId";
            Issue.Link link = links.get(i);
            switch (link.kind()) {
                case RISK -> {
                    Risk risk = risks.byId(link.targetId()).orElse(null);
                    boolean inScope = risk != null && (Objects.equals(risk.projectId(), project.id())
                            || (risk.programId() != null && Objects.equals(risk.programId(), project.programId())));
                    if (!inScope) {
                        throw new NotFoundException("Risk", link.targetId() + " in project " + project.id() + " or its program", field);
                    }
                }
                case TASK -> {
                    try {
                        tasks.get(project.id(), link.targetId());
                    } catch (NotFoundException e) {
                        throw new NotFoundException("Task", link.targetId() + " in project " + project.id(), field);
                    }
                }
                case CHANGE_REQUEST -> {
                    // Change requests arrive with their own module; the typed reference lets it attach without a migration.
                }
            }
            out.add(link);
        }
        return out;
    }
}
