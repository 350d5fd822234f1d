package org.bearing.engine.risk;

/**
 * One bar of the risk tornado: how much a percentile of the project finish and cost falls when a risk event is
 * switched off (same seed, so every other draw is unchanged).
 *
 * @param risk                 the risk event's name
 * @param index                its index in {@link RiskModel#risks()}
 * @param occurrence           fraction of iterations in which it occurred
 * @param finishShiftMinutes   percentile finish with the risk minus without it, in working minutes of the
 *                             project calendar
 * @param costShift            percentile cost with the risk minus without it
 */
public record RiskDriver(String risk, int index, double occurrence, long finishShiftMinutes, double costShift) {
}
