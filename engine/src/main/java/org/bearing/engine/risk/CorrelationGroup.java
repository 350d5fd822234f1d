package org.bearing.engine.risk;

import java.util.Objects;

/**
 * Tasks whose durations move together, e.g. work done by the same team or with the same technology. Modelled
 * by a one-factor Gaussian copula: task i in the group gets z_i = √ρ · Z + √(1 - ρ) · ε_i with Z, ε_i
 * independent standard normals, and its duration is F_i⁻¹(Φ(z_i)). Any two tasks of the group then have a
 * normal-score correlation ρ, while each keeps its own marginal distribution F_i; the rank correlation is
 * (6/π) arcsin(ρ/2). A task belongs to at most one group.
 *
 * @param name        a label for reports
 * @param correlation ρ in [0, 1)
 * @param tasks       task indexes in the network
 */
public record CorrelationGroup(String name, double correlation, int[] tasks) {

    public CorrelationGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tasks, "tasks");
        if (!(correlation >= 0 && correlation < 1)) {
            throw new IllegalArgumentException("correlation of group '" + name + "' must be in [0, 1), got "
                    + correlation);
        }
        tasks = tasks.clone();
    }

    @Override
    public int[] tasks() {
        return tasks.clone();
    }
}
