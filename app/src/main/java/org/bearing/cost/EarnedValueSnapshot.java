package org.bearing.cost;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A project's earned value as last reported for one status date (a reporting period). Money in the project's currency,
 * ES, AT, SV(t) and EAC(t) in working days; SPI = EV / PV, CPI = EV / AC, SPI(t) = ES / AT; null where undefined.
 *
 * @param statusDate the status date the measures are for
 * @param baseline name of the baseline measured against
 * @param recordedAt when the snapshot was last written (UTC)
 */
public record EarnedValueSnapshot(LocalDate statusDate, String baseline, Double bac, Double pv, Double ev, Double ac,
        Double cv, Double sv, Double cpi, Double spi, Double es, Double at, Double svt, Double spit, Double eacCpi,
        Double vac, Double eact, LocalDateTime recordedAt) {

    /** The snapshot of a report's project measures. */
    static EarnedValueSnapshot of(EarnedValueReport r, LocalDateTime recordedAt) {
        EarnedValueReport.Measures m = r.project();
        return new EarnedValueSnapshot(r.statusDate(), r.baseline(), m.bac(), m.pv(), m.ev(), m.ac(), m.cv(), m.sv(),
                m.cpi(), m.spi(), m.es(), m.at(), m.svt(), m.spit(), m.eacCpi(), m.vac(), m.eact(), recordedAt);
    }
}
