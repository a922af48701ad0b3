package org.imagoclinic.assessments.internal.measures;

import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.MeasureCompleted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps a scored form, brings the clinic-sample norms up to date when it is a baseline (ADR 0032) and
 * publishes {@link MeasureCompleted}, all in the caller's transaction.
 */
@Component
class AdministrationRecorder {

    private final AdministrationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicNormsService clinicNorms;

    AdministrationRecorder(AdministrationStore store, ApplicationEventPublisher events, Clock clock,
                           ClinicNormsService clinicNorms) {
        this.store = store;
        this.clinicNorms = clinicNorms;
        this.events = events;
        this.clock = clock;
    }

    Administration keep(UUID id, ScoredForm form, AdministrationSource source, String enteredBy, @Nullable UUID staffId,
                        @Nullable UUID kioskLinkId) {
        Administration administration = new Administration(id, form.coupleId(), form.partnerId(), form.episodeId(),
                form.instrument().code(), form.administeredOn(), form.answers(), form.score(), form.clinicalRange(),
                source, enteredBy, clock.instant());
        store.insert(administration, staffId, kioskLinkId);
        clinicNorms.stored(administration, form.instrument());
        events.publishEvent(new MeasureCompleted(id, form.coupleId(), form.partnerId(), form.episodeId(),
                form.instrument().code(), form.score(), form.clinicalRange(), form.administeredOn()));
        return administration;
    }
}
