package org.bearing.engine.risk;

import java.util.Objects;

/**
 * An uncertain event of the risk register linked to tasks: in each iteration it occurs with probability p;
 * if it does, one duration impact (working minutes, sampled once) is added to each linked task and one cost
 * impact (currency units) to the project cost. Its random numbers are drawn whether or not it occurs, so that
 * switching it off leaves every other draw of the iteration unchanged (common random numbers for the tornado).
 *
 * @param name           the risk's name
 * @param probability    p in [0, 1]
 * @param tasks          indexes of the affected tasks
 * @param durationImpact extra working minutes per affected task when the event occurs
 * @param costImpact     extra cost when the event occurs
 */
public record RiskEvent(String name, double probability, int[] tasks, Distribution durationImpact,
        Distribution costImpact) {

    public RiskEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tasks, "tasks");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of risk '" + name + "' must be in [0, 1], got "
                    + probability);
        }
        tasks = tasks.clone();
        durationImpact = durationImpact == null ? Distribution.constant(0) : durationImpact;
        costImpact = costImpact == null ? Distribution.constant(0) : costImpact;
    }

    @Override
    public int[] tasks() {
        return tasks.clone();
    }
}
