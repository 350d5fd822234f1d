package org.bearing.engine.earnedvalue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bearing.engine.earnedvalue.BlendedForecast.Grouping;
import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.ContextModel;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;

/**
 * Stacking by ensemble selection with weights per group of status dates (e.g. per stage: before and after half the
 * work is earned): as {@link BlendedForecast#stacked}, the candidates' out-of-fold forecasts come from a k-fold
 * cross-validation by project inside the training cases, but the greedy selection runs separately on the cases of each
 * {@link Grouping} group, so that a learner that is good early and one that is good late can each carry the weight
 * where they earn it. A group with cases from fewer than {@value BlendedForecast#MIN_PROJECTS} training projects, or
 * never seen in training, gets the weights of the selection on all cases.
 *
 * <p>Why: on DSLIB the best candidates differ by stage (the blends with the network forecast are better early, the
 * index blends per sector later), and a single weight vector for all status dates averages them out. Stacking per
 * stage is a choice of the stacker's design, made on reasoning about the candidates; its weights are still learned on
 * inner cross-validation forecasts only, never on the held-out project.
 */
public final class GroupedStacking {

    private GroupedStacking() {
    }

    /**
     * The stacked learner.
     *
     * @param candidates learners to stack (the first one should always be able to forecast)
     * @param folds folds of the inner cross-validation by project
     * @param rounds picks of each group's ensemble selection
     * @param grouping which status dates share weights
     */
    public static Learner stacked(List<Learner> candidates, int folds, int rounds, Grouping grouping) {
        return new Learner() {
            @Override
            public String name() {
                return "stacked per " + grouping.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ": weights of the " + candidates.size() + " learners above by ensemble selection (" + rounds
                        + " picks per " + grouping.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ") on their " + folds + "-fold CV forecasts inside the training projects";
            }

            @Override
            public Model fit(List<Case> training) {
                Map<String, double[]> weights = weights(candidates.size(), training, folds, rounds, grouping,
                        LearnedForecast.outOfFold(candidates, training, folds));
                double[] pooled = weights.get(null);
                List<Model> models = new ArrayList<>();
                for (int c = 0; c < candidates.size(); c++) {
                    int cc = c;
                    boolean used = weights.values().stream().anyMatch(w -> w[cc] > 0);
                    models.add(used ? candidates.get(c).fit(training) : null);
                }
                Map<String, Model> byGroup = new HashMap<>();
                weights.forEach((g, w) -> byGroup.put(g, BlendedForecast.weighted(models, w)));
                Model fallback = BlendedForecast.weighted(models, pooled);
                return (ContextModel) (m, context) -> byGroup.getOrDefault(grouping.of(m, context), fallback)
                        .forecast(m, context);
            }
        };
    }

    /**
     * Ensemble selection weights per group (key null: all cases pooled) from out-of-fold forecasts
     * {@code oof[candidate][case]}; with none (fewer than two training projects) the first candidate alone.
     */
    static Map<String, double[]> weights(int candidates, List<Case> training, int folds, int rounds,
            Grouping grouping, double[][] oof) {
        Map<String, double[]> out = new HashMap<>();
        if (oof == null) {
            double[] first = new double[candidates];
            first[0] = 1;
            out.put(null, first);
            return out;
        }
        double[] pooled = BlendedForecast.ensembleWeights(oof, training, rounds);
        out.put(null, pooled);
        Map<String, List<Integer>> members = new HashMap<>();
        Map<String, Set<Integer>> projects = new HashMap<>();
        for (int i = 0; i < training.size(); i++) {
            Case c = training.get(i);
            String g = grouping.of(c.measures(), c.context());
            members.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            projects.computeIfAbsent(g, k -> new HashSet<>()).add(c.project() >= 0 ? c.project() : -1 - i);
        }
        members.forEach((g, idx) -> {
            if (projects.get(g).size() < BlendedForecast.MIN_PROJECTS) {
                out.put(g, pooled);
                return;
            }
            double[][] sub = new double[candidates][idx.size()];
            List<Case> cases = new ArrayList<>();
            for (int q = 0; q < idx.size(); q++) {
                cases.add(training.get(idx.get(q)));
                for (int c = 0; c < candidates; c++) {
                    sub[c][q] = oof[c][idx.get(q)];
                }
            }
            out.put(g, BlendedForecast.ensembleWeights(sub, cases, rounds));
        });
        return out;
    }
}
