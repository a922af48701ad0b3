package org.imagoclinic.assessments.internal.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.ReferenceGroup;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each instrument's clinic-sample figures current: recomputed in the transaction that stores a
 * baseline (each partner's first administration in an episode), never per page view; a new dated
 * entry only when the figures change; nothing while frozen (ADR 0032).
 */
@Service
class ClinicNormsService implements ClinicSampleNorms {

    private static final int HISTORY_SHOWN = 100;

    private final ClinicNormsStore store;
    private final MeasureCatalogue catalogue;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClinicNormsService(ClinicNormsStore store, MeasureCatalogue catalogue, AuditTrail audit, CurrentUser currentUser,
                       Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Called in the recording transaction: a new baseline changes the figures, a later form does not. */
    void stored(Administration administration, Instrument instrument) {
        UUID episodeId = administration.episodeId();
        if (episodeId != null
                && store.isBaseline(administration.id(), episodeId, administration.partnerId(), instrument.code())) {
            recompute(instrument);
        }
    }

    /** A database that had forms before these figures existed gets them on start. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void computeWhereMissing() {
        for (Instrument instrument : catalogue.instruments()) {
            if (store.latest(instrument.code()).isEmpty()) {
                recompute(instrument);
            }
        }
    }

    @Override
    @Transactional
    public void refresh(String code) {
        recompute(instrument(code));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public History history(String code) {
        Instrument instrument = instrument(code);
        return new History(code, store.inForce(code).orElse(null), store.isFrozen(code),
                instrument.publishedNorms().isPresent(), store.history(code, HISTORY_SHOWN));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public History freeze(String code) {
        instrument(code);
        store.lock(code);
        if (!store.isFrozen(code)) {
            ClinicFigures current = store.latest(code).filter(ClinicFigures::usable)
                    .orElseThrow(() -> new BusinessRuleException("There are no clinic figures for " + code
                            + " to freeze yet: " + store.latest(code).map(f -> f.group().moreNeeded()).orElse(
                            ReferenceGroup.MINIMUM_BASELINES) + " more baselines needed."));
            store.freeze(code, current.id(), OffsetDateTime.now(clock), currentUser.require().username());
            audit.record(AuditRecord.allowed(AuditAction.UPDATE, "ClinicNorms", code)
                    .because("frozen at " + current.describe()));
        }
        return history(code);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public History unfreeze(String code) {
        Instrument instrument = instrument(code);
        store.lock(code);
        if (store.unfreeze(code)) {
            audit.record(AuditRecord.allowed(AuditAction.UPDATE, "ClinicNorms", code).because("unfrozen"));
            recompute(instrument);
        }
        return history(code);
    }

    private void recompute(Instrument instrument) {
        String code = instrument.code();
        store.lock(code);
        if (store.isFrozen(code)) {
            return;
        }
        List<int[]> forms = new ArrayList<>();
        for (Integer[] answers : store.baselineAnswers(code)) {
            if (answers.length == instrument.items().size()) {
                forms.add(itemScores(instrument, answers));
            }
        }
        store.keepIfChanged(code, ReferenceGroup.of(forms), LocalDate.now(clock), OffsetDateTime.now(clock));
    }

    /** The printed positions turned into scores by the instrument's key (reversed items included). */
    private static int[] itemScores(Instrument instrument, Integer[] answers) {
        int[] scores = new int[answers.length];
        for (int i = 0; i < answers.length; i++) {
            List<InstrumentItem.AnswerOption> options = instrument.items().get(i).options();
            scores[i] = options.get(answers[i]).score();
        }
        return scores;
    }

    private Instrument instrument(String code) {
        return catalogue.find(code).orElseThrow(() -> new NotFoundException("There is no instrument " + code + "."));
    }
}
