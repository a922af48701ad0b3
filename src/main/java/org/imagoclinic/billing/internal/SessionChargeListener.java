package org.imagoclinic.billing.internal;

import org.imagoclinic.billing.internal.SessionCharges.Occurrence;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Charges what scheduling reports: a completed session (a workshop: each couple's place for the day),
 * a no-show, and a late cancellation by the client. A cancellation by the clinic, or one in good time,
 * costs nothing. Each is idempotent ({@link SessionCharges}).
 */
@Component
class SessionChargeListener {

    private final SessionCharges charges;

    SessionChargeListener(SessionCharges charges) {
        this.charges = charges;
    }

    @ApplicationModuleListener
    void on(SessionCompleted session) {
        charges.completed(new Occurrence(session.appointmentId(), session.kind(), session.coupleId(),
                session.personIds(), session.therapistIds(), session.start(), session.end()));
    }

    @ApplicationModuleListener
    void on(SessionMissed session) {
        charges.missed(new Occurrence(session.appointmentId(), session.kind(), session.coupleId(),
                session.personIds(), session.therapistIds(), session.start(), session.end()));
    }

    @ApplicationModuleListener
    void on(SessionCancelled session) {
        if (session.late() && session.by() == CancelledBy.CLIENT) {
            charges.cancelledLate(new Occurrence(session.appointmentId(), session.kind(), session.coupleId(),
                    session.personIds(), session.therapistIds(), session.start(), session.end()));
        }
    }
}
