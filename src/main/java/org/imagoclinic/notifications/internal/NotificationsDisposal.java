package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.CONSENT_CHANGE;
import static org.imagoclinic.notifications.internal.db.Tables.OUTBOX_MESSAGE;
import static org.imagoclinic.notifications.internal.db.Tables.PARTNER_PREFERENCES;

import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Disposes of the messages about the couple and to its partners (ADR 0049), and of each partner's
 * message preferences and consent history unless a message shows them as a partner in another couple
 * (preferences are per person: one inbox, whichever couple a message is about). Running it again finds
 * nothing left.
 */
@Component
class NotificationsDisposal {

    private static final Logger log = LoggerFactory.getLogger(NotificationsDisposal.class);

    private final DSLContext db;

    NotificationsDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        UUID couple = disposal.coupleId();
        int messages = db.deleteFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.COUPLE_ID.eq(couple)
                .or(OUTBOX_MESSAGE.COUPLE_ID.isNull().and(OUTBOX_MESSAGE.PARTNER_ID.in(disposal.partnerIds())))).execute();
        var inAnotherCouple = db.select(OUTBOX_MESSAGE.PARTNER_ID).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.PARTNER_ID.in(disposal.partnerIds()));
        db.deleteFrom(PARTNER_PREFERENCES).where(PARTNER_PREFERENCES.PARTNER_ID.in(disposal.partnerIds()),
                PARTNER_PREFERENCES.PARTNER_ID.notIn(inAnotherCouple)).execute();
        db.deleteFrom(CONSENT_CHANGE).where(CONSENT_CHANGE.PARTNER_ID.in(disposal.partnerIds()),
                CONSENT_CHANGE.PARTNER_ID.notIn(inAnotherCouple)).execute();
        log.info("Disposal {}: {} message(s) removed from notifications", disposal.disposalId(), messages);
    }
}
