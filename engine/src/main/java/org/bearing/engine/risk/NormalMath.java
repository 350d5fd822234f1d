package org.bearing.engine.risk;

/** Standard normal density, distribution and quantile functions in double precision. */
final class NormalMath {

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private NormalMath() {
    }

    /** Density φ(x) = exp(-x²/2) / √(2π). */
    static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /** Φ(x) = P(Z ≤ x), via the complementary error function (absolute error below 1.2e-7 before refinement). */
    static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** erfc by the Numerical Recipes Chebyshev fit (fractional error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /**
     * Φ⁻¹(p) for 0 &lt; p &lt; 1: Acklam's rational approximation (relative error 1.15e-9), which is accurate
     * enough for sampling; p is clamped to [1e-300, 1 - 1e-16].
     */
    static double quantile(double p) {
        if (p <= 0) {
            p = 1e-300;
        } else if (p >= 1) {
            p = 1 - 1e-16;
        }
        final double plow = 0.02425;
        if (p < plow) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
                    / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
        }
        if (p > 1 - plow) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
                    / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q
                / (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1);
    }

    private static final double A1 = -3.969683028665376e+01, A2 = 2.209460984245205e+02,
            A3 = -2.759285104469687e+02, A4 = 1.383577518672690e+02, A5 = -3.066479806614716e+01,
            A6 = 2.506628277459239e+00;
    private static final double B1 = -5.447609879822406e+01, B2 = 1.615858368580409e+02,
            B3 = -1.556989798598866e+02, B4 = 6.680131188771972e+01, B5 = -1.328068155288572e+01;
    private static final double C1 = -7.784894002430293e-03, C2 = -3.223964580411365e-01,
            C3 = -2.400758277161838e+00, C4 = -2.549732539343734e+00, C5 = 4.374664141464968e+00,
            C6 = 2.938163982698783e+00;
    private static final double D1 = 7.784695709041462e-03, D2 = 3.224671290700398e-01,
            D3 = 2.445134137142996e+00, D4 = 3.754408661907416e+00;
}
