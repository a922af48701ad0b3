package org.imagoclinic.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The instrument and the norms an outcome figure rests on, shown with their sources on every report.
 *
 * @param cutoff the clinical cut-off, null when the instrument has none
 * @param sd the reference SD for reliable change; null when no norms are configured
 * @param reliability the instrument's reliability; null when no norms are configured
 * @param source where the norms were published; null when no norms are configured
 * @param reliableChangeIn the score change needed for reliable change (1.96 · S_diff), null without norms
 * @param basis which norms these are, in plain words: "clinic sample, n = 212 baselines, SD 12.4, α .93, as
 *              of 2026-12-07" (the clinic's own reference group, ADR 0032) or "published norms: " and the
 *              source an administrator entered; null without norms
 * @param withoutNorms why there are no norms yet (e.g. "… 12 more baselines needed."); null with norms
 */
public record NormsUsed(String instrument, String instrumentName, boolean higherIsBetter, @Nullable BigDecimal cutoff,
                        @Nullable String cutoffSource, @Nullable BigDecimal sd, @Nullable BigDecimal reliability,
                        @Nullable String source, @Nullable Double reliableChangeIn, @Nullable String basis,
                        @Nullable String withoutNorms) {

    /** Whether partners can be classified at all. */
    public boolean configured() {
        return sd != null;
    }

    /** In plain words, for reports and exports. */
    public String describe() {
        String cut = cutoff == null ? "no clinical cut-off" : "clinical cut-off " + cutoff.stripTrailingZeros().toPlainString()
                + (cutoffSource == null ? "" : " (" + cutoffSource + ")");
        if (sd == null) {
            return instrument + ": " + cut + "; no partner or couple can be classified yet. " + withoutNorms;
        }
        return instrument + ": " + cut + "; classes from " + basis + ", the norms in force on the report's last day; "
                + "Jacobson & Truax 1991 with S_diff = "
                + "SD·√2·√(1−r), reliable when |RC| > 1.96.";
    }
}
