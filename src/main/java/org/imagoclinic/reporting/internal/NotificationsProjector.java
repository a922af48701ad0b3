package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.SESSION_REMINDER;

import java.time.ZoneOffset;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Notifications' events into the read models: which sessions a reminder went out for (ADR 0046).
 * Other messages sent (confirmations, offers, portal mail) count for nothing here.
 */
@Component
class NotificationsProjector {

    void sent(MessageSent e, DSLContext db) {
        if (e.template() != TemplateKind.REMINDER || e.appointmentId() == null || e.coupleId() == null) {
            return;
        }
        var r = SESSION_REMINDER;
        db.insertInto(r, r.APPOINTMENT_ID, r.COUPLE_ID, r.FIRST_SENT_AT)
                .values(e.appointmentId(), e.coupleId(), e.sentAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing().execute();
    }
}
