package org.imagoclinic.reporting;

/**
 * A funnel plot's control limits at one caseload size: where a therapist's share would fall with
 * 95 % and 99.8 % probability if their couples did as well as the clinic's. Binomial limits with the
 * normal approximation, target ± z·√(target·(1 − target)/n), cut to 0 to 1: the score test that the
 * Wilson interval inverts, so a share lies outside the 95 % limits exactly when the clinic's share
 * lies outside its 95 % Wilson interval (ADR 0039).
 *
 * @param target the clinic's share, the funnel's centre line
 * @param n the caseload size (partners or couples classified)
 */
public record ControlLimits(double target, int n, double lower95, double upper95, double lower998, double upper998) {

    /** The two-sided 99.8 % normal quantile, Φ⁻¹(0.999). */
    public static final double Z998 = 3.090232306167813;

    /**
     * The limits around {@code target} for a caseload of {@code n}.
     *
     * @throws IllegalArgumentException when n is not positive or the target not a share
     */
    public static ControlLimits around(double target, int n) {
        if (n <= 0 || target < 0 || target > 1) {
            throw new IllegalArgumentException("limits need a caseload and a share: n " + n + ", target " + target);
        }
        double se = Math.sqrt(target * (1 - target) / n);
        return new ControlLimits(target, n, clip(target - ShareInterval.Z95 * se), clip(target + ShareInterval.Z95 * se),
                clip(target - Z998 * se), clip(target + Z998 * se));
    }

    /** Where a share falls against these limits, in plain words. */
    public String position(double share) {
        if (share < lower998 || share > upper998) {
            return share < target ? "below the 99.8 % limit" : "above the 99.8 % limit";
        }
        if (share < lower95 || share > upper95) {
            return share < target ? "below the 95 % limit" : "above the 95 % limit";
        }
        return "within the limits";
    }

    private static double clip(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
