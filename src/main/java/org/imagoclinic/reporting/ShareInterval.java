package org.imagoclinic.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A share with its 95 % Wilson score interval, e.g. 7 of 20 = 0.35 [0.181, 0.567]. The Wilson
 * interval stays inside 0 to 1 and keeps its coverage with the small counts of one caseload, where
 * the usual p ± 1.96·SE does not (ADR 0039).
 *
 * @param count the k: how many of the n count towards the share
 * @param n how many the share is of; 0 when there is nothing to share out
 * @param share count / n; null when n is 0
 * @param lower lower end of the 95 % interval; null when n is 0
 * @param upper upper end of the 95 % interval; null when n is 0
 * (count, n and the share are null when suppressed for a reader without a clinical role: {@link SmallCounts})
 */
public record ShareInterval(@Nullable Integer count, @Nullable Integer n, @Nullable Double share, @Nullable Double lower, @Nullable Double upper) {

    /** The two-sided 95 % normal quantile, Φ⁻¹(0.975). */
    public static final double Z95 = 1.959963984540054;

    /**
     * k of n with the Wilson score interval: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
     *
     * @throws IllegalArgumentException when count is negative or more than n
     */
    public static ShareInterval wilson(int count, int n) {
        if (count < 0 || count > n) {
            throw new IllegalArgumentException(count + " of " + n + " is not a share");
        }
        if (n == 0) {
            return new ShareInterval(0, 0, null, null, null);
        }
        double p = (double) count / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new ShareInterval(count, n, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
