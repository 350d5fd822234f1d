package org.bearing.engine.earnedvalue;

/**
 * Earned value and earned schedule measures of one node (task, WBS element, project, program, portfolio) at one
 * status date. Money in currency units, time in the units of the {@link TimeAxis}.
 *
 * @param pv planned value, cumulative (currency)
 * @param ev earned value, cumulative (currency)
 * @param ac actual cost, cumulative (currency)
 * @param bac budget at completion (currency)
 * @param etc bottom-up estimate to complete (currency); NaN if not every task was estimated
 * @param at actual time: status date − origin (time units)
 * @param es earned schedule (time units), see {@link PlannedValueCurve#earnedSchedule}
 * @param pd planned duration (time units)
 */
public record EarnedValueMeasures(double pv, double ev, double ac, double bac, double etc, double at, double es,
        double pd) {

    /** Cost variance CV = EV − AC (currency). */
    public double cv() {
        return ev - ac;
    }

    /** Schedule variance SV = EV − PV (currency). */
    public double sv() {
        return ev - pv;
    }

    /** Cost performance index CPI = EV / AC (NaN when AC = 0). */
    public double cpi() {
        return ratio(ev, ac);
    }

    /** Schedule performance index SPI = EV / PV (NaN when PV = 0). */
    public double spi() {
        return ratio(ev, pv);
    }

    /** To-complete performance index to BAC: TCPI = (BAC − EV) / (BAC − AC). */
    public double tcpi() {
        return ratio(bac - ev, bac - ac);
    }

    /** To-complete performance index to an EAC: TCPI = (BAC − EV) / (EAC − AC). */
    public double tcpi(double eac) {
        return ratio(bac - ev, eac - ac);
    }

    /** EAC assuming the remaining work goes at budget: EAC = AC + (BAC − EV) (currency). */
    public double eacAtBudget() {
        return ac + (bac - ev);
    }

    /** EAC assuming the cost efficiency so far persists: EAC = BAC / CPI (currency). */
    public double eacCpi() {
        return ratio(bac, cpi());
    }

    /** EAC weighting cost and schedule efficiency: EAC = AC + (BAC − EV) / (CPI × SPI) (currency). */
    public double eacCpiSpi() {
        return ac + ratio(bac - ev, cpi() * spi());
    }

    /** EAC with a bottom-up estimate to complete: EAC = AC + ETC (currency; NaN without ETC). */
    public double eacBottomUp() {
        return ac + etc;
    }

    /** Variance at completion VAC = BAC − EAC (currency). */
    public double vac(double eac) {
        return bac - eac;
    }

    /** Time-based schedule variance SV(t) = ES − AT (time units). */
    public double svt() {
        return es - at;
    }

    /** Time-based schedule performance index SPI(t) = ES / AT (NaN when AT = 0). */
    public double spit() {
        return ratio(es, at);
    }

    /** To-complete schedule performance index to PD: TSPI = (PD − ES) / (PD − AT). */
    public double tspi() {
        return ratio(pd - es, pd - at);
    }

    /** To-complete schedule performance index to a forecast duration: TSPI = (PD − ES) / (EAC(t) − AT). */
    public double tspi(double eact) {
        return ratio(pd - es, eact - at);
    }

    /** Independent EAC(t) with SPI(t): IEAC(t) = PD / SPI(t) (time units). */
    public double ieact() {
        return ratio(pd, spit());
    }

    /** EAC(t) assuming the remaining work goes as planned: AT + (PD − ES) (time units). */
    public double eactAtPlan() {
        return at + (pd - es);
    }

    /** EAC(t) with SPI(t) on the remaining work: AT + (PD − ES) / SPI(t) (time units). */
    public double eactSpit() {
        return at + ratio(pd - es, spit());
    }

    /** EAC(t) with the schedule-cost index SCI(t) = SPI(t) × CPI: AT + (PD − ES) / SCI(t) (time units). */
    public double eactSci() {
        return at + ratio(pd - es, spit() * cpi());
    }

    /** EAC(t) by the planned value method (Anbari): PD / SPI (time units). */
    public double eactPlannedValue() {
        return ratio(pd, spi());
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
