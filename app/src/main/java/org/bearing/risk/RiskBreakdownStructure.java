package org.bearing.risk;

import java.util.List;

/**
 * The risk breakdown structure (RBS): a hierarchy of risk sources used to categorise a register so that risks of
 * one source can be counted and reviewed together. This is the standard two-level RBS of PMI's Practice Standard
 * for Project Risk Management (technical, external, organisational, project management), with the sources an IT
 * program meets. A category is written {@code "Group"} or {@code "Group / Source"}; the API keeps accepting any
 * category text (registers imported from elsewhere use their own), the pages offer this structure.
 */
public record RiskBreakdownStructure(List<Group> groups) {

    /** A level-1 source with its level-2 sources. */
    public record Group(String name, List<String> sources) {
        /** The category text of one of its sources. */
        public String category(String source) {
            return name + " / " + source;
        }
    }

    public RiskBreakdownStructure {
        groups = List.copyOf(groups);
    }

    public static RiskBreakdownStructure standard() {
        return new RiskBreakdownStructure(List.of(
                new Group("Technical", List.of("Requirements", "Technology", "Complexity and interfaces", "Performance and reliability",
                        "Quality", "Data and migration", "Security")),
                new Group("External", List.of("Vendors and subcontractors", "Regulatory", "Market", "Customer", "Environment")),
                new Group("Organisational", List.of("Resources", "Funding", "Prioritisation", "Project dependencies", "Change readiness")),
                new Group("Project management", List.of("Estimating", "Planning", "Controlling", "Communication"))));
    }

    /** Whether {@code category} is one of the structure's groups or sources. */
    public boolean contains(String category) {
        return groups.stream().anyMatch(g -> g.name().equals(category) || g.sources().stream().anyMatch(s -> g.category(s).equals(category)));
    }
}
