package org.bearing.risk;

import java.util.List;

/**
 * The 5×5 probability–impact matrix of a project's open risks: {@code cells[p-1][i-1]} counts the risks with
 * probability p and largest impact i; each cell's score is p × i and its rating the band of that score.
 */
public record HeatMap(long projectId, Risk.Kind kind, List<Cell> cells, int open, int high, int stale) {

    public record Cell(int probability, int impact, int score, Risk.Rating rating, int count, List<String> codes) {
    }
}
