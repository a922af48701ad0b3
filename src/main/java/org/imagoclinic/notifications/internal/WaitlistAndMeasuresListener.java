package org.imagoclinic.notifications.internal;

import org.imagoclinic.assessments.MeasureFellDue;
import org.imagoclinic.assessments.MeasureOccasion;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.scheduling.WaitlistOfferClosed;
import org.imagoclinic.scheduling.WaitlistSlotOffered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears a freed slot offered to a waiting couple, an offer closed, and a measure falling due, after
 * their transactions committed (ADR 0046): each partner who consented hears of an offer (date, time,
 * place, by when to call) and of a review or closing questionnaire (no instrument named); an offer that closed before
 * its message went is set aside.
 */
@Component
class WaitlistAndMeasuresListener {

    private final MessagePlanner planner;
    private final OutboxRepository outbox;

    WaitlistAndMeasuresListener(MessagePlanner planner, OutboxRepository outbox) {
        this.planner = planner;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(WaitlistSlotOffered offered) {
        planner.toCouple(TemplateKind.WAITLIST_OFFER, offered.coupleId(), offered.offerId(),
                offered.freedAppointmentId(), offered.start(), offered.end(), offered.expiresAt());
    }

    @ApplicationModuleListener
    void on(WaitlistOfferClosed closed) {
        outbox.suppressQueuedOffer(closed.freedAppointmentId(), closed.coupleId(),
                "the offer closed: " + closed.answer().label().toLowerCase());
    }

    /** The baseline is taken at the couple's first joint session, which its booking message announces already. */
    @ApplicationModuleListener
    void on(MeasureFellDue due) {
        if (due.occasion() == MeasureOccasion.BASELINE) {
            return;
        }
        planner.toCouple(TemplateKind.MEASURE_DUE, due.coupleId(), due.measureDueId(), null, null, null, null);
    }
}
