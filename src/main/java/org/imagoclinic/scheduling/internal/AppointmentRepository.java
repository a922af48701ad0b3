package org.imagoclinic.scheduling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.Frequency;
import org.imagoclinic.scheduling.Move;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.jspecify.annotations.Nullable;

/** Appointments, what they hold, their moves and workshop enrolments; writes join the caller's transaction. */
interface AppointmentRepository {

    void insertSeries(UUID seriesId, Frequency frequency, @Nullable Integer occurrences, @Nullable LocalDate until,
                      OffsetDateTime now, String by);

    /** Inserts the appointment (without holds). */
    void insert(StoredAppointment appointment, OffsetDateTime now, String by);

    /**
     * Waits, until the transaction ends, for every other writer of these resources' time (therapists,
     * rooms, people) to finish: competing writers queue here instead of in the exclusion constraint.
     */
    void takeTurnOn(Collection<UUID> resourceIds);

    /** Holds these resources for the time given; refused by PostgreSQL on a clash. */
    void hold(UUID appointmentId, Collection<Hold> holds, OffsetDateTimeRange during);

    Optional<StoredAppointment> find(UUID id);

    /** The appointment, locked until the transaction ends. */
    Optional<StoredAppointment> findForUpdate(UUID id);

    /** Appointments overlapping the range, by start (see {@link AppointmentQuery}). */
    List<StoredAppointment> find(AppointmentQuery query, OffsetDateTimeRange range);

    /** The later scheduled sessions of a series, locked, in order. */
    List<StoredAppointment> laterInSeries(UUID seriesId, int afterIndex);

    /** Moves the appointment and everything it still holds; refused by PostgreSQL on a clash. */
    void move(UUID id, OffsetDateTimeRange during, @Nullable UUID roomId, OffsetDateTime now);

    void recordMove(UUID id, OffsetDateTimeRange from, OffsetDateTimeRange to, @Nullable UUID fromRoom,
                    @Nullable UUID toRoom, @Nullable String reason, OffsetDateTime now, String by);

    List<Move> moves(UUID id, ClinicTime time);

    /** Marks the appointment cancelled and releases everything it holds. */
    void cancel(UUID id, CancelledBy by, String reason, boolean late, @Nullable String lateWaivedReason, OffsetDateTime now);

    void changeStatus(UUID id, AppointmentStatus status, OffsetDateTime now);

    /** Whether the couple has any session held or booked (cancelled ones do not count). */
    boolean hasSessions(UUID coupleId);

    /** Back to scheduled, with no arrival time: the check-in was a mistake. */
    void undoCheckIn(UUID id, OffsetDateTime now);

    /** Ids of the couple's scheduled appointments (workshops they are enrolled in included) that start after {@code after}. */
    List<UUID> scheduledOfCoupleAfter(UUID coupleId, OffsetDateTime after);

    /** Enrols (or re-enrols) a couple and holds its partners; refused by PostgreSQL on a clash. */
    void enrol(UUID workshopId, UUID coupleId, @Nullable UUID episodeId, List<UUID> personIds,
               OffsetDateTimeRange during, OffsetDateTime now, String by);

    /** Withdraws a couple from a workshop and releases its partners. */
    void withdraw(UUID workshopId, UUID coupleId, OffsetDateTime now);

    /** The episode a couple was enrolled in a workshop under, if any. */
    Optional<UUID> enrolmentEpisode(UUID workshopId, UUID coupleId);

    /** Held occupancies of these resources that overlap the range, other appointments than {@code except}. */
    List<Occupant> occupants(Collection<Hold> holds, OffsetDateTimeRange during, Collection<UUID> except);

    /**
     * An appointment holding a resource, as a clash shows it.
     *
     * @param coupleId the couple holding a person (a workshop's enrolled couple), or the appointment's couple
     */
    record Occupant(Clash.Resource resource, UUID resourceId, UUID appointmentId, @Nullable UUID coupleId,
                    @Nullable String title, UUID therapistId, OffsetDateTime start, OffsetDateTime end) {
    }
}
