package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.jspecify.annotations.Nullable;

/**
 * An appointment as stored, with the people it holds (its person occupancies, released or not).
 *
 * @param attendees the people who come, each with their couple; for a workshop, every couple ever enrolled
 * @param enrolledCouples the couples enrolled in a workshop and not withdrawn
 */
record StoredAppointment(UUID id, AppointmentKind kind, AppointmentStatus status, @Nullable UUID coupleId,
                         @Nullable UUID partnerId, @Nullable UUID episodeId, UUID therapistId,
                         @Nullable UUID coTherapistId, @Nullable UUID roomId, boolean telehealth,
                         @Nullable String meetingLink, @Nullable String title, @Nullable Integer capacity,
                         OffsetDateTime start, OffsetDateTime end, @Nullable UUID seriesId, @Nullable Integer seriesIndex,
                         @Nullable String hoursOverrideReason, @Nullable CancelledBy cancelledBy,
                         @Nullable String cancelReason, @Nullable Boolean lateCancellation,
                         @Nullable OffsetDateTime cancelledAt, @Nullable OffsetDateTime checkedInAt,
                         @Nullable OffsetDateTime finishedAt, List<Attendee> attendees, List<UUID> enrolledCouples,
                         boolean moved, @Nullable String lateWaivedReason) {

    /**
     * A person held by the appointment.
     *
     * @param released true once they no longer hold the time (cancelled, or withdrawn from a workshop)
     */
    record Attendee(UUID personId, @Nullable UUID coupleId, boolean released) {
    }

    List<UUID> therapistIds() {
        return coTherapistId == null ? List.of(therapistId) : List.of(therapistId, coTherapistId);
    }

    boolean hasTherapist(UUID staffId) {
        return therapistId.equals(staffId) || staffId.equals(coTherapistId);
    }

    /** The people of one couple (for a workshop), or everyone (for other kinds). */
    List<UUID> personsOf(@Nullable UUID couple) {
        return attendees.stream().filter(attendee -> couple == null || Objects.equals(attendee.coupleId(), couple))
                .map(Attendee::personId).distinct().toList();
    }
}
