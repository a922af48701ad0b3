package org.imagoclinic.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A booked session as anyone who works at the clinic may see it: who, when, where and whether it
 * happened. No clinical content. Times are the clinic's wall-clock times.
 *
 * @param coupleId none for a workshop
 * @param coupleName e.g. "Smith &amp; Jones"; a workshop's title for a workshop
 * @param partnerId the partner of an individual session, otherwise none
 * @param episodeId the couple's open episode of care when it was booked, if any
 * @param roomId none for telehealth
 * @param meetingLink the telehealth link, otherwise none
 * @param title a workshop's title, otherwise none
 * @param capacity how many couples a workshop takes, otherwise none
 * @param enrolledCoupleIds the couples enrolled in a workshop (empty for other kinds)
 * @param seriesId the recurring series it belongs to, if any, and {@code seriesIndex} its place (1 = first)
 * @param hoursOverrideReason why it was booked outside working hours, if it was
 * @param cancellation how it was cancelled, when it was
 * @param moved whether it has been moved at least once (see {@link Appointments#movesOf})
 */
public record Appointment(UUID id, AppointmentKind kind, AppointmentStatus status, @Nullable UUID coupleId,
                          String coupleName, @Nullable UUID partnerId, @Nullable UUID episodeId, UUID therapistId,
                          @Nullable UUID coTherapistId, @Nullable UUID roomId, boolean telehealth,
                          @Nullable String meetingLink, @Nullable String title, @Nullable Integer capacity,
                          List<UUID> enrolledCoupleIds, LocalDateTime start, LocalDateTime end,
                          @Nullable UUID seriesId, @Nullable Integer seriesIndex, @Nullable String hoursOverrideReason,
                          @Nullable Cancellation cancellation, @Nullable Instant checkedInAt, @Nullable Instant finishedAt,
                          boolean moved) {

    /** The therapists' staff ids, lead first. */
    public List<UUID> therapistIds() {
        return coTherapistId == null ? List.of(therapistId) : List.of(therapistId, coTherapistId);
    }

    /** Whether this staff member is one of its therapists. */
    public boolean hasTherapist(UUID staffId) {
        return therapistId.equals(staffId) || staffId.equals(coTherapistId);
    }

    /**
     * How an appointment was cancelled.
     *
     * @param late whether it was inside the clinic's notice window and not waived
     * @param lateWaivedReason why the front desk waived a late cancellation, if it did
     */
    public record Cancellation(CancelledBy by, String reason, boolean late, Instant at, @Nullable String lateWaivedReason) {
    }
}
