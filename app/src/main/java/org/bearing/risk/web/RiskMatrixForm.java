package org.bearing.risk.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.RiskMatrix;

/**
 * The matrix settings form of a project or a program ({@link RiskMatrixOwner}): what the TPM typed, keyed by the same
 * field paths the API uses in its problem documents ({@code ratings[1].minScore}, {@code scores[2][3]}, ...), so that
 * an error the domain raises lands beside its input.
 */
public record RiskMatrixForm(RiskMatrixOwner owner, ConfiguredRiskMatrix.Source source, Map<String, String> values,
                             Map<String, String> errors) {
    /** Rating rows the form offers; rows left empty are not ratings. */
    public static final int RATING_ROWS = 6;

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The form filled in from a matrix. */
    static RiskMatrixForm of(RiskMatrixOwner owner, ConfiguredRiskMatrix configured) {
        RiskMatrix m = configured.matrix();
        Map<String, String> v = new LinkedHashMap<>();
        for (int p = 0; p < RiskMatrix.LEVELS; p++) {
            RiskMatrix.ProbabilityBand b = m.probability().get(p);
            v.put("probability[" + p + "].label", b.label());
            v.put("probability[" + p + "].fromPercent", String.valueOf(b.fromPercent()));
            v.put("probability[" + p + "].toPercent", String.valueOf(b.toPercent()));
            RiskMatrix.ImpactBand i = m.impact().get(p);
            v.put("impact[" + p + "].label", i.label());
            v.put("impact[" + p + "].scheduleDays", String.valueOf(i.scheduleDays()));
            v.put("impact[" + p + "].cost", i.cost().toPlainString());
            v.put("impact[" + p + "].scope", i.scope());
            v.put("impact[" + p + "].quality", i.quality());
            for (int k = 0; k < RiskMatrix.LEVELS; k++) {
                v.put("scores[" + p + "][" + k + "]", String.valueOf(m.scores().get(p).get(k)));
            }
        }
        for (int r = 0; r < m.ratings().size(); r++) {
            v.put("ratings[" + r + "].label", m.ratings().get(r).label());
            v.put("ratings[" + r + "].minScore", String.valueOf(m.ratings().get(r).minScore()));
            v.put("ratings[" + r + "].colour", m.ratings().get(r).colour());
        }
        return new RiskMatrixForm(owner, configured.source(), v, new LinkedHashMap<>());
    }

    /** What was posted, with the errors found so far (numbers that are not numbers). */
    static RiskMatrixForm posted(RiskMatrixOwner owner, ConfiguredRiskMatrix.Source source, Map<String, String> params) {
        Map<String, String> v = new LinkedHashMap<>();
        params.forEach((k, x) -> v.put(k, x == null ? "" : x.strip()));
        return new RiskMatrixForm(owner, source, v, new LinkedHashMap<>());
    }

    /**
     * The matrix the form describes, or null if a number does not parse (the error is then recorded). Rating rows
     * with neither a label nor a minimum are left out; {@code ratingRows} receives, per rating kept, its form row.
     */
    RiskMatrix toMatrix(List<Integer> ratingRows) {
        List<RiskMatrix.ProbabilityBand> probability = new ArrayList<>();
        List<RiskMatrix.ImpactBand> impact = new ArrayList<>();
        List<List<Integer>> scores = new ArrayList<>();
        for (int p = 0; p < RiskMatrix.LEVELS; p++) {
            String at = "probability[" + p + "]";
            probability.add(new RiskMatrix.ProbabilityBand(value(at + ".label"), integer(at + ".fromPercent"), integer(at + ".toPercent")));
            String im = "impact[" + p + "]";
            impact.add(new RiskMatrix.ImpactBand(value(im + ".label"), integer(im + ".scheduleDays"), decimal(im + ".cost"),
                    value(im + ".scope"), value(im + ".quality")));
            List<Integer> row = new ArrayList<>();
            for (int k = 0; k < RiskMatrix.LEVELS; k++) {
                row.add(integer("scores[" + p + "][" + k + "]"));
            }
            scores.add(row);
        }
        List<RiskMatrix.Rating> ratings = new ArrayList<>();
        for (int r = 0; r < RATING_ROWS; r++) {
            String at = "ratings[" + r + "]";
            if (value(at + ".label").isEmpty() && value(at + ".minScore").isEmpty()) {
                continue;
            }
            ratings.add(new RiskMatrix.Rating(value(at + ".label"), integer(at + ".minScore"), value(at + ".colour")));
            ratingRows.add(r);
        }
        return errors.isEmpty() ? new RiskMatrix(probability, impact, scores, ratings) : null;
    }

    private Integer integer(String field) {
        String s = value(field);
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number.");
            return null;
        }
    }

    private BigDecimal decimal(String field) {
        try {
            return new BigDecimal(value(field).replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "Enter an amount such as 50000.");
            return null;
        }
    }
}
