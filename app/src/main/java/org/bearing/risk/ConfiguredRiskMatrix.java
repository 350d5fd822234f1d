package org.bearing.risk;

/**
 * The matrix a project's or a program's register uses and where it comes from: configured on the project itself,
 * inherited from the project's program, or the {@link RiskMatrix#standard() standard} one. {@code version} counts
 * the changes of the owner's own matrix (0 when it has none).
 */
public record ConfiguredRiskMatrix(Source source, long version, RiskMatrix matrix) {

    public enum Source { PROJECT, PROGRAM, STANDARD }
}
