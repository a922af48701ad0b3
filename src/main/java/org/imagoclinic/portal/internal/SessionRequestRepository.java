package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.SESSION_REQUEST;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.portal.SessionRequest;
import org.imagoclinic.portal.internal.db.tables.records.SessionRequestRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Partners' requests to cancel or move a session, in schema {@code portal}. */
@Repository
class SessionRequestRepository {

    private final DSLContext db;

    SessionRequestRepository(DSLContext db) {
        this.db = db;
    }

    void insert(SessionRequest request, UUID accountId) {
        db.insertInto(SESSION_REQUEST).set(SESSION_REQUEST.ID, request.id()).set(SESSION_REQUEST.ACCOUNT_ID, accountId)
                .set(SESSION_REQUEST.COUPLE_ID, request.coupleId()).set(SESSION_REQUEST.PERSON_ID, request.personId())
                .set(SESSION_REQUEST.APPOINTMENT_ID, request.appointmentId()).set(SESSION_REQUEST.KIND, request.kind().name())
                .set(SESSION_REQUEST.SESSION_START, at(request.sessionStart())).set(SESSION_REQUEST.LATE, request.late())
                .set(SESSION_REQUEST.NOTICE, request.notice()).set(SESSION_REQUEST.NOTE, request.note())
                .set(SESSION_REQUEST.REQUESTED_AT, at(request.requestedAt())).execute();
    }

    boolean openFor(UUID appointmentId, UUID personId) {
        return db.fetchExists(SESSION_REQUEST, SESSION_REQUEST.APPOINTMENT_ID.eq(appointmentId)
                .and(SESSION_REQUEST.PERSON_ID.eq(personId)).and(SESSION_REQUEST.HANDLED_AT.isNull()));
    }

    List<SessionRequest> ofPerson(UUID coupleId, UUID personId) {
        return db.selectFrom(SESSION_REQUEST).where(SESSION_REQUEST.COUPLE_ID.eq(coupleId))
                .and(SESSION_REQUEST.PERSON_ID.eq(personId)).orderBy(SESSION_REQUEST.REQUESTED_AT.desc())
                .fetch(SessionRequestRepository::request);
    }

    List<SessionRequest> ofCouple(UUID coupleId) {
        return db.selectFrom(SESSION_REQUEST).where(SESSION_REQUEST.COUPLE_ID.eq(coupleId))
                .orderBy(SESSION_REQUEST.HANDLED_AT.isNull().desc(), SESSION_REQUEST.REQUESTED_AT.desc())
                .fetch(SessionRequestRepository::request);
    }

    List<SessionRequest> open(int limit) {
        return db.selectFrom(SESSION_REQUEST).where(SESSION_REQUEST.HANDLED_AT.isNull())
                .orderBy(SESSION_REQUEST.REQUESTED_AT.asc()).limit(limit).fetch(SessionRequestRepository::request);
    }

    Optional<SessionRequest> find(UUID id) {
        return db.selectFrom(SESSION_REQUEST).where(SESSION_REQUEST.ID.eq(id)).fetchOptional(SessionRequestRepository::request);
    }

    void handled(UUID id, String by, Instant now) {
        db.update(SESSION_REQUEST).set(SESSION_REQUEST.HANDLED_AT, at(now)).set(SESSION_REQUEST.HANDLED_BY, by)
                .where(SESSION_REQUEST.ID.eq(id)).and(SESSION_REQUEST.HANDLED_AT.isNull()).execute();
    }

    private static SessionRequest request(SessionRequestRecord row) {
        return new SessionRequest(row.getId(), row.getCoupleId(), row.getPersonId(), row.getAppointmentId(),
                SessionRequest.Kind.valueOf(row.getKind()), row.getSessionStart().toInstant(), row.getLate(),
                row.getNotice(), row.getNote(), row.getRequestedAt().toInstant(),
                row.getHandledAt() == null ? null : row.getHandledAt().toInstant(), row.getHandledBy());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
