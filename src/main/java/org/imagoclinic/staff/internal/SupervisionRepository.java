package org.imagoclinic.staff.internal;

import static org.imagoclinic.staff.internal.db.Tables.STAFF_MEMBER;
import static org.imagoclinic.staff.internal.db.Tables.SUPERVISION;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.SupervisionLink;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

/**
 * Supervision links in schema {@code staff}. The database refuses two links of one supervisee that
 * overlap (constraint {@code supervision_one_supervisor_at_a_time}).
 */
@Repository
class SupervisionRepository {

    private static final org.imagoclinic.staff.internal.db.tables.StaffMember SUPERVISEE = STAFF_MEMBER.as("supervisee");
    private static final org.imagoclinic.staff.internal.db.tables.StaffMember SUPERVISOR = STAFF_MEMBER.as("supervisor");

    private final DSLContext db;
    private final Clock clock;

    SupervisionRepository(DSLContext db, Clock clinicClock) {
        this.db = db;
        this.clock = clinicClock;
    }

    /** The supervisee's link without an end, if any (there is at most one). */
    Optional<SupervisionLink> openLinkOf(UUID superviseeId) {
        return select().where(SUPERVISION.SUPERVISEE_ID.eq(superviseeId).and(SUPERVISION.ENDS_ON.isNull()))
                .fetchOptional(SupervisionRepository::toLink);
    }

    /** The latest end among the supervisee's ended links. */
    Optional<LocalDate> latestEndOf(UUID superviseeId) {
        return db.select(max(SUPERVISION.ENDS_ON)).from(SUPERVISION)
                .where(SUPERVISION.SUPERVISEE_ID.eq(superviseeId))
                .fetchOptional(0, LocalDate.class);
    }

    void insert(UUID id, UUID superviseeId, UUID supervisorId, LocalDate startsOn) {
        db.insertInto(SUPERVISION)
                .set(SUPERVISION.ID, id)
                .set(SUPERVISION.SUPERVISEE_ID, superviseeId)
                .set(SUPERVISION.SUPERVISOR_ID, supervisorId)
                .set(SUPERVISION.STARTS_ON, startsOn)
                .set(SUPERVISION.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    void end(UUID linkId, LocalDate endsOn) {
        db.update(SUPERVISION).set(SUPERVISION.ENDS_ON, endsOn).where(SUPERVISION.ID.eq(linkId)).execute();
    }

    /** All links of a supervisee, newest first. */
    List<SupervisionLink> historyOf(UUID superviseeId) {
        return select().where(SUPERVISION.SUPERVISEE_ID.eq(superviseeId))
                .orderBy(SUPERVISION.STARTS_ON.desc(), SUPERVISION.CREATED_AT.desc())
                .fetch(SupervisionRepository::toLink);
    }

    /** The links in which the supervisor supervises someone on the day. */
    List<SupervisionLink> heldBySupervisorOn(UUID supervisorId, LocalDate day) {
        return select().where(SUPERVISION.SUPERVISOR_ID.eq(supervisorId).and(holdsOn(day)))
                .orderBy(SUPERVISEE.LAST_NAME, SUPERVISEE.FIRST_NAME)
                .fetch(SupervisionRepository::toLink);
    }

    Optional<UUID> supervisorOn(UUID superviseeId, LocalDate day) {
        return db.select(SUPERVISION.SUPERVISOR_ID).from(SUPERVISION)
                .where(SUPERVISION.SUPERVISEE_ID.eq(superviseeId).and(holdsOn(day)))
                .fetchOptional(SUPERVISION.SUPERVISOR_ID);
    }

    Set<UUID> superviseesOn(UUID supervisorId, LocalDate day) {
        return new HashSet<>(db.select(SUPERVISION.SUPERVISEE_ID).from(SUPERVISION)
                .where(SUPERVISION.SUPERVISOR_ID.eq(supervisorId).and(holdsOn(day)))
                .fetch(SUPERVISION.SUPERVISEE_ID));
    }

    /** Ends, on {@code day}, the supervisee's links that still hold then or start later; returns them as they were. */
    List<SupervisionLink> endAsSupervisee(UUID superviseeId, LocalDate day) {
        return endWhere(SUPERVISION.SUPERVISEE_ID.eq(superviseeId), day);
    }

    /** Ends, on {@code day}, the supervisor's links that still hold then or start later; returns them as they were. */
    List<SupervisionLink> endAsSupervisor(UUID supervisorId, LocalDate day) {
        return endWhere(SUPERVISION.SUPERVISOR_ID.eq(supervisorId), day);
    }

    /** A link that started later than the day ends where it starts: it never held. */
    private List<SupervisionLink> endWhere(Condition whose, LocalDate day) {
        Condition lastsBeyond = whose.and(SUPERVISION.ENDS_ON.isNull().or(SUPERVISION.ENDS_ON.gt(day)));
        List<SupervisionLink> ending = select().where(lastsBeyond).fetch(SupervisionRepository::toLink);
        db.update(SUPERVISION)
                .set(SUPERVISION.ENDS_ON, greatest(SUPERVISION.STARTS_ON, val(day)))
                .where(lastsBeyond)
                .execute();
        return ending;
    }

    private static Condition holdsOn(LocalDate day) {
        return SUPERVISION.STARTS_ON.le(day).and(SUPERVISION.ENDS_ON.isNull().or(SUPERVISION.ENDS_ON.gt(day)));
    }

    private SelectJoinStep<Record> select() {
        return db.select(SUPERVISION.asterisk(), SUPERVISEE.TITLE, SUPERVISEE.FIRST_NAME, SUPERVISEE.LAST_NAME,
                        SUPERVISOR.TITLE, SUPERVISOR.FIRST_NAME, SUPERVISOR.LAST_NAME)
                .from(SUPERVISION)
                .join(SUPERVISEE).on(SUPERVISEE.ID.eq(SUPERVISION.SUPERVISEE_ID))
                .join(SUPERVISOR).on(SUPERVISOR.ID.eq(SUPERVISION.SUPERVISOR_ID));
    }

    private static SupervisionLink toLink(Record row) {
        return new SupervisionLink(row.get(SUPERVISION.ID), row.get(SUPERVISION.SUPERVISEE_ID),
                StaffMember.displayName(row.get(SUPERVISEE.TITLE), row.get(SUPERVISEE.FIRST_NAME),
                        row.get(SUPERVISEE.LAST_NAME)),
                row.get(SUPERVISION.SUPERVISOR_ID),
                StaffMember.displayName(row.get(SUPERVISOR.TITLE), row.get(SUPERVISOR.FIRST_NAME),
                        row.get(SUPERVISOR.LAST_NAME)),
                row.get(SUPERVISION.STARTS_ON), row.get(SUPERVISION.ENDS_ON));
    }
}
