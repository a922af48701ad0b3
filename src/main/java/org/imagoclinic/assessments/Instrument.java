package org.imagoclinic.assessments;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An outcome measure as data: its items with their printed options and scores, the range of the
 * total, which direction is better, the clinical cut-off and the norms for reliable change.
 *
 * @param code e.g. "CSI-16"
 * @param clinicalCutoff totals on the worse side of it are in the clinical range; null when the
 *                       instrument has none
 * @param norms the norms in use: published norms an administrator entered (they always win), else
 *              the clinic's own reference group once it is usable (ADR 0032); null without either
 * @param clinicSample the clinic's current figures for this instrument (frozen or the latest), used
 *                     or not; null when none have been computed
 */
public record Instrument(String code, String name, String citation, String licenceNote, @Nullable String instructions,
                         int minScore, int maxScore, boolean higherIsBetter, @Nullable BigDecimal clinicalCutoff,
                         @Nullable String cutoffSource, @Nullable Norms norms, List<InstrumentItem> items,
                         @Nullable ClinicFigures clinicSample) {

    /** An instrument without clinic figures. */
    public Instrument(String code, String name, String citation, String licenceNote, @Nullable String instructions,
                      int minScore, int maxScore, boolean higherIsBetter, @Nullable BigDecimal clinicalCutoff,
                      @Nullable String cutoffSource, @Nullable Norms norms, List<InstrumentItem> items) {
        this(code, name, citation, licenceNote, instructions, minScore, maxScore, higherIsBetter, clinicalCutoff,
                cutoffSource, norms, items, null);
    }

    /** The norms in use, if any. */
    public Optional<Norms> configuredNorms() {
        return Optional.ofNullable(norms);
    }

    /** The published norms an administrator entered, if any. */
    public Optional<Norms> publishedNorms() {
        return configuredNorms().filter(Norms::published);
    }

    /** How many more baselines the clinic's own reference group needs before its figures are used; 0 with enough. */
    public int baselinesNeeded() {
        return Math.max(0, ReferenceGroup.MINIMUM_BASELINES - (clinicSample == null ? 0 : clinicSample.baselines()));
    }

    /**
     * Why no partner can be classified on this instrument, in plain words ("… 12 more baselines
     * needed"); null when norms are in use.
     */
    public @Nullable String withoutNormsReason() {
        if (norms != null) {
            return null;
        }
        int baselines = clinicSample == null ? 0 : clinicSample.baselines();
        String start = "No published norms are entered for " + code + ", and ";
        int more = baselinesNeeded();
        if (clinicSample == null || more > 0) {   // without a sample, more is always above 0
            return start + "the clinic's own reference group has " + baselines + (baselines == 1 ? " baseline" : " baselines")
                    + " of the " + ReferenceGroup.MINIMUM_BASELINES + " it needs: " + more
                    + (more == 1 ? " more baseline" : " more baselines") + " needed.";
        }
        return start + "the clinic's own " + baselines + " baselines give no usable figures ("
                + clinicSample.describe() + "): a reliability needs totals that vary and an α between 0 and 1.";
    }

    /**
     * The total score of a complete set of answers, by the scoring key.
     *
     * @param answers one per item in item order: the position of the chosen option as printed, from 0
     * @throws InvalidInputException naming each item that is missing or out of range
     */
    public int score(List<@Nullable Integer> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (answers.size() != items.size()) {
            problems.put("answers", code + " has " + items.size() + " items; " + answers.size()
                    + (answers.size() == 1 ? " answer was" : " answers were") + " given.");
        }
        int total = 0;
        for (int i = 0; i < Math.min(answers.size(), items.size()); i++) {
            InstrumentItem item = items.get(i);
            Integer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null) {
                problems.put(field, "Item " + item.number() + " has no answer.");
            } else if (answer < 0 || answer >= item.options().size()) {
                problems.put(field, "Item " + item.number() + ": " + answer + " is not one of its "
                        + item.options().size() + " options (0 to " + (item.options().size() - 1) + ").");
            } else {
                total += item.options().get(answer).score();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return total;
    }

    /** Whether a total lies in the clinical range (worse than the cut-off); false without a cut-off. */
    public boolean inClinicalRange(int total) {
        if (clinicalCutoff == null) {
            return false;
        }
        int comparison = BigDecimal.valueOf(total).compareTo(clinicalCutoff);
        return higherIsBetter ? comparison < 0 : comparison > 0;
    }
}
