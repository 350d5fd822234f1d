package org.bearing.cost;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bearing.engine.earnedvalue.LearnedForecast;
import org.bearing.engine.earnedvalue.TimeAxis;

/**
 * Schedule-based forecast of a project's finish and final cost at a status date, from its baseline network and the
 * activity-level progress reported at that date (a "Bearing method": it learns nothing from other projects).
 *
 * <p>Finish: finished activities keep their actual start and duration; an activity in progress ends its remaining
 * duration after the status date, where the remaining duration is the baseline duration × (1 − % complete) (see
 * {@link #nodes}); an activity not started gets its baseline duration × the duration factor and is scheduled forward
 * from the status date by the baseline's FS/SS/FF/SF relations and lags, no earlier than its baseline start moved
 * earlier by the project's schedule lead (ES − AT when ahead of plan, else 0): the baseline's starts carry
 * constraints its relations do not (the forecast with no release at all is far too early), but a project running
 * ahead releases its later activities early too. The forecast finish is the latest finish. Times are working hours on
 * the project's time axis (its agenda), so the forward pass is scheduling on the project calendar.
 *
 * <p>Cost: started activities cost their actual + remaining cost (finished ones their actual cost alone: DSLIB
 * sometimes leaves a stale remaining cost on an activity at 100 %); activities not started their baseline cost × the
 * cost factor.
 *
 * <p>The observed factors are those of the started activities so far: Σ (actual + remaining duration) / Σ baseline
 * duration and Σ (actual + remaining cost) / Σ baseline cost; 1 before any activity has started.
 */
public final class NetworkForecast {

    private NetworkForecast() {
    }

    /** A forecast: finish time (working hours from the project start) and final cost. */
    public record Forecast(double finish, double cost) {
    }

    /**
     * One activity of the network at the status date, in working hours.
     *
     * @param duration baseline duration
     * @param plannedStart baseline start (a not-started activity starts no earlier: the baseline's own release)
     * @param cost baseline cost
     * @param actualStart actual start time, NaN if not started
     * @param actualHours actual duration to date (for a finished activity: its duration)
     * @param remainingHours remaining duration (0 if finished)
     * @param actualCost actual cost to date
     * @param remainingCost remaining cost
     * @param predecessors indexes of the predecessors, parallel to {@code types} and {@code lags}
     * @param types relation types FS, SS, FF, SF
     * @param lags lags in working hours
     */
    public record Node(double duration, double plannedStart, double cost, double actualStart, double actualHours, double remainingHours,
            double actualCost, double remainingCost, int[] predecessors, String[] types, double[] lags) {
        boolean started() {
            return !Double.isNaN(actualStart);
        }

        /** Finished, with a baseline duration and a known actual duration: what duration factors are measured on. */
        boolean finishedWithBaseline() {
            return started() && remainingHours == 0 && duration > 0 && Double.isFinite(actualHours);
        }
    }

    /**
     * Forecast at status time {@code status}; a NaN factor means "the observed factor".
     */
    public static Forecast forecast(List<Node> nodes, double status, double durationFactor, double costFactor) {
        return forecast(nodes, status, durationFactor, costFactor, 0.0);
    }

    /**
     * As {@link #forecast(List, double, double, double)}, with a not-started activity released {@code lead} hours
     * before its baseline start (0: at the baseline start; infinite: no release, only the status date and relations).
     * The bench passes the schedule lead max(0, ES − AT) of the status date.
     */
    public static Forecast forecast(List<Node> nodes, double status, double durationFactor, double costFactor,
            double lead) {
        double fd = Double.isNaN(durationFactor) ? observedDurationFactor(nodes) : durationFactor;
        double fc = Double.isNaN(costFactor) ? observedCostFactor(nodes) : costFactor;
        double[] factors = new double[nodes.size()];
        Arrays.fill(factors, fd);
        double cost = 0;
        for (Node a : nodes) {
            cost += a.started() ? a.actualCost() + a.remainingCost() : a.cost() * fc;
        }
        return new Forecast(finish(nodes, status, factors, lead), cost);
    }

    /**
     * The forecast finish with a duration factor per activity: a not-started activity {@code i} lasts its baseline
     * duration × {@code factors[i]} (the factors of started activities are not used); otherwise as
     * {@link #forecast(List, double, double, double, double)}.
     */
    static double finish(List<Node> nodes, double status, double[] factors, double lead) {
        int n = nodes.size();
        double[] start = new double[n];
        double[] finish = new double[n];
        int[] state = new int[n]; // 0 unvisited, 1 on the stack, 2 done
        double end = status;
        for (int i = 0; i < n; i++) {
            visit(nodes, i, status, factors, lead, start, finish, state);
            end = Math.max(end, finish[i]);
        }
        return end;
    }

