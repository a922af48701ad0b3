package org.imagoclinic.notifications.internal;

import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears scheduling's session events after their transaction committed, each in a transaction of
 * its own: a failing mail server never holds up a booking, since sending happens later from the
 * outbox. Delivery is at least once; the outbox's dedupe keys make a repeat change nothing.
 */
@Component
class SessionEventsListener {

    private final MessagePlanner planner;

    SessionEventsListener(MessagePlanner planner) {
        this.planner = planner;
    }

    @ApplicationModuleListener
    void on(SessionScheduled scheduled) {
        planner.booked(scheduled.appointmentId(), scheduled.coupleId(), scheduled.personIds(), scheduled.start(),
                scheduled.end());
    }

    @ApplicationModuleListener
    void on(SessionRescheduled rescheduled) {
        planner.moved(rescheduled.appointmentId(), rescheduled.coupleId(), rescheduled.personIds(),
                rescheduled.previousStart(), rescheduled.start(), rescheduled.end());
    }

    @ApplicationModuleListener
    void on(SessionCancelled cancelled) {
        planner.cancelled(cancelled.appointmentId(), cancelled.coupleId(), cancelled.personIds(), cancelled.start(),
                cancelled.end());
    }
}
