package org.bearing.risk;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a project's quantitative risk model; a refused model changes nothing. */
@Service
@Transactional
public class RiskModels {
    private final RiskModelStore store;
    private final RiskStore risks;
    private final Projects projects;
    private final Tasks tasks;

    RiskModels(RiskModelStore store, RiskStore risks, Projects projects, Tasks tasks) {
        this.store = store;
        this.risks = risks;
        this.projects = projects;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public QuantitativeRiskModel model(long projectId) {
        projects.get(projectId);
        return store.read(projectId);
    }

    public QuantitativeRiskModel replace(long projectId, QuantitativeRiskModel model) {
        projects.get(projectId);
        Map<Long, Task> byId = tasks.all(projectId).stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Set<Long> riskIds = risks.inProject(projectId).stream().map(Risk::id).collect(Collectors.toSet());
        RiskModelPolicy.check(model, byId, riskIds);
        store.replace(projectId, model);
        return store.read(projectId);
    }
}
