package org.bearing.risk;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.platform.InvalidFieldException;
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

    /**
     * Adds the default estimate ({@link QuantitativeRiskModel#withDefaultEstimates}) to every uncertain task of the
     * project that has none; refused as a whole, naming the field, if the spread is not 0 ≤ low ≤ most likely ≤ high.
     */
    public QuantitativeRiskModel addDefaultEstimates(long projectId, double low, double mostLikely, double high,
                                                     DistributionShape shape) {
        projects.get(projectId);
        if (!(low >= 0)) {
            throw new InvalidFieldException("low", "the low duration must be at least 0 % of the planned one, got " + low);
        }
        if (!(mostLikely >= low)) {
            throw new InvalidFieldException("mostLikely", "needs low <= most likely <= high, but most likely " + mostLikely + " < low " + low);
        }
        if (!(high >= mostLikely)) {
            throw new InvalidFieldException("high", "needs low <= most likely <= high, but high " + high + " < most likely " + mostLikely);
        }
        return replace(projectId, store.read(projectId).withDefaultEstimates(tasks.all(projectId), low, mostLikely, high, shape));
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