    private static void visit(List<Node> nodes, int i, double status, double[] factors, double lead, double[] start,
            double[] finish, int[] state) {
        if (state[i] != 0) {
            return; // done, or a cycle in the baseline (its relation is then ignored)
        }
        state[i] = 1;
        Node a = nodes.get(i);
        if (a.started()) {
            start[i] = a.actualStart();
            double remaining = Double.isNaN(a.remainingHours()) ? 0 : a.remainingHours();
            finish[i] = remaining > 0 ? status + remaining
                    : a.actualStart() + (Double.isNaN(a.actualHours()) ? 0 : a.actualHours());
        } else {
            double d = a.duration() * factors[i];
            double s = Math.max(status, a.plannedStart() - lead);
            for (int k = 0; k < a.predecessors().length; k++) {
                int p = a.predecessors()[k];
                visit(nodes, p, status, factors, lead, start, finish, state);
                if (state[p] != 2) {
                    continue;
                }
                double lag = a.lags()[k];
                s = Math.max(s, switch (a.types()[k]) {
                    case "SS" -> start[p] + lag;
                    case "FF" -> finish[p] + lag - d;
                    case "SF" -> start[p] + lag - d;
                    default -> finish[p] + lag;
                });
            }
            start[i] = s;
            finish[i] = s + d;
        }
        state[i] = 2;
    }

    /** Σ (actual + remaining duration) / Σ baseline duration over the started activities; 1 if none. */
    static double observedDurationFactor(List<Node> nodes) {
        double done = 0;
        double planned = 0;
        for (Node a : nodes) {
            if (a.started() && a.duration() > 0 && !Double.isNaN(a.actualHours()) && !Double.isNaN(a.remainingHours())) {
                done += a.actualHours() + a.remainingHours();
                planned += a.duration();
            }
        }
        return planned > 0 ? done / planned : 1;
    }

    /**
     * Σ actual duration / Σ baseline duration over the finished activities with a baseline duration, clipped to
     * 0.5..2 as the learners' indices; 1 if none has finished.
     */
    static double finishedDurationFactor(List<Node> nodes) {
        double actual = 0;
        double planned = 0;
        for (Node a : nodes) {
            if (a.finishedWithBaseline()) {
                actual += a.actualHours();
                planned += a.duration();
            }
        }
        return planned > 0 ? LearnedForecast.clip(actual / planned) : 1;
    }

    /** Σ (actual + remaining cost) / Σ baseline cost over the started activities; 1 if none. */
    static double observedCostFactor(List<Node> nodes) {
        double done = 0;
        double planned = 0;
        for (Node a : nodes) {
            if (a.started() && a.cost() > 0) {
                done += a.actualCost() + a.remainingCost();
                planned += a.cost();
            }
        }
        return planned > 0 ? done / planned : 1;
    }

    /**
     * {@code nodes} (of {@link #nodes}) with the activities in progress given the workbook's Remaining Duration
     * instead (DSLIB's extrapolation; the forecast of the earlier branches, kept as an input of the learned blends).
     */
    public static List<Node> withReportedRemaining(List<Node> nodes, DslibProject.Period period) {
        Node[] out = new Node[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            Node a = nodes.get(i);
            DslibProject.Progress g = period.progress().get(i);
            double remaining = a.started() && g.percentComplete() < 1 ? g.remainingHours() : a.remainingHours();
            out[i] = new Node(a.duration(), a.plannedStart(), a.cost(), a.actualStart(), a.actualHours(), remaining,
                    a.actualCost(), a.remainingCost(), a.predecessors(), a.types(), a.lags());
        }
        return Arrays.asList(out);
    }

    /**
     * The network of a DSLIB project at one of its tracking periods, on the project's time axis. An activity in
     * progress has remaining duration baseline duration × (1 − % complete), not the workbook's Remaining Duration:
     * DSLIB fills that column with the extrapolation actual duration × (1 − p) / p (140 of the 155 activities in
     * progress at the 90 % points match it within 2 %), which explodes for an activity with a slow start (C2019-01 at
     * its 90 % point: 10 % done after 78 days, "702d" remaining, when it finished within the next two months) and made
     * the network forecast at 90 % of the duration worse (9.8 % MAPE) than AT + (PD − ES) (6.1 %).
     */
    public static List<Node> nodes(DslibProject p, TimeAxis axis, DslibProject.Period period) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < p.activities().size(); i++) {
            index.put(p.activities().get(i).id(), i);
        }
        Node[] out = new Node[p.activities().size()];
        for (int i = 0; i < out.length; i++) {
            DslibProject.Activity a = p.activities().get(i);
            DslibProject.Progress g = period.progress().get(i);
            List<DslibProject.Link> links = a.predecessors().stream().filter(l -> index.containsKey(l.predecessor()))
                    .toList();
            int[] preds = links.stream().mapToInt(l -> index.get(l.predecessor())).toArray();
            String[] types = links.stream().map(DslibProject.Link::type).toArray(String[]::new);
            double[] lags = links.stream().mapToDouble(DslibProject.Link::lagHours).toArray();
            double duration = Math.max(0, axis.at(a.baselineEnd()) - axis.at(a.baselineStart()));
            boolean started = g != null && g.started() && g.actualStart() != null;
            boolean finished = started && g.percentComplete() >= 1;
            double remaining = !started ? Double.NaN : finished ? 0 : duration * (1 - g.percentComplete());
            // DSLIB sometimes keeps a stale remaining cost on a finished activity: nothing is left to spend on it
            double remainingCost = g == null || finished ? 0 : g.remainingCost();
            out[i] = new Node(duration, axis.at(a.baselineStart()), Math.max(0, a.totalCost()),
                    started ? axis.at(g.actualStart()) : Double.NaN, started ? g.actualHours() : Double.NaN, remaining,
                    g == null ? 0 : g.actualCost(), remainingCost, preds, types, lags);
        }
        return Arrays.asList(out);
    }
}
