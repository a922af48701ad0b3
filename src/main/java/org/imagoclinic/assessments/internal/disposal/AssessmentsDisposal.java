package org.imagoclinic.assessments.internal.disposal;

import static org.imagoclinic.assessments.internal.db.Tables.ADMINISTRATION;
import static org.imagoclinic.assessments.internal.db.Tables.COUNTED_SESSION;
import static org.imagoclinic.assessments.internal.db.Tables.COURSE_PLAN;
import static org.imagoclinic.assessments.internal.db.Tables.COURSE_PLAN_REVIEW;
import static org.imagoclinic.assessments.internal.db.Tables.COURSE_PLAN_VERSION;
import static org.imagoclinic.assessments.internal.db.Tables.EPISODE_TRACKING;
import static org.imagoclinic.assessments.internal.db.Tables.IMAGO_RECORD;
import static org.imagoclinic.assessments.internal.db.Tables.KIOSK_LINK;
import static org.imagoclinic.assessments.internal.db.Tables.MEASURE_DUE;
import static org.imagoclinic.assessments.internal.db.Tables.NOTE_EVENT;
import static org.imagoclinic.assessments.internal.db.Tables.REQUEST_FOLLOW_UP;
import static org.imagoclinic.assessments.internal.db.Tables.SESSION_NOTE;

import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Disposes of the couple's clinical record in assessments (ADR 0049): session notes with their history
 * and addenda, Imago records and follow-ups, measures and kiosk links, course plans, and the episode
 * tracking that decides when a measure is due. Running it again finds nothing left.
 */
@Component
class AssessmentsDisposal {

    private static final Logger log = LoggerFactory.getLogger(AssessmentsDisposal.class);

    private final DSLContext db;

    AssessmentsDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        UUID couple = disposal.coupleId();
        // the one deletion the append-only triggers allow (migration V95)
        db.execute("select set_config('imago.disposal', 'on', true)");
        db.deleteFrom(NOTE_EVENT).where(NOTE_EVENT.NOTE_ID.in(
                db.select(SESSION_NOTE.ID).from(SESSION_NOTE).where(SESSION_NOTE.COUPLE_ID.eq(couple)))).execute();
        int notes = db.deleteFrom(SESSION_NOTE).where(SESSION_NOTE.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(REQUEST_FOLLOW_UP).where(REQUEST_FOLLOW_UP.REQUEST_ID.in(
                db.select(IMAGO_RECORD.ID).from(IMAGO_RECORD).where(IMAGO_RECORD.COUPLE_ID.eq(couple)))).execute();
        int records = db.deleteFrom(IMAGO_RECORD).where(IMAGO_RECORD.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(KIOSK_LINK).where(KIOSK_LINK.COUPLE_ID.eq(couple)).execute();
        int measures = db.deleteFrom(ADMINISTRATION).where(ADMINISTRATION.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(COURSE_PLAN_REVIEW).where(COURSE_PLAN_REVIEW.PLAN_ID.in(
                db.select(COURSE_PLAN.ID).from(COURSE_PLAN).where(COURSE_PLAN.COUPLE_ID.eq(couple)))).execute();
        db.deleteFrom(COURSE_PLAN_VERSION).where(COURSE_PLAN_VERSION.PLAN_ID.in(
                db.select(COURSE_PLAN.ID).from(COURSE_PLAN).where(COURSE_PLAN.COUPLE_ID.eq(couple)))).execute();
        db.deleteFrom(COURSE_PLAN).where(COURSE_PLAN.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(MEASURE_DUE).where(MEASURE_DUE.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(COUNTED_SESSION).where(COUNTED_SESSION.EPISODE_ID.in(
                db.select(EPISODE_TRACKING.EPISODE_ID).from(EPISODE_TRACKING).where(EPISODE_TRACKING.COUPLE_ID.eq(couple))))
                .execute();
        db.deleteFrom(EPISODE_TRACKING).where(EPISODE_TRACKING.COUPLE_ID.eq(couple)).execute();
        log.info("Disposal {}: {} note(s), {} Imago record(s), {} measure(s) removed from assessments",
                disposal.disposalId(), notes, records, measures);
    }
}
