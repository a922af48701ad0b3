package org.imagoclinic.assessments.internal.measures;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.OutcomeReport;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.assessments.internal.measures.OutcomeCalculator.PartnerRef;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutcomeService implements MeasureOutcomes {

    private final MeasureAccess access;
    private final Couples couples;
    private final MeasureCatalogue catalogue;
    private final AdministrationStore store;

    OutcomeService(MeasureAccess access, Couples couples, MeasureCatalogue catalogue, AdministrationStore store) {
        this.access = access;
        this.couples = couples;
        this.catalogue = catalogue;
        this.store = store;
    }

    @Override
    @Transactional
    public OutcomeReport outcomesOf(UUID coupleId) {
        access.require(coupleId, AuditAction.VIEW, MeasureAccess.OUTCOMES, coupleId);
        Couple couple = couples.get(coupleId);
        UUID episodeId = couple.openEpisode().or(() -> couple.episodes().stream().findFirst())
                .map(Episode::id).orElse(null);
        List<Administration> ofEpisode = store.ofCouple(coupleId).stream()
                .filter(administration -> Objects.equals(administration.episodeId(), episodeId))
                .toList();
        List<PartnerRef> partners = List.of(
                new PartnerRef(couple.partnerA().personId(), couple.partnerA().displayName()),
                new PartnerRef(couple.partnerB().personId(), couple.partnerB().displayName()));
        List<InstrumentOutcome> outcomes = catalogue.instruments().stream()
                .filter(instrument -> ofEpisode.stream().anyMatch(a -> a.instrumentCode().equals(instrument.code())))
                .map(instrument -> OutcomeCalculator.outcome(instrument, partners, only(ofEpisode, instrument)))
                .toList();
        return new OutcomeReport(coupleId, episodeId, outcomes);
    }

    private static List<Administration> only(List<Administration> administrations, Instrument instrument) {
        return administrations.stream().filter(a -> a.instrumentCode().equals(instrument.code())).toList();
    }
}
