package org.imagoclinic.clients.internal;

import static org.imagoclinic.clients.internal.db.Tables.CONSENT;
import static org.imagoclinic.clients.internal.db.Tables.COUPLE;
import static org.imagoclinic.clients.internal.db.Tables.EPISODE;
import static org.imagoclinic.clients.internal.db.Tables.EPISODE_CHANGE;
import static org.imagoclinic.clients.internal.db.Tables.INTAKE;
import static org.imagoclinic.clients.internal.db.Tables.PERSON;
import static org.imagoclinic.clients.internal.db.Tables.SCREEN;
import static org.imagoclinic.clients.internal.db.Tables.SCREENING_DECISION;

import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Disposes of the clients module's part of a couple's record (ADR 0049): its screens and decisions,
 * consents, episodes, intake, the couple, and each partner unless they are a partner in another couple
 * still on record. Running it again finds nothing left.
 */
@Component
class ClientsDisposal {

    private static final Logger log = LoggerFactory.getLogger(ClientsDisposal.class);

    private final DSLContext db;

    ClientsDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        UUID couple = disposal.coupleId();
        db.deleteFrom(SCREENING_DECISION).where(SCREENING_DECISION.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(SCREEN).where(SCREEN.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(CONSENT).where(CONSENT.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(EPISODE_CHANGE).where(EPISODE_CHANGE.EPISODE_ID.in(
                db.select(EPISODE.ID).from(EPISODE).where(EPISODE.COUPLE_ID.eq(couple)))).execute();
        db.deleteFrom(EPISODE).where(EPISODE.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(INTAKE).where(INTAKE.COUPLE_ID.eq(couple)).execute();
        int couples = db.deleteFrom(COUPLE).where(COUPLE.ID.eq(couple)).execute();
        int persons = db.deleteFrom(PERSON).where(PERSON.ID.in(disposal.partnerIds()),
                PERSON.ID.notIn(db.select(COUPLE.PARTNER_A_ID).from(COUPLE)),
                PERSON.ID.notIn(db.select(COUPLE.PARTNER_B_ID).from(COUPLE))).execute();
        log.info("Disposal {}: {} couple and {} partner(s) removed from clients", disposal.disposalId(), couples, persons);
    }
}
