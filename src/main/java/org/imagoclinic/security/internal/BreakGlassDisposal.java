package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.BREAK_GLASS_GRANT;

import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Break-glass grants stay, so the review keeps counting who opened records they were not on the care
 * team of; when the couple's record is disposed of (ADR 0049) a grant points at the couple's pseudonym
 * and its free-text reason, which may name them, is replaced.
 */
@Component
class BreakGlassDisposal {

    static final String REASON = "Reason removed when the couple's record was disposed of.";

    private static final Logger log = LoggerFactory.getLogger(BreakGlassDisposal.class);

    private final DSLContext db;

    BreakGlassDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        int grants = db.update(BREAK_GLASS_GRANT).set(BREAK_GLASS_GRANT.COUPLE_ID, disposal.couplePseudonym())
                .set(BREAK_GLASS_GRANT.REASON, REASON)
                .where(BREAK_GLASS_GRANT.COUPLE_ID.eq(disposal.coupleId())).execute();
        log.info("Disposal {}: {} break-glass grant(s) now carry the couple's pseudonym", disposal.disposalId(), grants);
    }
}
