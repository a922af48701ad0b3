package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.ACCOUNT;
import static org.imagoclinic.portal.internal.db.Tables.LINK_REQUEST;
import static org.imagoclinic.portal.internal.db.Tables.PRACTICE_ENTRY;
import static org.imagoclinic.portal.internal.db.Tables.SESSION_REQUEST;
import static org.imagoclinic.portal.internal.db.Tables.SIGN_IN_TOKEN;
import static org.imagoclinic.portal.internal.db.Tables.TREND_SHARING;

import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Disposes of the partners' portal (ADR 0049): their home-practice log, their requests to cancel or
 * move sessions, their sign-in links and link requests, and their accounts. Running it again finds
 * nothing left.
 */
@Component
class PortalDisposal {

    private static final Logger log = LoggerFactory.getLogger(PortalDisposal.class);

    private final DSLContext db;

    PortalDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        UUID couple = disposal.coupleId();
        var accounts = db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.COUPLE_ID.eq(couple));
        db.deleteFrom(LINK_REQUEST).where(LINK_REQUEST.EMAIL_KEY.in(db.select(DSL.lower(DSL.trim(ACCOUNT.EMAIL)))
                .from(ACCOUNT).where(ACCOUNT.COUPLE_ID.eq(couple)))).execute();
        db.deleteFrom(SIGN_IN_TOKEN).where(SIGN_IN_TOKEN.ACCOUNT_ID.in(accounts)).execute();
        int entries = db.deleteFrom(PRACTICE_ENTRY).where(PRACTICE_ENTRY.COUPLE_ID.eq(couple)
                .or(PRACTICE_ENTRY.ACCOUNT_ID.in(accounts))).execute();
        db.deleteFrom(SESSION_REQUEST).where(SESSION_REQUEST.COUPLE_ID.eq(couple).or(SESSION_REQUEST.ACCOUNT_ID.in(accounts)))
                .execute();
        db.deleteFrom(TREND_SHARING).where(TREND_SHARING.COUPLE_ID.eq(couple)).execute();
        int removed = db.deleteFrom(ACCOUNT).where(ACCOUNT.COUPLE_ID.eq(couple)).execute();
        log.info("Disposal {}: {} portal account(s) and {} practice entries removed", disposal.disposalId(), removed, entries);
    }
}
