package org.imagoclinic.scheduling.internal;

import org.imagoclinic.scheduling.SessionCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A cancelled session's slot is offered to the waitlist after the cancellation committed (ADR 0046). */
@Component
class WaitlistOfferListener {

    private final WaitlistOffers offers;

    WaitlistOfferListener(WaitlistOffers offers) {
        this.offers = offers;
    }

    @ApplicationModuleListener
    void on(SessionCancelled cancelled) {
        if (WaitlistOffers.OFFERED_KINDS.contains(cancelled.kind())) {
            offers.slotFreed(cancelled.appointmentId());
        }
    }
}
