package org.bearing.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bearing.platform.InvalidFieldException;

/**
 * A 5×5 probability–impact matrix: how a risk's probability (1..5) and largest impact (1..5) become a score and a
 * rating. It holds
 * <ul>
 *   <li>five probability bands, each a label and a range of likelihood [fromPercent, toPercent) that together cover
 *       0..100 %; a band's midpoint is the likelihood used for expected monetary value;</li>
 *   <li>five impact bands, each a label and what the level means on every objective: a schedule slip of at least
 *       {@code scheduleDays} working days, a cost overrun of at least {@code cost} (project currency), and a
 *       description for scope and for quality;</li>
 *   <li>the score of each of the 25 cells, {@code scores[p-1][i-1]} (the standard matrix uses p × i), never lower
 *       for a higher probability or a higher impact;</li>
 *   <li>the ratings, lowest first: a score gets the last rating whose {@code minScore} it reaches. Each rating has a
 *       colour class; ratings coloured red or purple are the ones that call for attention ("high" in counts).</li>
 * </ul>
 * {@link #check()} enforces these rules; a matrix that breaks one is refused with the field that breaks it.
 */
public record RiskMatrix(List<ProbabilityBand> probability, List<ImpactBand> impact, List<List<Integer>> scores, List<Rating> ratings) {

    /** Levels on each axis. */
    public static final int LEVELS = 5;
    /** Colour classes a rating may use, from calm to alarming; the last two count as high. */
    public static final List<String> COLOURS = List.of("green", "yellow", "amber", "red", "purple");
    private static final int MAX_SCORE = 999;
    private static final int MAX_RATINGS = 6;

    /** A probability level: its label and the likelihood range [fromPercent, toPercent) it stands for. */
    public record ProbabilityBand(String label, Integer fromPercent, Integer toPercent) {
        /** The range as a TPM reads it: "< 20 %", "20–40 %", "≥ 80 %". */
        public String range() {
            if (fromPercent == null || toPercent == null) {
                return "";
            }
            return fromPercent == 0 ? "< " + toPercent + " %" : toPercent == 100 ? "≥ " + fromPercent + " %" : fromPercent + "–" + toPercent + " %";
        }

        /** The likelihood used for expected monetary value: the middle of the range, in percent. */
        public double midpointPercent() {
            return (fromPercent + toPercent) / 2.0;
        }
    }

    /**
     * An impact level: its label and, per objective, the least consequence that puts a risk at this level (a slip
     * of {@code scheduleDays} working days, an overrun of {@code cost}), or for scope and quality a description.
     */
    public record ImpactBand(String label, Integer scheduleDays, BigDecimal cost, String scope, String quality) {
    }

    /** A rating band: scores from {@code minScore} up to the next rating's minimum get this label and colour. */
    public record Rating(String label, Integer minScore, String colour) {
        /** Whether the rating calls for attention: coloured red or purple. */
        public boolean high() {
            return COLOURS.indexOf(colour) >= COLOURS.indexOf("red");
        }
    }

    public RiskMatrix {
        probability = probability == null ? null : new ArrayList<>(probability);
        impact = impact == null ? null : new ArrayList<>(impact);
        scores = scores == null ? null : scores.stream().map(row -> row == null ? null : (List<Integer>) new ArrayList<>(row)).toList();
        ratings = ratings == null ? null : new ArrayList<>(ratings);
    }

    /** The matrix a project or program uses until a TPM configures its own: P × I, low / medium / high at 1 / 5 / 12. */
    public static RiskMatrix standard() {
        List<List<Integer>> scores = new ArrayList<>();
        for (int p = 1; p <= LEVELS; p++) {
            List<Integer> row = new ArrayList<>();
            for (int i = 1; i <= LEVELS; i++) {
                row.add(p * i);
            }
            scores.add(row);
        }
        return new RiskMatrix(
                List.of(new ProbabilityBand("Rare", 0, 20), new ProbabilityBand("Unlikely", 20, 40), new ProbabilityBand("Possible", 40, 60),
                        new ProbabilityBand("Likely", 60, 80), new ProbabilityBand("Almost certain", 80, 100)),
                List.of(new ImpactBand("Very low", 0, BigDecimal.ZERO, "Barely noticeable", "Barely noticeable"),
                        new ImpactBand("Low", 5, new BigDecimal("10000"), "Minor areas affected", "Only demanding uses affected"),
                        new ImpactBand("Medium", 10, new BigDecimal("50000"), "Major areas affected", "Sponsor must approve the reduction"),
                        new ImpactBand("High", 20, new BigDecimal("200000"), "Reduction unacceptable to the sponsor", "Reduction unacceptable to the sponsor"),
                        new ImpactBand("Very high", 40, new BigDecimal("1000000"), "End item effectively useless", "End item effectively useless")),
                scores,
                List.of(new Rating("LOW", 1, "green"), new Rating("MEDIUM", 5, "amber"), new Rating("HIGH", 12, "red")));
    }

