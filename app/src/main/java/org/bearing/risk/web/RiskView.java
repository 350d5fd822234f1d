package org.bearing.risk.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskMatrix;

/**
 * A risk as the API shows it: what was recorded plus its score, rating (label and colour class), EMV and whether
 * its review is overdue, all from the matrix of its project or program.
 */
record RiskView(Risk risk, int score, String rating, String ratingColour, Integer residualScore, BigDecimal expectedMonetaryValue,
                boolean stale) {
    static RiskView of(Risk r, RiskMatrix m) {
        RiskMatrix.Rating rating = m.rating(r);
        return new RiskView(r, m.score(r), rating.label(), rating.colour(), m.residualScore(r), m.expectedMonetaryValue(r), r.stale(LocalDate.now()));
    }
}
