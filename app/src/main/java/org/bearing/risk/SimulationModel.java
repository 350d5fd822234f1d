package org.bearing.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.risk.CorrelationGroup;
import org.bearing.engine.risk.Distribution;
import org.bearing.engine.risk.RiskEvent;
import org.bearing.engine.risk.RiskModel;
import org.bearing.engine.risk.ThreePointEstimate;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.bearing.plan.TaskCost;
import org.bearing.schedule.PlannedNetwork;

/**
 * The engine's {@link RiskModel} of a project: the planned network as the scheduler builds it, each estimated task's
 * duration distribution, each task's cost, the correlation groups, the register risks modelled as events, and every
 * milestone (up to 20) as a reported finish. A task's cost is its planned labour at the rate it is planned at, per
 * working minute of its sampled duration (labour / planned duration: longer work costs more), plus its material and
 * fixed cost ({@link TaskCost}); a cost estimate replaces the planned material and fixed cost with its distribution.
 */
final class SimulationModel {
    static final int MAX_MILESTONES = 20;

    final PlannedNetwork planned;
    final RiskModel model;
    /** Engine index → plan task id. */
    final long[] taskIds;
    /** For each engine risk event, the register risk it models. */
    final List<Risk> riskEvents;

    private SimulationModel(PlannedNetwork planned, RiskModel model, List<Risk> riskEvents) {
        this.planned = planned;
        this.model = model;
        this.taskIds = planned.taskIds().stream().mapToLong(Long::longValue).toArray();
        this.riskEvents = riskEvents;
    }

    static SimulationModel of(PlannedNetwork planned, QuantitativeRiskModel m, Map<Long, TaskCost.Parts> costs, Map<Long, Risk> risks) {
        ScheduleNetwork net = planned.network();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < planned.taskIds().size(); i++) {
            index.put(planned.taskIds().get(i), i);
        }
        RiskModel.Builder b = RiskModel.builder(net);
        Map<String, List<Integer>> groupTasks = new HashMap<>();
        boolean[] costed = new boolean[net.taskCount()];
        Distribution[] fixed = new Distribution[net.taskCount()];
        for (QuantitativeRiskModel.Estimate e : m.estimates()) {
            Integer i = index.get(e.taskId());
            if (i == null) {
                continue; // the task was deleted after the model was stored
            }
            double scale = e.unit() == QuantitativeRiskModel.Unit.PERCENT_OF_DURATION ? net.duration(i) / 100.0 : 1;
            b.estimate(i, new ThreePointEstimate(e.min() * scale, e.mostLikely() * scale, e.max() * scale, e.distribution().engine()));
            if (e.correlationGroup() != null) {
                groupTasks.computeIfAbsent(e.correlationGroup(), k -> new ArrayList<>()).add(i);
            }
            if (e.costMin() != null) {
                fixed[i] = distribution(e.costMin(), e.costMostLikely(), e.costMax(), e.costDistribution());
                costed[i] = true;
            }
        }
        for (int i = 0; i < net.taskCount(); i++) {
            TaskCost.Parts parts = costs.get(planned.taskIds().get(i));
            if (net.isSummary(i) || parts == null) {
                continue;
            }
            double labour = parts.labour().doubleValue();
            long duration = net.duration(i);
            double rate = duration > 0 ? labour / duration : 0;
            double constant = parts.material().doubleValue() + parts.fixed().doubleValue() + (duration > 0 ? 0 : labour);
            Distribution f = costed[i] ? fixed[i] : constant > 0 ? Distribution.constant(constant) : null;
            if (f != null || rate > 0) {
                b.cost(i, f, rate);
            }
        }
        for (QuantitativeRiskModel.CorrelationGroup g : m.correlationGroups()) {
            List<Integer> members = groupTasks.getOrDefault(g.name(), List.of());
            if (members.size() >= 2) {
                b.correlate(new CorrelationGroup(g.name(), g.coefficient(), members.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        List<Risk> events = new ArrayList<>();
        for (QuantitativeRiskModel.RiskEvent r : m.riskEvents()) {
            Risk risk = risks.get(r.riskId());
            int[] affected = r.taskIds().stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
            if (risk == null || affected.length == 0) {
                continue;
            }
            Distribution duration = new ThreePointEstimate(r.durationMin(), r.durationMostLikely(), r.durationMax(),
                    r.durationDistribution().engine()).distribution();
            Distribution cost = r.costMin() == null ? null : distribution(r.costMin(), r.costMostLikely(), r.costMax(), r.costDistribution());
            b.risk(new RiskEvent(risk.code() + " " + risk.title(), r.probability(), affected, duration, cost));
            events.add(risk);
        }
        int milestones = 0;
        for (int i = 0; i < net.taskCount() && milestones < MAX_MILESTONES; i++) {
            if (net.isMilestone(i) && !net.isSummary(i)) {
                b.milestone(i);
                milestones++;
            }
        }
        return new SimulationModel(planned, b.build(), events);
    }

    private static Distribution distribution(BigDecimal min, BigDecimal ml, BigDecimal max, DistributionShape shape) {
        return new ThreePointEstimate(min.doubleValue(), ml.doubleValue(), max.doubleValue(),
                (shape == null ? DistributionShape.TRIANGULAR : shape).engine()).distribution();
    }
}
