package org.bearing.engine.risk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A continuous probability distribution of a non-negative quantity (a duration in working minutes, a cost in
 * currency units), sampled by inversion: {@code x = quantile(u)} for u uniform in (0, 1). Inversion lets a
 * Gaussian copula correlate any mix of distributions (see {@link CorrelationGroup}).
 */
public sealed interface Distribution permits Distribution.Constant, Distribution.Triangular, Distribution.BetaPert,
        Distribution.Uniform, Distribution.TruncatedNormal, Distribution.LogNormal {

    /** The inverse distribution function F⁻¹(u) for 0 &lt; u &lt; 1. */
    double quantile(double u);

    /** The expected value E[X]. */
    double mean();

    /** The variance Var[X] = E[(X - E[X])²]. */
    double variance();

    static Distribution constant(double value) {
        return new Constant(value);
    }

    static Distribution triangular(double min, double mostLikely, double max) {
        return new Triangular(min, mostLikely, max);
    }

    static Distribution pert(double min, double mostLikely, double max) {
        return new BetaPert(min, mostLikely, max);
    }

    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /** A normal distribution N(mean, sd²) truncated at 0 (negative values are impossible). */
    static Distribution normal(double mean, double sd) {
        return new TruncatedNormal(mean, sd);
    }

    /** The lognormal distribution with the given mean and standard deviation (of X, not of ln X). */
    static Distribution lognormal(double mean, double sd) {
        return LogNormal.ofMeanAndSd(mean, sd);
    }

    private static void checkRange(double min, double mostLikely, double max) {
        if (!(min >= 0 && min <= mostLikely && mostLikely <= max) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("need 0 <= min <= most likely <= max, got " + min + ", " + mostLikely
                    + ", " + max);
        }
    }

    /** A fixed value. */
    record Constant(double value) implements Distribution {
        public Constant {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("value must be finite and >= 0, got " + value);
            }
        }

        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double variance() {
            return 0;
        }
    }

    /**
     * Triangular(a, m, b): density rising linearly from a to the mode m and falling to b. Mean (a + m + b) / 3,
     * variance (a² + m² + b² - am - ab - mb) / 18; F⁻¹(u) = a + √(u(b-a)(m-a)) for u &lt; (m-a)/(b-a), else
     * b - √((1-u)(b-a)(b-m)).
     */
    record Triangular(double min, double mostLikely, double max) implements Distribution {
        public Triangular {
            checkRange(min, mostLikely, max);
        }

        @Override
        public double quantile(double u) {
            double w = max - min;
            if (w == 0) {
                return min;
            }
            double fc = (mostLikely - min) / w;
            return u < fc ? min + Math.sqrt(u * w * (mostLikely - min))
                    : max - Math.sqrt((1 - u) * w * (max - mostLikely));
        }

        @Override
        public double mean() {
            return (min + mostLikely + max) / 3;
        }

        @Override
        public double variance() {
            double a = min, m = mostLikely, b = max;
            return (a * a + m * m + b * b - a * m - a * b - m * b) / 18;
        }
    }

    /**
     * Beta-PERT(a, m, b): a + (b - a) Beta(α, β) with α = 1 + 4(m - a)/(b - a), β = 1 + 4(b - m)/(b - a).
     * Mean μ = (a + 4m + b) / 6, variance (μ - a)(b - μ) / 7. The quantile interpolates a 2048-point table of
     * the Beta distribution function (Simpson-integrated density), cached per shape (α, β).
     */
    final class BetaPert implements Distribution {
        private static final int GRID = 2048;
        private static final Map<Long, double[]> TABLES = new ConcurrentHashMap<>();
        /** Buckets of u in the guide table: guide[b] = the last grid index j < GRID with cdf[j] <= b / GUIDE. */
        private static final int GUIDE = 1024;
        private static final Map<Long, int[]> GUIDES = new ConcurrentHashMap<>();

        private final double min;
        private final double mostLikely;
        private final double max;
        private final double[] cdf;
        private final int[] guide;

        BetaPert(double min, double mostLikely, double max) {
            checkRange(min, mostLikely, max);
            this.min = min;
            this.mostLikely = mostLikely;
            this.max = max;
            if (max == min) {
                cdf = null;
                guide = null;
            } else {
                double alpha = 1 + 4 * (mostLikely - min) / (max - min);
                // the shape depends on alpha only (beta = 6 - alpha); quantize to share tables across tasks
                long key = Math.round(alpha * 1e6);
                cdf = TABLES.computeIfAbsent(key, k -> table(k / 1e6, 6 - k / 1e6));
                guide = GUIDES.computeIfAbsent(key, k -> guide(cdf));
            }
        }

        public double min() {
            return min;
        }

        public double mostLikely() {
            return mostLikely;
        }

        public double max() {
            return max;
        }

        private static double[] table(double alpha, double beta) {
            double[] f = new double[GRID + 1];
            double h = 1.0 / GRID;
            double sum = 0;
            for (int j = 0; j < GRID; j++) {
                double x0 = j * h;
                double x1 = x0 + h;
                double xm = x0 + h / 2;
                sum += h / 6 * (density(x0, alpha, beta) + 4 * density(xm, alpha, beta) + density(x1, alpha, beta));
                f[j + 1] = sum;
            }
            for (int j = 0; j <= GRID; j++) {
                f[j] /= sum;
            }
            return f;
        }

        private static int[] guide(double[] cdf) {
            int[] g = new int[GUIDE];
            int j = 0;
            for (int b = 0; b < GUIDE; b++) {
                double u = b / (double) GUIDE;
                while (j + 1 < GRID && cdf[j + 1] <= u) {
                    j++;
                }
                g[b] = j;
            }
            return g;
        }

        private static double density(double x, double alpha, double beta) {
            return Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
        }

        @Override
        public double quantile(double u) {
            if (cdf == null) {
                return min;
            }
            // lo = the last grid index below GRID with cdf[lo] <= u (unique, cdf is non-decreasing): from the guide
            // entry of u's bucket, a few steps forwards instead of a binary search over the whole table
            int lo = guide[(int) (u * GUIDE)];
            while (lo + 1 < GRID && cdf[lo + 1] <= u) {
                lo++;
            }
            int hi = lo + 1;
            double span = cdf[hi] - cdf[lo];
            double x = (lo + (span > 0 ? (u - cdf[lo]) / span : 0)) / GRID;
            return min + (max - min) * x;
        }

        @Override
        public double mean() {
            return (min + 4 * mostLikely + max) / 6;
        }

        @Override
        public double variance() {
            double mu = mean();
            return (mu - min) * (max - mu) / 7;
        }

        @Override
        public String toString() {
            return "BetaPert[min=" + min + ", mostLikely=" + mostLikely + ", max=" + max + "]";
        }
    }

    /** Uniform(a, b): mean (a + b) / 2, variance (b - a)² / 12, F⁻¹(u) = a + u(b - a). */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            checkRange(min, min, max);
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public double variance() {
            return (max - min) * (max - min) / 12;
        }
    }

    /**
     * N(μ, σ²) truncated to [0, ∞): with α = -μ/σ and λ = φ(α) / (1 - Φ(α)), mean μ + σλ and variance
     * σ²(1 + αλ - λ²); F⁻¹(u) = μ + σ Φ⁻¹(Φ(α) + u(1 - Φ(α))).
     */
    record TruncatedNormal(double mu, double sigma) implements Distribution {
        public TruncatedNormal {
            if (!(sigma >= 0) || Double.isInfinite(sigma) || Double.isNaN(mu) || Double.isInfinite(mu)) {
                throw new IllegalArgumentException("need a finite mean and sd >= 0, got " + mu + ", " + sigma);
            }
            if (sigma == 0 && mu < 0) {
                throw new IllegalArgumentException("a normal with sd 0 needs a mean >= 0, got " + mu);
            }
        }

        @Override
        public double quantile(double u) {
            if (sigma == 0) {
                return mu;
            }
            double lower = NormalMath.cdf(-mu / sigma);
            return Math.max(0, mu + sigma * NormalMath.quantile(lower + u * (1 - lower)));
        }

        @Override
        public double mean() {
            if (sigma == 0) {
                return mu;
            }
            double a = -mu / sigma;
            return mu + sigma * lambda(a);
        }

        @Override
        public double variance() {
            if (sigma == 0) {
                return 0;
            }
            double a = -mu / sigma;
            double l = lambda(a);
            return sigma * sigma * (1 + a * l - l * l);
        }

        private static double lambda(double a) {
            return NormalMath.pdf(a) / (1 - NormalMath.cdf(a));
        }
    }

    /**
     * exp(N(μ, σ²)) with μ, σ of ln X: mean exp(μ + σ²/2), variance (exp(σ²) - 1) exp(2μ + σ²),
     * F⁻¹(u) = exp(μ + σ Φ⁻¹(u)).
     */
    record LogNormal(double mu, double sigma) implements Distribution {
        public LogNormal {
            if (!(sigma >= 0) || Double.isInfinite(sigma) || Double.isNaN(mu) || Double.isInfinite(mu)) {
                throw new IllegalArgumentException("need finite mu and sigma >= 0, got " + mu + ", " + sigma);
            }
        }

        /** σ² = ln(1 + sd²/mean²), μ = ln(mean) - σ²/2. */
        static LogNormal ofMeanAndSd(double mean, double sd) {
            if (!(mean > 0) || !(sd >= 0)) {
                throw new IllegalArgumentException("lognormal needs mean > 0 and sd >= 0, got " + mean + ", " + sd);
            }
            double s2 = Math.log(1 + sd * sd / (mean * mean));
            return new LogNormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
        }

        @Override
        public double quantile(double u) {
            return Math.exp(mu + sigma * NormalMath.quantile(u));
        }

        @Override
        public double mean() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        @Override
        public double variance() {
            double s2 = sigma * sigma;
            return (Math.exp(s2) - 1) * Math.exp(2 * mu + s2);
        }
    }
}
