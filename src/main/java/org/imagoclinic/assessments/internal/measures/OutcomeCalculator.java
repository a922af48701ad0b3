package org.imagoclinic.assessments.internal.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.assessments.OutcomeReport.PartnerOutcome;
import org.imagoclinic.assessments.OutcomeReport.Point;
import org.imagoclinic.assessments.ReliableChange;
import org.jspecify.annotations.Nullable;

/**
 * Each partner's baseline (first administration of the episode), current score (latest), reliable
 * change and class on one instrument, and the couple's class, with the norms in use: published, else
 * the clinic's own reference group (ADR 0032); without either it says how many baselines are missing.
 */
final class OutcomeCalculator {

    /** A partner as the report names them. */
    record PartnerRef(UUID personId, String name) {
    }

    private OutcomeCalculator() {
    }

    /**
     * @param administrations the episode's administrations of this instrument, oldest first
     */
    static InstrumentOutcome outcome(Instrument instrument, List<PartnerRef> partners, List<Administration> administrations) {
        Norms norms = instrument.norms();
        List<PartnerOutcome> outcomes = new ArrayList<>();
        List<String> notEnough = new ArrayList<>();
        for (PartnerRef partner : partners) {
            List<Point> scores = administrations.stream()
                    .filter(administration -> administration.partnerId().equals(partner.personId()))
                    .map(administration -> new Point(administration.administeredOn(), administration.score(),
                            administration.clinicalRange()))
                    .toList();
            if (scores.size() < 2) {
                notEnough.add(partner.name() + (scores.isEmpty() ? " has not answered yet" : " has one score so far"));
            }
            outcomes.add(partnerOutcome(instrument, norms, partner, scores));
        }
        String reason = reason(instrument, norms, notEnough);
        CoupleOutcomeClass couple = outcomes.size() == 2 && outcomes.get(0).outcome() != null && outcomes.get(1).outcome() != null
                ? CoupleOutcomeClass.of(outcomes.get(0).outcome(), outcomes.get(1).outcome()) : null;
        return new InstrumentOutcome(instrument.code(), instrument.name(), instrument.clinicalCutoff(), instrument.minScore(),
                instrument.maxScore(), instrument.higherIsBetter(), norms, reason, outcomes, couple);
    }

    private static PartnerOutcome partnerOutcome(Instrument instrument, @Nullable Norms norms, PartnerRef partner,
                                                 List<Point> scores) {
        Point baseline = scores.isEmpty() ? null : scores.getFirst();
        Point current = scores.isEmpty() ? null : scores.getLast();
        if (norms == null || scores.size() < 2) {
            return new PartnerOutcome(partner.personId(), partner.name(), scores, baseline, current, null, null);
        }
        ReliableChange change = ReliableChange.between(baseline.score(), current.score(), instrument, norms);
        return new PartnerOutcome(partner.personId(), partner.name(), scores, baseline, current, change.index(),
                change.outcome());
    }

    private static @Nullable String reason(Instrument instrument, @Nullable Norms norms, List<String> notEnough) {
        if (norms == null) {
            return "No classification yet: " + instrument.withoutNormsReason()
                    + " An administrator can also enter published norms under Measure norms.";
        }
        if (!notEnough.isEmpty()) {
            return "A class needs a baseline and a later score for each partner: " + String.join("; ", notEnough) + ".";
        }
        return null;
    }
}