    /** The score of a cell, probability and impact each 1..5. */
    public int score(int probability, int impact) {
        return scores.get(probability - 1).get(impact - 1);
    }

    /** A risk's score: its probability against its largest impact. */
    public int score(Risk r) {
        return score(r.probability(), r.impact().max());
    }

    /** The score after the response, when the residual values are known. */
    public Integer residualScore(Risk r) {
        return r.residualProbability() == null || r.residualImpact() == null ? null : score(r.residualProbability(), r.residualImpact());
    }

    /** The rating of a score: the last rating whose minimum it reaches (the first rating if it reaches none). */
    public Rating rating(int score) {
        Rating found = ratings.get(0);
        for (Rating r : ratings) {
            if (score >= r.minScore()) {
                found = r;
            }
        }
        return found;
    }

    public Rating rating(Risk r) {
        return rating(score(r));
    }

    /**
     * Expected monetary value EMV = likelihood (the midpoint of the risk's probability band) × cost exposure,
     * negative for threats; null without a cost exposure.
     */
    public BigDecimal expectedMonetaryValue(Risk r) {
        if (r.costExposure() == null) {
            return null;
        }
        BigDecimal emv = r.costExposure().multiply(BigDecimal.valueOf(probability.get(r.probability() - 1).midpointPercent())).movePointLeft(2);
        return r.kind() == Risk.Kind.THREAT ? emv.negate() : emv;
    }

    /** Refuses a matrix that breaks one of the rules in the class comment, naming the first field that breaks it. */
    public RiskMatrix check() {
        checkProbability();
        checkImpact();
        checkScores();
        checkRatings();
        return this;
    }

    private void checkProbability() {
        requireFive(probability, "probability", "probability bands");
        int expectedFrom = 0;
        for (int p = 0; p < LEVELS; p++) {
            ProbabilityBand b = probability.get(p);
            String at = "probability[" + p + "]";
            if (b == null) {
                throw new InvalidFieldException(at, "probability band " + (p + 1) + " is missing");
            }
            label(b.label(), at + ".label", "probability band " + (p + 1));
            if (b.fromPercent() == null || b.fromPercent() != expectedFrom) {
                throw new InvalidFieldException(at + ".fromPercent", "probability band " + (p + 1) + " must start at " + expectedFrom
                        + " % (where the band below ends), so that the bands cover 0..100 % without gaps");
            }
            if (b.toPercent() == null || b.toPercent() <= b.fromPercent() || b.toPercent() > 100) {
                throw new InvalidFieldException(at + ".toPercent", "probability band " + (p + 1) + " must end above "
                        + b.fromPercent() + " % and at most at 100 %");
            }
            expectedFrom = b.toPercent();
        }
        if (expectedFrom != 100) {
            throw new InvalidFieldException("probability[4].toPercent", "the highest probability band must end at 100 %");
        }
    }

    private void checkImpact() {
        requireFive(impact, "impact", "impact bands");
        for (int i = 0; i < LEVELS; i++) {
            ImpactBand b = impact.get(i);
            String at = "impact[" + i + "]";
            String name = "impact band " + (i + 1);
            if (b == null) {
                throw new InvalidFieldException(at, name + " is missing");
            }
            label(b.label(), at + ".label", name);
            ImpactBand below = i == 0 ? null : impact.get(i - 1);
            if (b.scheduleDays() == null || b.scheduleDays() < 0 || (i == 0 ? b.scheduleDays() != 0 : b.scheduleDays() <= below.scheduleDays())) {
                throw new InvalidFieldException(at + ".scheduleDays", i == 0 ? "the lowest impact band starts at 0 working days"
                        : name + " must start at more working days of slip than band " + i + " (" + below.scheduleDays() + ")");
            }
            if (b.cost() == null || b.cost().signum() < 0 || (i == 0 ? b.cost().signum() != 0 : b.cost().compareTo(below.cost()) <= 0)
                    || b.cost().compareTo(new BigDecimal("1e13")) > 0) {
                throw new InvalidFieldException(at + ".cost", i == 0 ? "the lowest impact band starts at a cost of 0"
                        : name + " must start at a higher cost than band " + i + " (" + below.cost().toPlainString() + ")");
            }
            describe(b.scope(), at + ".scope", name + " scope");
            describe(b.quality(), at + ".quality", name + " quality");
        }
    }

