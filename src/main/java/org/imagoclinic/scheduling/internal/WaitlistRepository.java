package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.WAITLIST_ENTRY;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.internal.db.tables.records.WaitlistEntryRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Couples waiting for a first slot; an entry is closed (booked or withdrawn), never deleted. */
@Repository
class WaitlistRepository {

    /** A stored entry, still open. */
    record Waiting(UUID id, UUID coupleId, @Nullable UUID preferredTherapistId, List<DayOfWeek> days,
                   java.time.@Nullable LocalTime earliest, java.time.@Nullable LocalTime latest, Priority priority,
                   @Nullable String note, OffsetDateTime addedAt, String addedBy) {
    }

    private final DSLContext db;

    WaitlistRepository(DSLContext db) {
        this.db = db;
    }

    List<Waiting> waiting() {
        return db.selectFrom(WAITLIST_ENTRY).where(WAITLIST_ENTRY.CLOSED_AT.isNull())
                .orderBy(DSL.case_(WAITLIST_ENTRY.PRIORITY).when("URGENT", 0).when("HIGH", 1).else_(2),
                        WAITLIST_ENTRY.ADDED_AT)
                .fetch(WaitlistRepository::toWaiting);
    }

    Optional<Waiting> openForUpdate(UUID id) {
        return db.selectFrom(WAITLIST_ENTRY).where(WAITLIST_ENTRY.ID.eq(id)).and(WAITLIST_ENTRY.CLOSED_AT.isNull())
                .forUpdate().fetchOptional(WaitlistRepository::toWaiting);
    }

    void insert(Waiting entry) {
        db.insertInto(WAITLIST_ENTRY).set(WAITLIST_ENTRY.ID, entry.id()).set(WAITLIST_ENTRY.COUPLE_ID, entry.coupleId())
                .set(WAITLIST_ENTRY.PREFERRED_THERAPIST_ID, entry.preferredTherapistId())
                .set(WAITLIST_ENTRY.PREFERRED_DAYS, entry.days().stream().map(day -> (short) day.getValue())
                        .toArray(Short[]::new))
                .set(WAITLIST_ENTRY.EARLIEST, entry.earliest()).set(WAITLIST_ENTRY.LATEST, entry.latest())
                .set(WAITLIST_ENTRY.PRIORITY, entry.priority().name()).set(WAITLIST_ENTRY.NOTE, entry.note())
                .set(WAITLIST_ENTRY.ADDED_AT, entry.addedAt()).set(WAITLIST_ENTRY.ADDED_BY, entry.addedBy()).execute();
    }

    void close(UUID id, String reason, @Nullable UUID appointmentId, OffsetDateTime now) {
        db.update(WAITLIST_ENTRY).set(WAITLIST_ENTRY.CLOSED_AT, now).set(WAITLIST_ENTRY.CLOSED_REASON, reason)
                .set(WAITLIST_ENTRY.APPOINTMENT_ID, appointmentId).where(WAITLIST_ENTRY.ID.eq(id)).execute();
    }

    private static Waiting toWaiting(WaitlistEntryRecord row) {
        return new Waiting(row.getId(), row.getCoupleId(), row.getPreferredTherapistId(),
                Arrays.stream(row.getPreferredDays()).map(day -> DayOfWeek.of(day)).sorted().collect(Collectors.toList()),
                row.getEarliest(), row.getLatest(), Priority.valueOf(row.getPriority()), row.getNote(), row.getAddedAt(),
                row.getAddedBy());
    }
}
