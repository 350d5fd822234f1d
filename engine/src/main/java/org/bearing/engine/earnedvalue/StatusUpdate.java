package org.bearing.engine.earnedvalue;

import java.util.Arrays;

/**
 * Progress of every task at one status date (the end of a reporting period): whether it started, duration % complete,
 * physical % complete, achieved milestone weight and actual cost to date (currency), optionally a bottom-up
 * estimate to complete (currency; NaN = not estimated) and, for a finished task, its actual finish (time units on the
 * baseline's axis; NaN = not known). Fractions are 0..1.
 */
public final class StatusUpdate {
    final double statusTime;
    final boolean[] started;
    final double[] percentComplete;
    final double[] physicalPercent;
    final double[] milestoneFraction;
    final double[] actualCost;
    final double[] estimateToComplete;
    final double[] actualFinish;

    /** An update for {@code tasks} tasks at {@code statusTime} (time units on the baseline's axis): nothing started. */
    public StatusUpdate(int tasks, double statusTime) {
        if (!Double.isFinite(statusTime)) {
            throw new IllegalArgumentException("status time must be finite, got " + statusTime);
        }
        this.statusTime = statusTime;
        started = new boolean[tasks];
        percentComplete = new double[tasks];
        physicalPercent = new double[tasks];
        milestoneFraction = new double[tasks];
        actualCost = new double[tasks];
        estimateToComplete = new double[tasks];
        Arrays.fill(estimateToComplete, Double.NaN);
        actualFinish = new double[tasks];
        Arrays.fill(actualFinish, Double.NaN);
    }

    /**
     * Sets a task's progress: started, duration % complete (0..1) and actual cost to date (currency); physical %
     * defaults to the duration %.
     */
    public StatusUpdate progress(int task, boolean started, double percentComplete, double actualCost) {
        if (!(percentComplete >= 0 && percentComplete <= 1)) {
            throw new IllegalArgumentException("task " + task + ": % complete must be within 0..1, got " + percentComplete);
        }
        if (!(actualCost >= 0) || !Double.isFinite(actualCost)) {
            throw new IllegalArgumentException("task " + task + ": actual cost must be finite and >= 0, got " + actualCost);
        }
        this.started[task] = started || percentComplete > 0;
        this.percentComplete[task] = percentComplete;
        this.physicalPercent[task] = percentComplete;
        this.actualCost[task] = actualCost;
        return this;
    }

    /** Sets a task's physical % complete (0..1), used by {@link EvMethod#PHYSICAL_PERCENT}. */
    public StatusUpdate physicalPercent(int task, double fraction) {
        physicalPercent[task] = EvMethod.clamp(fraction);
        return this;
    }

    /** Sets a task's achieved milestone weight / total weight (0..1), used by {@link EvMethod#WEIGHTED_MILESTONES}. */
    public StatusUpdate milestonesAchieved(int task, double fraction) {
        milestoneFraction[task] = EvMethod.clamp(fraction);
        return this;
    }

    /**
     * Sets when a finished task actually finished (time units on the baseline's axis). Earned schedule then stops the
     * clock of a WBS element whose tasks are all finished at its last actual finish instead of the status date.
     */
    public StatusUpdate finishedAt(int task, double time) {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("task " + task + ": actual finish must be finite, got " + time);
        }
        actualFinish[task] = time;
        return this;
    }

    /** Sets a task's bottom-up estimate to complete (currency). */
    public StatusUpdate estimateToComplete(int task, double etc) {
        estimateToComplete[task] = etc;
        return this;
    }

    public double statusTime() {
        return statusTime;
    }

    int tasks() {
        return started.length;
    }
}
