package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.APPOINTMENT;
import static org.imagoclinic.scheduling.internal.db.Tables.APPOINTMENT_MOVE;
import static org.imagoclinic.scheduling.internal.db.Tables.OCCUPANCY;
import static org.imagoclinic.scheduling.internal.db.Tables.SERIES;
import static org.imagoclinic.scheduling.internal.db.Tables.WORKSHOP_ENROLMENT;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.Frequency;
import org.imagoclinic.scheduling.Move;
import org.imagoclinic.scheduling.internal.db.tables.records.AppointmentRecord;
import org.imagoclinic.scheduling.internal.db.tables.records.OccupancyRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.impl.DSL;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Appointments, what they hold, their moves and workshop enrolments; writes join the caller's transaction. */
@Repository
class AppointmentRepository {

    /** No appointment is longer (a check constraint): a range of starts bounds every calendar query. */
    static final Duration LONGEST = Duration.ofHours(12);

    private static final Field<OffsetDateTime> STARTS = DSL.field("lower({0})", OffsetDateTime.class, APPOINTMENT.DURING);
    private static final Field<OffsetDateTime> HELD_FROM = DSL.field("lower({0})", OffsetDateTime.class, OCCUPANCY.DURING);
    private static final Field<OffsetDateTime> HELD_UNTIL = DSL.field("upper({0})", OffsetDateTime.class, OCCUPANCY.DURING);

    /** The first key of the advisory locks on resources (reporting's locks use other numbers). */
    private static final int RESOURCE_LOCKS = 17;

    private final DSLContext db;

    AppointmentRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Waits, until the transaction ends, for every other writer of these resources' time (therapists,
     * rooms, people) to finish: competing writers queue here instead of in the exclusion constraint.
     * <p>
     * Two writers that each insert a clashing row before checking wait on each other inside the
     * exclusion constraint, and PostgreSQL only breaks that after its deadlock timeout (a second);
     * under a crowd of bookings for one slot those seconds chain. Advisory locks, taken in one
     * order, make the writers queue instead. A shared hash only makes unrelated writers queue.
     */
    void takeTurnOn(Collection<UUID> resourceIds) {
        Integer[] keys = resourceIds.stream().map(UUID::hashCode).distinct().sorted().toArray(Integer[]::new);
        if (keys.length > 0) {
            db.fetch("select pg_advisory_xact_lock(?, key) from unnest(?) with ordinality as k(key, n) order by n",
                    RESOURCE_LOCKS, keys);
        }
    }

    void insertSeries(UUID seriesId, Frequency frequency, @Nullable Integer occurrences, @Nullable LocalDate until,
                      OffsetDateTime now, String by) {
        db.insertInto(SERIES).set(SERIES.ID, seriesId).set(SERIES.FREQUENCY, frequency.name())
                .set(SERIES.OCCURRENCES, occurrences).set(SERIES.UNTIL, until)
                .set(SERIES.CREATED_AT, now).set(SERIES.CREATED_BY, by).execute();
    }

    /** Inserts the appointment (without holds). */
    void insert(StoredAppointment a, OffsetDateTime now, String by) {
        db.insertInto(APPOINTMENT)
                .set(APPOINTMENT.ID, a.id()).set(APPOINTMENT.KIND, a.kind().name()).set(APPOINTMENT.STATUS, a.status().name())
                .set(APPOINTMENT.COUPLE_ID, a.coupleId()).set(APPOINTMENT.PARTNER_ID, a.partnerId())
                .set(APPOINTMENT.EPISODE_ID, a.episodeId()).set(APPOINTMENT.THERAPIST_ID, a.therapistId())
                .set(APPOINTMENT.CO_THERAPIST_ID, a.coTherapistId()).set(APPOINTMENT.ROOM_ID, a.roomId())
                .set(APPOINTMENT.TELEHEALTH, a.telehealth()).set(APPOINTMENT.MEETING_LINK, a.meetingLink())
                .set(APPOINTMENT.TITLE, a.title()).set(APPOINTMENT.CAPACITY, a.capacity())
                .set(APPOINTMENT.DURING, ClinicTime.range(a.start(), a.end()))
                .set(APPOINTMENT.SERIES_ID, a.seriesId()).set(APPOINTMENT.SERIES_INDEX, a.seriesIndex())
                .set(APPOINTMENT.HOURS_OVERRIDE_REASON, a.hoursOverrideReason())
                .set(APPOINTMENT.CREATED_AT, now).set(APPOINTMENT.CREATED_BY, by).set(APPOINTMENT.UPDATED_AT, now)
                .execute();
    }

    /** Holds these resources for the time given; refused by PostgreSQL on a clash. */
    void hold(UUID appointmentId, Collection<Hold> holds, OffsetDateTimeRange during) {
        InsertValuesStep6<OccupancyRecord, UUID, String, UUID, UUID, OffsetDateTimeRange, OffsetDateTime> insert =
                db.insertInto(OCCUPANCY, OCCUPANCY.APPOINTMENT_ID, OCCUPANCY.RESOURCE, OCCUPANCY.RESOURCE_ID,
                        OCCUPANCY.COUPLE_ID, OCCUPANCY.DURING, OCCUPANCY.RELEASED_AT);
        for (Hold hold : holds.stream().sorted().toList()) {
            insert = insert.values(appointmentId, hold.resource().name(), hold.resourceId(), hold.coupleId(), during, null);
        }
        insert.execute();
    }

    Optional<StoredAppointment> find(UUID id) {
        return db.selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(id)).fetchOptional().map(row -> complete(List.of(row)).getFirst());
    }

    /** The appointment, locked until the transaction ends. */
    Optional<StoredAppointment> findForUpdate(UUID id) {
        return db.selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(id)).forUpdate().fetchOptional()
                .map(row -> complete(List.of(row)).getFirst());
    }

    /** Appointments overlapping the range, by start (see {@link AppointmentQuery}). */
    List<StoredAppointment> find(AppointmentQuery query, OffsetDateTimeRange range) {
        Condition cancelled = query.includeCancelled() ? DSL.noCondition()
                : APPOINTMENT.STATUS.ne(AppointmentStatus.CANCELLED.name());
        List<AppointmentRecord> rows;
        if (query.therapistId() != null || query.roomId() != null) {
            Hold hold = query.therapistId() != null ? Hold.therapist(query.therapistId()) : Hold.room(query.roomId());
            Condition narrower = query.therapistId() != null && query.roomId() != null
                    ? APPOINTMENT.ROOM_ID.eq(query.roomId()) : DSL.noCondition();
            rows = db.select(APPOINTMENT.fields()).from(OCCUPANCY).join(APPOINTMENT).on(APPOINTMENT.ID.eq(OCCUPANCY.APPOINTMENT_ID))
                    .where(heldIn(hold, range)).and(cancelled).and(narrower)
                    .and(query.coupleId() == null ? DSL.noCondition() : APPOINTMENT.COUPLE_ID.eq(query.coupleId()))
                    .orderBy(STARTS, APPOINTMENT.ID).fetchInto(APPOINTMENT);
        } else if (query.coupleId() != null) {
            rows = db.selectFrom(APPOINTMENT)
                    .where(APPOINTMENT.COUPLE_ID.eq(query.coupleId()).or(APPOINTMENT.ID.in(
                            DSL.select(WORKSHOP_ENROLMENT.APPOINTMENT_ID).from(WORKSHOP_ENROLMENT)
                                    .where(WORKSHOP_ENROLMENT.COUPLE_ID.eq(query.coupleId()))
                                    .and(WORKSHOP_ENROLMENT.WITHDRAWN_AT.isNull()))))
                    .and(startsIn(STARTS, range)).and(overlaps(APPOINTMENT.DURING, range)).and(cancelled)
                    .orderBy(STARTS, APPOINTMENT.ID).fetch();
        } else {
            rows = db.selectFrom(APPOINTMENT).where(startsIn(STARTS, range)).and(overlaps(APPOINTMENT.DURING, range))
                    .and(cancelled).orderBy(STARTS, APPOINTMENT.ID).fetch();
        }
        return complete(rows);
    }

    /**
     * The times these therapists, rooms or people are held in the range, not released: what the database's
     * no-double-booking constraint compares a new booking with, so a slot free here can be booked.
     */
    List<HeldSpan> heldBy(Collection<UUID> resourceIds, OffsetDateTimeRange range) {
        return db.select(OCCUPANCY.RESOURCE_ID, HELD_FROM, HELD_UNTIL).from(OCCUPANCY)
                .where(OCCUPANCY.RESOURCE_ID.in(resourceIds)).and(OCCUPANCY.RELEASED_AT.isNull())
                .and(startsIn(HELD_FROM, range)).and(overlaps(OCCUPANCY.DURING, range))
                .fetch(row -> new HeldSpan(row.value1(), row.value2(), row.value3()));
    }

    /** A resource held from one instant until another. */
    record HeldSpan(UUID resourceId, OffsetDateTime from, OffsetDateTime until) {
    }

    /** Held by this resource in this range: the btree on (resource_id, lower(during)) with bounded starts. */
    private static Condition heldIn(Hold hold, OffsetDateTimeRange range) {
        return OCCUPANCY.RESOURCE_ID.eq(hold.resourceId()).and(OCCUPANCY.RESOURCE.eq(hold.resource().name()))
                .and(startsIn(HELD_FROM, range)).and(overlaps(OCCUPANCY.DURING, range));
    }

    private static Condition startsIn(Field<OffsetDateTime> starts, OffsetDateTimeRange range) {
        return starts.gt(range.lower().minus(LONGEST)).and(starts.lt(range.upper()));
    }

    static Condition overlaps(Field<OffsetDateTimeRange> during, OffsetDateTimeRange range) {
        return DSL.condition("{0} && {1}", during, DSL.val(range, during));
    }

    /** The later scheduled sessions of a series, locked, in order. */
    List<StoredAppointment> laterInSeries(UUID seriesId, int afterIndex) {
        return complete(db.selectFrom(APPOINTMENT).where(APPOINTMENT.SERIES_ID.eq(seriesId))
                .and(APPOINTMENT.SERIES_INDEX.gt(afterIndex)).and(APPOINTMENT.STATUS.eq(AppointmentStatus.SCHEDULED.name()))
                .orderBy(APPOINTMENT.SERIES_INDEX).forUpdate().fetch());
    }

    /** Moves the appointment and everything it still holds; refused by PostgreSQL on a clash. */
    void move(UUID id, OffsetDateTimeRange during, @Nullable UUID roomId, OffsetDateTime now) {
        UUID previousRoom = db.select(APPOINTMENT.ROOM_ID).from(APPOINTMENT).where(APPOINTMENT.ID.eq(id)).fetchOne(APPOINTMENT.ROOM_ID);
        db.update(APPOINTMENT).set(APPOINTMENT.DURING, during).set(APPOINTMENT.ROOM_ID, roomId)
                .set(APPOINTMENT.UPDATED_AT, now).where(APPOINTMENT.ID.eq(id)).execute();
        if (previousRoom != null && roomId != null && !previousRoom.equals(roomId)) {
            db.update(OCCUPANCY).set(OCCUPANCY.RESOURCE_ID, roomId).where(OCCUPANCY.APPOINTMENT_ID.eq(id))
                    .and(OCCUPANCY.RESOURCE.eq(Clash.Resource.ROOM.name())).execute();
        }
        db.update(OCCUPANCY).set(OCCUPANCY.DURING, during).where(OCCUPANCY.APPOINTMENT_ID.eq(id))
                .and(OCCUPANCY.RELEASED_AT.isNull()).execute();
    }

    void recordMove(UUID id, OffsetDateTimeRange from, OffsetDateTimeRange to, @Nullable UUID fromRoom,
                    @Nullable UUID toRoom, @Nullable String reason, OffsetDateTime now, String by) {
        db.insertInto(APPOINTMENT_MOVE).set(APPOINTMENT_MOVE.APPOINTMENT_ID, id)
                .set(APPOINTMENT_MOVE.FROM_DURING, from).set(APPOINTMENT_MOVE.TO_DURING, to)
                .set(APPOINTMENT_MOVE.FROM_ROOM_ID, fromRoom).set(APPOINTMENT_MOVE.TO_ROOM_ID, toRoom)
                .set(APPOINTMENT_MOVE.REASON, reason).set(APPOINTMENT_MOVE.MOVED_AT, now)
                .set(APPOINTMENT_MOVE.MOVED_BY, by).execute();
    }

    List<Move> moves(UUID id, ClinicTime time) {
        return db.selectFrom(APPOINTMENT_MOVE).where(APPOINTMENT_MOVE.APPOINTMENT_ID.eq(id)).orderBy(APPOINTMENT_MOVE.ID)
                .fetch(row -> new Move(time.local(row.getFromDuring().lower()), time.local(row.getFromDuring().upper()),
                        time.local(row.getToDuring().lower()), time.local(row.getToDuring().upper()),
                        row.getFromRoomId(), row.getToRoomId(), row.getReason(), row.getMovedAt().toInstant(),
                        row.getMovedBy()));
    }

    /** Marks the appointment cancelled and releases everything it holds. */
    void cancel(UUID id, CancelledBy by, String reason, boolean late, @Nullable String lateWaivedReason,
                OffsetDateTime now) {
        db.update(APPOINTMENT).set(APPOINTMENT.STATUS, AppointmentStatus.CANCELLED.name())
                .set(APPOINTMENT.CANCELLED_BY, by.name()).set(APPOINTMENT.CANCEL_REASON, reason)
                .set(APPOINTMENT.LATE_WAIVED_REASON, lateWaivedReason)
                .set(APPOINTMENT.LATE_CANCELLATION, late).set(APPOINTMENT.CANCELLED_AT, now)
                .set(APPOINTMENT.UPDATED_AT, now).where(APPOINTMENT.ID.eq(id)).execute();
        db.update(OCCUPANCY).set(OCCUPANCY.RELEASED_AT, now).where(OCCUPANCY.APPOINTMENT_ID.eq(id))
                .and(OCCUPANCY.RELEASED_AT.isNull()).execute();
    }

    void changeStatus(UUID id, AppointmentStatus status, OffsetDateTime now) {
        var update = db.update(APPOINTMENT).set(APPOINTMENT.STATUS, status.name()).set(APPOINTMENT.UPDATED_AT, now);
        if (status == AppointmentStatus.CHECKED_IN) {
            update = update.set(APPOINTMENT.CHECKED_IN_AT, now);
        } else {
            update = update.set(APPOINTMENT.FINISHED_AT, now);
        }
        update.where(APPOINTMENT.ID.eq(id)).execute();
    }

    /** Whether the couple has any session held or booked (cancelled ones do not count). */
    boolean hasSessions(UUID coupleId) {
        return db.fetchExists(db.selectOne().from(APPOINTMENT).where(APPOINTMENT.COUPLE_ID.eq(coupleId))
                .and(APPOINTMENT.STATUS.ne(AppointmentStatus.CANCELLED.name())));
    }

    /** Back to scheduled, with no arrival time: the check-in was a mistake. */
    void undoCheckIn(UUID id, OffsetDateTime now) {
        db.update(APPOINTMENT).set(APPOINTMENT.STATUS, AppointmentStatus.SCHEDULED.name())
                .setNull(APPOINTMENT.CHECKED_IN_AT).set(APPOINTMENT.UPDATED_AT, now)
                .where(APPOINTMENT.ID.eq(id)).and(APPOINTMENT.STATUS.eq(AppointmentStatus.CHECKED_IN.name())).execute();
    }

    /** Ids of the couple's scheduled appointments (workshops they are enrolled in included) that start after {@code after}. */
    List<UUID> scheduledOfCoupleAfter(UUID coupleId, OffsetDateTime after) {
        return db.select(APPOINTMENT.ID).from(APPOINTMENT)
                .where(APPOINTMENT.COUPLE_ID.eq(coupleId).or(APPOINTMENT.ID.in(
                        DSL.select(WORKSHOP_ENROLMENT.APPOINTMENT_ID).from(WORKSHOP_ENROLMENT)
                                .where(WORKSHOP_ENROLMENT.COUPLE_ID.eq(coupleId)).and(WORKSHOP_ENROLMENT.WITHDRAWN_AT.isNull()))))
                .and(APPOINTMENT.STATUS.eq(AppointmentStatus.SCHEDULED.name())).and(STARTS.gt(after))
                .orderBy(STARTS).fetch(APPOINTMENT.ID);
    }

    /** Enrols (or re-enrols) a couple and holds its partners; refused by PostgreSQL on a clash. */
    void enrol(UUID workshopId, UUID coupleId, @Nullable UUID episodeId, List<UUID> personIds,
               OffsetDateTimeRange during, OffsetDateTime now, String by) {
        db.insertInto(WORKSHOP_ENROLMENT).set(WORKSHOP_ENROLMENT.APPOINTMENT_ID, workshopId)
                .set(WORKSHOP_ENROLMENT.COUPLE_ID, coupleId).set(WORKSHOP_ENROLMENT.EPISODE_ID, episodeId)
                .set(WORKSHOP_ENROLMENT.ENROLLED_AT, now).set(WORKSHOP_ENROLMENT.ENROLLED_BY, by)
                .onConflict(WORKSHOP_ENROLMENT.APPOINTMENT_ID, WORKSHOP_ENROLMENT.COUPLE_ID).doUpdate()
                .set(WORKSHOP_ENROLMENT.EPISODE_ID, episodeId).set(WORKSHOP_ENROLMENT.ENROLLED_AT, now)
                .set(WORKSHOP_ENROLMENT.ENROLLED_BY, by).setNull(WORKSHOP_ENROLMENT.WITHDRAWN_AT).execute();
        for (UUID person : personIds.stream().sorted().toList()) {
            db.insertInto(OCCUPANCY).set(OCCUPANCY.APPOINTMENT_ID, workshopId)
                    .set(OCCUPANCY.RESOURCE, Clash.Resource.PERSON.name()).set(OCCUPANCY.RESOURCE_ID, person)
                    .set(OCCUPANCY.COUPLE_ID, coupleId).set(OCCUPANCY.DURING, during)
                    .onConflict(OCCUPANCY.APPOINTMENT_ID, OCCUPANCY.RESOURCE, OCCUPANCY.RESOURCE_ID).doUpdate()
                    .set(OCCUPANCY.DURING, during).set(OCCUPANCY.COUPLE_ID, coupleId).setNull(OCCUPANCY.RELEASED_AT)
                    .execute();
        }
    }

    /** Withdraws a couple from a workshop and releases its partners. */
    void withdraw(UUID workshopId, UUID coupleId, OffsetDateTime now) {
        db.update(WORKSHOP_ENROLMENT).set(WORKSHOP_ENROLMENT.WITHDRAWN_AT, now)
                .where(WORKSHOP_ENROLMENT.APPOINTMENT_ID.eq(workshopId)).and(WORKSHOP_ENROLMENT.COUPLE_ID.eq(coupleId))
                .and(WORKSHOP_ENROLMENT.WITHDRAWN_AT.isNull()).execute();
        db.update(OCCUPANCY).set(OCCUPANCY.RELEASED_AT, now).where(OCCUPANCY.APPOINTMENT_ID.eq(workshopId))
                .and(OCCUPANCY.COUPLE_ID.eq(coupleId)).and(OCCUPANCY.RELEASED_AT.isNull()).execute();
    }

    /** The episode a couple was enrolled in a workshop under, if any. */
    Optional<UUID> enrolmentEpisode(UUID workshopId, UUID coupleId) {
        return db.select(WORKSHOP_ENROLMENT.EPISODE_ID).from(WORKSHOP_ENROLMENT)
                .where(WORKSHOP_ENROLMENT.APPOINTMENT_ID.eq(workshopId)).and(WORKSHOP_ENROLMENT.COUPLE_ID.eq(coupleId))
                .fetchOptional(WORKSHOP_ENROLMENT.EPISODE_ID);
    }

    /** Held occupancies of these resources that overlap the range, other appointments than {@code except}. */
    List<Occupant> occupants(Collection<Hold> holds, OffsetDateTimeRange during, Collection<UUID> except) {
        if (holds.isEmpty()) {
            return List.of();
        }
        Condition anyHold = DSL.or(holds.stream().map(hold -> OCCUPANCY.RESOURCE_ID.eq(hold.resourceId())
                .and(OCCUPANCY.RESOURCE.eq(hold.resource().name()))).toList());
        return db.select(OCCUPANCY.RESOURCE, OCCUPANCY.RESOURCE_ID, OCCUPANCY.APPOINTMENT_ID,
                        DSL.coalesce(OCCUPANCY.COUPLE_ID, APPOINTMENT.COUPLE_ID), APPOINTMENT.TITLE,
                        APPOINTMENT.THERAPIST_ID, OCCUPANCY.DURING)
                .from(OCCUPANCY).join(APPOINTMENT).on(APPOINTMENT.ID.eq(OCCUPANCY.APPOINTMENT_ID))
                .where(anyHold).and(OCCUPANCY.RELEASED_AT.isNull())
                .and(startsIn(HELD_FROM, during)).and(overlaps(OCCUPANCY.DURING, during))
                .and(except.isEmpty() ? DSL.noCondition() : OCCUPANCY.APPOINTMENT_ID.notIn(except))
                .orderBy(HELD_FROM)
                .fetch(row -> new Occupant(Clash.Resource.valueOf(row.value1()), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7().lower(), row.value7().upper()));
    }

    /** Rows to appointments, with their people, enrolments and whether they moved, in three queries. */
    private List<StoredAppointment> complete(List<AppointmentRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = rows.stream().map(AppointmentRecord::getId).collect(Collectors.toSet());
        Map<UUID, List<StoredAppointment.Attendee>> attendees = db.selectFrom(OCCUPANCY)
                .where(OCCUPANCY.APPOINTMENT_ID.in(ids)).and(OCCUPANCY.RESOURCE.eq(Clash.Resource.PERSON.name()))
                .orderBy(OCCUPANCY.COUPLE_ID, OCCUPANCY.RESOURCE_ID)
                .fetchGroups(OCCUPANCY.APPOINTMENT_ID, row -> new StoredAppointment.Attendee(row.getResourceId(),
                        row.getCoupleId(), row.getReleasedAt() != null));
        Map<UUID, List<UUID>> enrolled = db.select(WORKSHOP_ENROLMENT.APPOINTMENT_ID, WORKSHOP_ENROLMENT.COUPLE_ID)
                .from(WORKSHOP_ENROLMENT).where(WORKSHOP_ENROLMENT.APPOINTMENT_ID.in(ids))
                .and(WORKSHOP_ENROLMENT.WITHDRAWN_AT.isNull()).orderBy(WORKSHOP_ENROLMENT.ENROLLED_AT)
                .fetchGroups(WORKSHOP_ENROLMENT.APPOINTMENT_ID, WORKSHOP_ENROLMENT.COUPLE_ID);
        Set<UUID> moved = db.selectDistinct(APPOINTMENT_MOVE.APPOINTMENT_ID).from(APPOINTMENT_MOVE)
                .where(APPOINTMENT_MOVE.APPOINTMENT_ID.in(ids)).fetchSet(APPOINTMENT_MOVE.APPOINTMENT_ID);
        return rows.stream().map(row -> toAppointment(row, attendees.getOrDefault(row.getId(), List.of()),
                enrolled.getOrDefault(row.getId(), List.of()), moved.contains(row.getId()))).toList();
    }

    private static StoredAppointment toAppointment(AppointmentRecord row, List<StoredAppointment.Attendee> attendees,
                                                   List<UUID> enrolled, boolean moved) {
        return new StoredAppointment(row.getId(), AppointmentKind.valueOf(row.getKind()),
                AppointmentStatus.valueOf(row.getStatus()), row.getCoupleId(), row.getPartnerId(), row.getEpisodeId(),
                row.getTherapistId(), row.getCoTherapistId(), row.getRoomId(), row.getTelehealth(), row.getMeetingLink(),
                row.getTitle(), row.getCapacity(), row.getDuring().lower(), row.getDuring().upper(), row.getSeriesId(),
                row.getSeriesIndex(), row.getHoursOverrideReason(),
                row.getCancelledBy() == null ? null : CancelledBy.valueOf(row.getCancelledBy()), row.getCancelReason(),
                row.getLateCancellation(), row.getCancelledAt(), row.getCheckedInAt(), row.getFinishedAt(), attendees,
                enrolled, moved, row.getLateWaivedReason());
    }

    /**
     * An appointment holding a resource, as a clash shows it.
     *
     * @param coupleId the couple holding a person (a workshop's enrolled couple), or the appointment's couple
     */
    record Occupant(Clash.Resource resource, UUID resourceId, UUID appointmentId, @Nullable UUID coupleId,
                    @Nullable String title, UUID therapistId, OffsetDateTime start, OffsetDateTime end) {
    }
}
