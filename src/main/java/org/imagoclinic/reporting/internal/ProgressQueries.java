package org.imagoclinic.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.assessments.ReliableChange;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.reporting.CoupleProgress;
import org.imagoclinic.reporting.CoupleProgress.PartnerTrend;
import org.imagoclinic.reporting.CoupleProgress.Score;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** One couple's progress in their latest episode, from the measure rows and the episode's facts. */
@Component
class ProgressQueries {

    private final DSLContext dsl;
    private final PracticeQueries practice;

    ProgressQueries(DSLContext dsl, PracticeQueries practice) {
        this.dsl = dsl;
        this.practice = practice;
    }

    CoupleProgress progress(Couple couple, Instrument instrument) {
        var norms = OutcomesAssembler.norms(instrument);
        Optional<Record> episode = dsl.fetchOptional("select episode_id, sessions_attended, sessions_missed, requests_made, "
                + "requests_followed_up, requests_kept from reporting.episode_fact where couple_id = ? "
                + "order by opened_on desc, episode_id limit 1", couple.id());
        if (episode.isEmpty()) {
            return new CoupleProgress(couple.id(), null, norms, List.of(), null,
                    "No episode of care has been opened for this couple yet.", 0, 0, 0, 0, 0, List.of());
        }
        Record facts = episode.get();
        UUID episodeId = facts.get(0, UUID.class);
        Map<UUID, List<Score>> scores = new LinkedHashMap<>();
        scores.put(couple.partnerA().personId(), new ArrayList<>());
        scores.put(couple.partnerB().personId(), new ArrayList<>());
        for (Record row : dsl.fetch("select partner_id, administered_on, score, clinical_range from reporting.measure "
                + "where episode_id = ? and instrument_code = ? order by administered_on, administration_id", episodeId,
                instrument.code())) {
            scores.computeIfAbsent(row.get(0, UUID.class), id -> new ArrayList<>()).add(
                    new Score(row.get(1, LocalDate.class), row.get(2, Integer.class), row.get(3, Boolean.class)));
        }
        List<PartnerTrend> partners = new ArrayList<>();
        List<OutcomeClass> classes = new ArrayList<>();
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            List<Score> own = scores.get(partner.personId());
            String outcome;
            Double index = null;
            if (own.size() < 2) {
                outcome = "Too few measures to classify (" + own.size() + ")";
            } else if (instrument.norms() == null) {
                outcome = "Not classified: no norms configured";
            } else {
                ReliableChange change = ReliableChange.between(own.getFirst().score(), own.getLast().score(), instrument,
                        instrument.norms());
                index = change.index();
                classes.add(change.outcome());
                outcome = change.outcome().label();
            }
            partners.add(new PartnerTrend(partner.personId(), partner.displayName(), own, index, outcome));
        }
        String pair = classes.size() == 2 ? CoupleOutcomeClass.of(classes.get(0), classes.get(1)).label() : null;
        String note = pair != null ? "Baseline is each partner's first " + instrument.code() + " score of the episode, current the latest."
                : instrument.norms() == null ? "No norms for reliable change are configured for " + instrument.code()
                + ", so no class can be given." : "Each partner needs at least two scores before the couple can be classified.";
        return new CoupleProgress(couple.id(), episodeId, norms, partners, pair, note, facts.get(1, Integer.class),
                facts.get(2, Integer.class), facts.get(3, Integer.class), facts.get(4, Integer.class),
                facts.get(5, Integer.class), practice.skillsOf(episodeId));
    }
}
