package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.scheduling.Appointment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Stored appointments as the API hands them out: wall-clock times and the couple's display name. */
@Component
class AppointmentViews {

    private static final String NO_LONGER_ON_RECORD = "Couple no longer on record";

    private final BookingEligibility couples;
    private final ClinicTime time;

    AppointmentViews(BookingEligibility couples, ClinicTime time) {
        this.couples = couples;
        this.time = time;
    }

    Appointment of(StoredAppointment a) {
        return of(List.of(a)).getFirst();
    }

    /** With the couples' names read in one go, however many couples the list holds. */
    List<Appointment> of(List<StoredAppointment> stored) {
        Set<UUID> coupleIds = stored.stream().map(StoredAppointment::coupleId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> names = coupleIds.isEmpty() ? Map.of() : couples.displayNames(coupleIds);
        return stored.stream().map(a -> view(a, names)).toList();
    }

    /** Appointments of one couple whose display name the caller has just read (or of a workshop, which has none). */
    List<Appointment> of(List<StoredAppointment> stored, String coupleName) {
        Map<UUID, String> names = new HashMap<>();
        stored.stream().filter(a -> a.coupleId() != null).forEach(a -> names.put(a.coupleId(), coupleName));
        return stored.stream().map(a -> view(a, names)).toList();
    }

    private Appointment view(StoredAppointment a, Map<UUID, String> names) {
        String name = a.coupleId() == null ? (a.title() == null ? "Workshop" : a.title())
                : names.getOrDefault(a.coupleId(), NO_LONGER_ON_RECORD);
        Appointment.Cancellation cancellation = a.cancelledBy() == null ? null
                : new Appointment.Cancellation(a.cancelledBy(), a.cancelReason(), Boolean.TRUE.equals(a.lateCancellation()),
                a.cancelledAt().toInstant(), a.lateWaivedReason());
        return new Appointment(a.id(), a.kind(), a.status(), a.coupleId(), name, a.partnerId(), a.episodeId(),
                a.therapistId(), a.coTherapistId(), a.roomId(), a.telehealth(), a.meetingLink(), a.title(), a.capacity(),
                a.enrolledCouples(), time.local(a.start()), time.local(a.end()), a.seriesId(), a.seriesIndex(),
                a.hoursOverrideReason(), cancellation, instant(a.checkedInAt()), instant(a.finishedAt()), a.moved());
    }

    private static java.time.@Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
