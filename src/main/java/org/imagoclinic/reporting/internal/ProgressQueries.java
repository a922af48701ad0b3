package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.MEASURE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        var f = EPISODE_FACT;
        var episode = dsl.select(f.EPISODE_ID, f.SESSIONS_ATTENDED, f.SESSIONS_MISSED, f.REQUESTS_MADE,
                        f.REQUESTS_FOLLOWED_UP, f.REQUESTS_KEPT)
                .from(f).where(f.COUPLE_ID.eq(couple.id())).orderBy(f.OPENED_ON.desc(), f.EPISODE_ID).limit(1).fetchOptional();
        if (episode.isEmpty()) {
            return new CoupleProgress(couple.id(), null, norms, List.of(), null,
                    "No episode of care has been opened for this couple yet.", 0, 0, 0, 0, 0, List.of(), List.of());
        }
        var facts = episode.get();
        UUID episodeId = facts.value1();
        Map<UUID, List<Score>> scores = new LinkedHashMap<>();
        scores.put(couple.partnerA().personId(), new ArrayList<>());
        scores.put(couple.partnerB().personId(), new ArrayList<>());
        var m = MEASURE;
        dsl.select(m.PARTNER_ID, m.ADMINISTERED_ON, m.SCORE, m.CLINICAL_RANGE).from(m)
                .where(m.EPISODE_ID.eq(episodeId)).and(m.INSTRUMENT_CODE.eq(instrument.code()))
                .orderBy(m.ADMINISTERED_ON, m.ADMINISTRATION_ID)
                .forEach(row -> scores.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new Score(row.value2(), row.value3(), row.value4())));
        List<PartnerTrend> partners = new ArrayList<>();
        List<OutcomeClass> classes = new ArrayList<>();
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            List<Score> own = scores.get(partner.personId());
            String outcome;
            Double index = null;
            if (own.size() < 2) {
                outcome = "Too few measures to classify (" + own.size() + ")";
            } else if (instrument.norms() == null) {
                outcome = "Not classified: no norms yet (" + instrument.baselinesNeeded() + " more baselines needed)";
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
                : instrument.norms() == null ? instrument.withoutNormsReason() : "Each partner needs at least two scores before the couple can be classified.";
        return new CoupleProgress(couple.id(), episodeId, norms, partners, pair, note, facts.value2(), facts.value3(),
                facts.value4(), facts.value5(), facts.value6(), practice.skillsOf(episodeId),
                List.of(couple.partnerA(), couple.partnerB()).stream().map(partner -> new CoupleProgress.PartnerSkills(
                        partner.personId(), partner.displayName(), practice.skillsOf(episodeId, partner.personId()))).toList());
    }
}
