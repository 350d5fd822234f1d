package org.bearing.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.SplittableRandom;

import org.bearing.engine.schedule.NetworkBuilder;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * {@link IterationSampler} draws the common shapes without a call through {@link Distribution} (triangular terms
 * computed once per task): each draw is bit for bit the distribution's own quantile, for every shape, with
 * degenerate triangles (min = most likely, most likely = max, min = max) and values of u at 0, 1 and the mode's
 * share of the range.
 */
class IterationSamplerPropertiesTest {

    @Property(tries = 200)
    void drawsEqualTheDistributionsQuantiles(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
            @ForAll @IntRange(min = 1, max = 40) int tasks) {
        SplittableRandom rnd = new SplittableRandom(seed);
        NetworkBuilder nb = ScheduleNetwork.builder().projectStart(java.time.LocalDateTime.of(2026, 1, 5, 8, 0));
        for (int i = 0; i < tasks; i++) {
            nb.addTask("T" + i, 480);
        }
        ScheduleNetwork net = nb.build();
        RiskModel.Builder b = RiskModel.builder(net);
        Distribution[] shapes = new Distribution[tasks];
        for (int i = 0; i < tasks; i++) {
            double min = rnd.nextInt(4) == 0 ? rnd.nextInt(0, 5000) : rnd.nextDouble() * 10_000;
            double mode = rnd.nextInt(4) == 0 ? min : min + rnd.nextDouble() * 5_000;
            double max = rnd.nextInt(4) == 0 ? mode : mode + rnd.nextDouble() * 5_000;
            if (rnd.nextInt(8) == 0) {
                mode = min;
                max = min;
            }
            shapes[i] = switch (rnd.nextInt(6)) {
                case 0, 1, 2 -> Distribution.triangular(min, mode, max);
                case 3 -> Distribution.pert(min, mode, max);
                case 4 -> Distribution.uniform(min, max);
                default -> Distribution.lognormal(mode + 1, (max - min) / 4);
            };
            b.duration(i, shapes[i]);
        }
        IterationSampler sampler = new IterationSampler(b.build());
        for (int j = 0; j < tasks; j++) {
            double[] us = new double[40];
            for (int k = 0; k < 34; k++) {
                us[k] = rnd.nextDouble();
            }
            us[34] = 0x1p-60;
            us[35] = 1 - 0x1p-53;
            us[36] = 0.5;
            if (shapes[j] instanceof Distribution.Triangular t && t.max() > t.min()) {
                // u at the mode's share and its neighbours: the branch between the two halves
                double fc = (t.mostLikely() - t.min()) / (t.max() - t.min());
                us[37] = fc;
                us[38] = Math.nextDown(fc);
                us[39] = Math.nextUp(fc);
            } else {
                us[37] = 0.25;
                us[38] = 0.75;
                us[39] = 0.999;
            }
            for (double u : us) {
                if (u <= 0 || u >= 1) {
                    continue;
                }
                assertThat(Double.doubleToRawLongBits(sampler.quantile(j, u)))
                        .as("%s at u = %s", shapes[j], u)
                        .isEqualTo(Double.doubleToRawLongBits(shapes[j].quantile(u)));
            }
        }
    }

