package org.bearing.risk;

import java.util.List;

/**
 * The 5×5 probability–impact matrix of a project's open risks of one kind, as its configured {@link RiskMatrix}
 * scores it: one cell per probability p and largest impact i (highest probability first), with the cell's score,
 * rating label and colour class, and the risks in it. {@code high} counts open risks whose rating is a high one.
 */
public record HeatMap(long projectId, Risk.Kind kind, List<Cell> cells, int open, int high, int stale) {

    public record Cell(int probability, int impact, int score, String rating, String colour, int count, List<String> codes) {
    }
}
