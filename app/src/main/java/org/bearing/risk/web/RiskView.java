package org.bearing.risk.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.bearing.risk.Risk;

/** A risk as the API shows it: what was recorded plus its score, rating, EMV and whether its review is overdue. */
record RiskView(Risk risk, int score, Risk.Rating rating, Integer residualScore, BigDecimal expectedMonetaryValue, boolean stale) {
    static RiskView of(Risk r) {
        return new RiskView(r, r.score(), r.rating(), r.residualScore(), r.expectedMonetaryValue(), r.stale(LocalDate.now()));
    }
}
