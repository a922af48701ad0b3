package org.imagoclinic.assessments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Norms for reliable change (Jacobson &amp; Truax 1991): the standard deviation of the reference
 * group's scores and the instrument's reliability, with where they come from. Either published
 * figures an administrator entered (they always win) or the clinic's own reference group (ADR 0032).
 * Published norms have a history: each set applies from its effective date on (ADR 0061).
 *
 * @param sd the reference standard deviation, in score points; positive
 * @param reliability between 0 and 1, exclusive
 * @param source the publication the figures come from; for the clinic sample, the sample in plain
 *               words ("clinic sample, n = 212 baselines, SD 12.4, α .93, as of 2026-12-07")
 * @param effectiveFrom for published norms, the first day whose measurements they judge; null for a
 *                      set entered without a date (it serves every day before the first dated set)
 *                      and for the clinic sample
 * @param clinicSample the clinic's figures these norms are; null for published norms
 */
public record Norms(BigDecimal sd, BigDecimal reliability, String source, @Nullable LocalDate effectiveFrom,
                    @Nullable ClinicFigures clinicSample) {

    /** Published norms without an effective date: in force from the start. */
    public Norms(BigDecimal sd, BigDecimal reliability, String source) {
        this(sd, reliability, source, null, null);
    }

    /** Published norms, as an administrator enters them, in force from {@code effectiveFrom} (null: from the start). */
    public Norms(BigDecimal sd, BigDecimal reliability, String source, @Nullable LocalDate effectiveFrom) {
        this(sd, reliability, source, effectiveFrom, null);
    }

    /** Norms from usable clinic figures (SD₁ and α at full precision). */
    public static Norms of(ClinicFigures figures) {
        if (!figures.usable()) {
            throw new IllegalArgumentException("These clinic figures cannot serve as norms: " + figures.describe());
        }
        return new Norms(BigDecimal.valueOf(Objects.requireNonNull(figures.sd())),
                BigDecimal.valueOf(Objects.requireNonNull(figures.alpha())), figures.describe(), null, figures);
    }

    /** Whether an administrator entered these from a publication. */
    public boolean published() {
        return clinicSample == null;
    }

    /** The standard error of the difference between two scores: SD · √2 · √(1 − r). */
    public double standardErrorOfDifference() {
        return sd.doubleValue() * Math.sqrt(2) * Math.sqrt(1 - reliability.doubleValue());
    }

    /**
     * Which norms these are, in plain words: the clinic sample with its size, SD, α and date, or the
     * published source with its SD and reliability, and the day it is in force from when it has one.
     */
    public String describe() {
        return clinicSample != null ? clinicSample.describe()
                : "published norms: " + source + " (SD " + sd.stripTrailingZeros().toPlainString() + ", reliability "
                + reliability.stripTrailingZeros().toPlainString()
                + (effectiveFrom == null ? "" : ", in force from " + effectiveFrom) + ")";
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Two decimals without the leading zero, as reliabilities are printed: ".93". */
    static String twoDecimals(double value) {
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return text.startsWith("0.") ? text.substring(1) : text.startsWith("-0.") ? "-" + text.substring(2) : text;
    }
}
