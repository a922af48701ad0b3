package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated set of figures from the clinic's own reference group (ADR 0032), as kept in the history:
 * written when baselines arrive and change them.
 *
 * @param id the history entry
 * @param asOf the clinic's day the figures were computed
 * @param frozen whether an administrator froze these figures for the instrument
 */
public record ClinicFigures(long id, String instrumentCode, int baselines, @Nullable Double sd, @Nullable Double alpha,
                            LocalDate asOf, Instant computedAt, boolean frozen) {

    /** The figures without their date. */
    public ReferenceGroup group() {
        return new ReferenceGroup(baselines, sd, alpha);
    }

    /** Whether they can serve as norms (see {@link ReferenceGroup#usable()}). */
    public boolean usable() {
        return group().usable();
    }

    /** In plain words, e.g. "clinic sample, n = 212 baselines, SD 12.4, α .93, as of 2026-12-07". */
    public String describe() {
        return "clinic sample, n = " + baselines + (baselines == 1 ? " baseline" : " baselines")
                + (sd == null ? "" : ", SD " + Norms.oneDecimal(sd))
                + (alpha == null ? "" : ", α " + Norms.twoDecimals(alpha))
                + ", as of " + asOf + (frozen ? ", frozen by an administrator" : "");
    }
}