    private void checkScores() {
        requireFive(scores, "scores", "rows of scores (one per probability level)");
        for (int p = 0; p < LEVELS; p++) {
            List<Integer> row = scores.get(p);
            if (row == null || row.size() != LEVELS) {
                throw new InvalidFieldException("scores[" + p + "]", "probability " + (p + 1) + " needs exactly " + LEVELS + " scores, one per impact level");
            }
            for (int i = 0; i < LEVELS; i++) {
                Integer s = row.get(i);
                String at = "scores[" + p + "][" + i + "]";
                String cell = "the score at probability " + (p + 1) + ", impact " + (i + 1);
                if (s == null || s < 1 || s > MAX_SCORE) {
                    throw new InvalidFieldException(at, cell + " must be a whole number from 1 to " + MAX_SCORE);
                }
                if (p > 0 && scores.get(p - 1).get(i) != null && s < scores.get(p - 1).get(i)) {
                    throw new InvalidFieldException(at, cell + " (" + s + ") is lower than at probability " + p + " (" + scores.get(p - 1).get(i)
                            + "); a higher probability never lowers the score");
                }
                if (i > 0 && s < row.get(i - 1)) {
                    throw new InvalidFieldException(at, cell + " (" + s + ") is lower than at impact " + i + " (" + row.get(i - 1)
                            + "); a higher impact never lowers the score");
                }
            }
        }
    }

    private void checkRatings() {
        if (ratings == null || ratings.size() < 2 || ratings.size() > MAX_RATINGS) {
            throw new InvalidFieldException("ratings", "the matrix needs from 2 to " + MAX_RATINGS + " ratings, lowest first");
        }
        Set<String> labels = new HashSet<>();
        for (int r = 0; r < ratings.size(); r++) {
            Rating rating = ratings.get(r);
            String at = "ratings[" + r + "]";
            if (rating == null) {
                throw new InvalidFieldException(at, "rating " + (r + 1) + " is missing");
            }
            label(rating.label(), at + ".label", "rating " + (r + 1));
            if (!labels.add(rating.label().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidFieldException(at + ".label", "the rating label \"" + rating.label().strip() + "\" is used twice");
            }
            if (r == 0 && !Integer.valueOf(1).equals(rating.minScore())) {
                throw new InvalidFieldException(at + ".minScore", "the lowest rating starts at score 1, so that every score has a rating");
            }
            if (r > 0 && (rating.minScore() == null || rating.minScore() <= ratings.get(r - 1).minScore() || rating.minScore() > MAX_SCORE)) {
                throw new InvalidFieldException(at + ".minScore", "rating " + (r + 1) + " must start at a higher score than rating " + r
                        + " (" + ratings.get(r - 1).minScore() + "); thresholds rise strictly");
            }
            if (rating.colour() == null || !COLOURS.contains(rating.colour())) {
                throw new InvalidFieldException(at + ".colour", "the colour of rating " + (r + 1) + " is one of " + String.join(", ", COLOURS));
            }
        }
    }

    private static void requireFive(List<?> list, String field, String what) {
        if (list == null || list.size() != LEVELS) {
            throw new InvalidFieldException(field, "the matrix needs exactly " + LEVELS + " " + what);
        }
    }

    private static void label(String label, String field, String what) {
        if (label == null || label.isBlank() || label.length() > 60) {
            throw new InvalidFieldException(field, what + " needs a label of 1 to 60 characters");
        }
    }

    private static void describe(String text, String field, String what) {
        if (text == null || text.isBlank() || text.length() > 300) {
            throw new InvalidFieldException(field, what + " needs a description of 1 to 300 characters");
        }
    }
}
