package org.imagoclinic.assessments;

import java.math.BigDecimal;

/**
 * Norms for reliable change (Jacobson &amp; Truax 1991): the standard deviation of the reference
 * group's scores and the instrument's reliability, with where they were published.
 *
 * @param sd the reference standard deviation, in score points; positive
 * @param reliability between 0 and 1, exclusive
 * @param source the publication the figures come from
 */
public record Norms(BigDecimal sd, BigDecimal reliability, String source) {

    /** The standard error of the difference between two scores: SD · √2 · √(1 − r). */
    public double standardErrorOfDifference() {
        return sd.doubleValue() * Math.sqrt(2) * Math.sqrt(1 - reliability.doubleValue());
    }
}
