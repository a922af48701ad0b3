package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.APPOINTMENT;
import static org.imagoclinic.scheduling.internal.db.Tables.APPOINTMENT_MOVE;
import static org.imagoclinic.scheduling.internal.db.Tables.OCCUPANCY;
import static org.imagoclinic.scheduling.internal.db.Tables.WAITLIST_ENTRY;
import static org.imagoclinic.scheduling.internal.db.Tables.WORKSHOP_ENROLMENT;

import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.Record1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Disposes of the couple's sessions (ADR 0049): their appointments with their moves and places held,
 * their places on workshops (the workshop itself stays for the other couples) and their waitlist
 * entries. Running it again finds nothing left.
 */
@Component
class SchedulingDisposal {

    private static final Logger log = LoggerFactory.getLogger(SchedulingDisposal.class);

    private final DSLContext db;

    SchedulingDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        UUID couple = disposal.coupleId();
        Select<Record1<UUID>> sessions = db.select(APPOINTMENT.ID).from(APPOINTMENT).where(APPOINTMENT.COUPLE_ID.eq(couple));
        db.deleteFrom(WAITLIST_ENTRY).where(WAITLIST_ENTRY.COUPLE_ID.eq(couple)).execute();
        db.update(WAITLIST_ENTRY).setNull(WAITLIST_ENTRY.APPOINTMENT_ID).where(WAITLIST_ENTRY.APPOINTMENT_ID.in(sessions))
                .execute();
        db.deleteFrom(WORKSHOP_ENROLMENT).where(WORKSHOP_ENROLMENT.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(OCCUPANCY).where(OCCUPANCY.COUPLE_ID.eq(couple).or(OCCUPANCY.APPOINTMENT_ID.in(sessions))).execute();
        db.deleteFrom(APPOINTMENT_MOVE).where(APPOINTMENT_MOVE.APPOINTMENT_ID.in(sessions)).execute();
        int appointments = db.deleteFrom(APPOINTMENT).where(APPOINTMENT.COUPLE_ID.eq(couple)).execute();
        log.info("Disposal {}: {} session(s) removed from scheduling", disposal.disposalId(), appointments);
    }
}