    /**
     * The risk tornado draws an iteration once and applies every event but one ({@link IterationSampler#sampleEvents},
     * {@link IterationSampler#withEvents}), the simulation through {@link IterationSampler#sample}: durations,
     * occurrences and cost are bit for bit those of a plain reference draw written here from the documented order
     * (task durations, fixed costs, then per event occurrence, duration and cost impact, then cost rates), for
     * every event switched off and none, with overlapping event tasks (impacts added twice), zero impacts, events
     * without a cost impact, certain and impossible events, fixed costs and cost rates.
     */
    @Property(tries = 100)
    void eventsAppliedAfterDrawingEqualAReferenceDraw(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed,
            @ForAll @IntRange(min = 1, max = 30) int tasks, @ForAll @IntRange(min = 0, max = 6) int events) {
        SplittableRandom rnd = new SplittableRandom(seed);
        NetworkBuilder nb = ScheduleNetwork.builder().projectStart(java.time.LocalDateTime.of(2026, 1, 5, 8, 0));
        long[] planned = new long[tasks];
        for (int i = 0; i < tasks; i++) {
            planned[i] = rnd.nextInt(0, 2000);
            nb.addTask("T" + i, planned[i]);
        }
        RiskModel.Builder b = RiskModel.builder(nb.build());
        Distribution[] durations = new Distribution[tasks];
        Distribution[] fixed = new Distribution[tasks];
        double[] rate = new double[tasks];
        for (int i = 0; i < tasks; i++) {
            if (rnd.nextInt(3) > 0) {
                double min = rnd.nextDouble() * 1000;
                durations[i] = rnd.nextBoolean() ? Distribution.triangular(min, min + rnd.nextDouble() * 500, min + 600)
                        : Distribution.uniform(min, min + 300);
                b.duration(i, durations[i]);
            }
            if (rnd.nextInt(3) == 0) {
                fixed[i] = rnd.nextBoolean() ? Distribution.uniform(10, 900) : null;
                rate[i] = rnd.nextDouble() * 3;
                b.cost(i, fixed[i], rate[i]);
            }
        }
        RiskEvent[] risks = new RiskEvent[events];
        for (int r = 0; r < events; r++) {
            int[] hit = new int[rnd.nextInt(1, 4)];
            for (int t = 0; t < hit.length; t++) {
                hit[t] = rnd.nextInt(tasks);
            }
            double p = switch (rnd.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 1;
                default -> rnd.nextDouble();
            };
            Distribution impact = rnd.nextBoolean() ? Distribution.triangular(0, 100, 2000)
                    : Distribution.uniform(30, 4000);
            risks[r] = new RiskEvent("R" + r, p, hit, impact, rnd.nextBoolean() ? Distribution.uniform(1, 5000) : null);
            b.risk(risks[r]);
        }
        IterationSampler sampler = new IterationSampler(b.build());
        long[] eventFree = new long[tasks];
        long[] composed = new long[tasks];
        long[] drawn = new long[tasks];
        long[] reference = new long[tasks];
        double[] groups = new double[sampler.groupCount()];
        boolean[] occurred = new boolean[events];
        boolean[] drawnOccurred = new boolean[events];
        boolean[] referenceOccurred = new boolean[events];
        long[] extra = new long[events];
        double[] eventCost = new double[events];
        for (int k = 0; k < 20; k++) {
            double fixedCost = sampler.sampleEvents(seed, k, eventFree, groups, occurred, extra, eventCost);
            for (int off = -1; off < events; off++) {
                double cost = sampler.withEvents(eventFree, fixedCost, occurred, extra, eventCost, off, composed);
                double sampled = sampler.sample(seed, k, drawn, groups, off, drawnOccurred);
                // the reference: the documented draw order with the distributions' own quantiles
                SplittableRandom stream = new SplittableRandom(IterationSampler.streamSeed(seed, k));
                System.arraycopy(planned, 0, reference, 0, tasks);
                for (int i = 0; i < tasks; i++) {
                    if (durations[i] != null) {
                        reference[i] = Math.max(0, Math.round(durations[i].quantile(open(stream.nextDouble()))));
                    }
                }
                double expected = 0;
                for (int i = 0; i < tasks; i++) {
                    if (fixed[i] != null) {
                        expected += fixed[i].quantile(open(stream.nextDouble()));
                    }
                }
                for (int r = 0; r < events; r++) {
                    referenceOccurred[r] = stream.nextDouble() < risks[r].probability();
                    double du = open(stream.nextDouble());
                    double cu = open(stream.nextDouble());
                    if (referenceOccurred[r] && r != off) {
                        long add = Math.round(risks[r].durationImpact().quantile(du));
                        for (int t : risks[r].tasks()) {
                            reference[t] = Math.max(0, reference[t] + add);
                        }
                        expected += risks[r].costImpact().quantile(cu);
                    }
                }
                for (int i = 0; i < tasks; i++) {
                    if (rate[i] != 0) {
                        expected += rate[i] * reference[i];
                    }
                }
                assertThat(composed).as("iteration %d without event %d", k, off).isEqualTo(reference);
                assertThat(drawn).isEqualTo(reference);
                assertThat(occurred).isEqualTo(referenceOccurred);
                assertThat(drawnOccurred).isEqualTo(referenceOccurred);
                assertThat(Double.doubleToRawLongBits(cost)).isEqualTo(Double.doubleToRawLongBits(expected));
                assertThat(Double.doubleToRawLongBits(sampled)).isEqualTo(Double.doubleToRawLongBits(expected));
            }
        }
    }

    private static double open(double u) {
        return u > 0 ? (u < 1 ? u : 1 - 0x1p-53) : 0x1p-60;
    }
}
