package org.bearing.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.bearing.engine.earnedvalue.LearnedForecast;

/**
 * "Monte Carlo from progress": a project's finish forecast at a status date from the spread of its own FINISHED
 * activities' duration factors (a "Bearing method": it learns nothing from other projects).
 *
 * <p>A finished activity's duration factor is r = actual duration / baseline duration, clipped to 0.5..2 (the
 * learners' index range: a 1-hour activity that took a week would otherwise stretch a sampled critical path
 * fifty-fold). With m = the mean of ln r over the finished activities and s the shrink, each iteration gives every
 * not-started activity its own factor exp(m + s × (ln r* − m)), r* drawn with replacement from the finished factors
 * (s = 1: the plain bootstrap; s &lt; 1 pulls the draws towards their geometric mean), and re-schedules the remaining
 * network exactly as {@link NetworkForecast} does (finished activities as they were, activities in progress their
 * baseline duration × (1 − % complete) after the status date, release at the baseline start moved earlier by the
 * schedule lead). The forecast is the median finish of the iterations.
 *
 * <p>It differs from the point forecast at the finished activities' mean factor because the finish is the latest of
 * the paths: independent draws on parallel paths make the latest one later than any single path at the mean factor
 * (the merge bias of PERT), a delay that the deterministic network forecasts miss and that the real projects show
 * (they mostly finish later than forecast). With fewer than {@link #MIN_FINISHED} finished activities there is no
 * spread to sample: the forecast is the network forecast with the not-started activities at plan.
 */
public final class ProgressMonteCarloForecast {

    /** Finished activities needed to sample their factors. */
    static final int MIN_FINISHED = 3;

    /** Iterations per forecast (odd: the median is one iteration's finish). */
    static final int ITERATIONS = 401;

    private ProgressMonteCarloForecast() {
    }

    /**
     * The median finish (working hours on the project's axis) of {@code ITERATIONS} re-schedules of {@code nodes} at
     * status time {@code status}, with the not-started activities' factors drawn as described above.
     *
     * @param lead hours a not-started activity is released before its baseline start (see {@link NetworkForecast})
     * @param shrink s: 1 for the plain bootstrap, 0 for every activity at the geometric mean factor
     * @param seed the draws' seed (same seed, same forecast)
     */
    public static double medianFinish(List<NetworkForecast.Node> nodes, double status, double lead, double shrink,
            long seed) {
        double[] logFactors = finishedLogFactors(nodes);
        double[] factors = new double[nodes.size()];
        if (logFactors.length < MIN_FINISHED) {
            Arrays.fill(factors, 1);
            return NetworkForecast.finish(nodes, status, factors, lead);
        }
        double mean = Arrays.stream(logFactors).average().orElse(0);
        SplittableRandom random = new SplittableRandom(seed);
        double[] finishes = new double[ITERATIONS];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < factors.length; i++) {
                factors[i] = Math.exp(mean + shrink * (logFactors[random.nextInt(logFactors.length)] - mean));
            }
            finishes[it] = NetworkForecast.finish(nodes, status, factors, lead);
        }
        Arrays.sort(finishes);
        return finishes[ITERATIONS / 2];
    }

    /** ln of the clipped duration factor of each finished activity with a baseline duration. */
    static double[] finishedLogFactors(List<NetworkForecast.Node> nodes) {
        List<Double> out = new ArrayList<>();
        for (NetworkForecast.Node a : nodes) {
            if (a.finishedWithBaseline()) {
                out.add(Math.log(LearnedForecast.clip(a.actualHours() / a.duration())));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
