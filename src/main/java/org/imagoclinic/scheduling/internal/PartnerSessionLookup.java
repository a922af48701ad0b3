package org.imagoclinic.scheduling.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.PartnerSessions;
import org.imagoclinic.scheduling.SessionPlaces.SessionPlace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One partner's own upcoming sessions; see {@link PartnerSessions}. */
@Service
class PartnerSessionLookup implements PartnerSessions {

    private final AppointmentRepository appointments;
    private final SessionPlaceLookup places;
    private final Canceller canceller;
    private final ClinicTime time;

    PartnerSessionLookup(AppointmentRepository appointments, SessionPlaceLookup places, Canceller canceller,
                         ClinicTime time) {
        this.appointments = appointments;
        this.places = places;
        this.canceller = canceller;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerSession> upcomingFor(UUID coupleId, UUID personId) {
        return appointments.scheduledOfCoupleAfter(coupleId, time.now().atZone(time.zone()).toOffsetDateTime()).stream()
                .map(appointments::find).flatMap(Optional::stream)
                .filter(appointment -> attends(appointment, personId))
                .map(this::session).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerSession> upcomingSession(UUID coupleId, UUID personId, UUID appointmentId) {
        return own(coupleId, personId, appointmentId).map(this::session);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> calendarEntry(UUID coupleId, UUID personId, UUID appointmentId) {
        return own(coupleId, personId, appointmentId).map(appointment -> {
            SessionPlace place = places.placeOf(appointment.id()).orElseThrow();
            return ICalendarWriter.write("Imago Clinic", List.of(new ICalendarWriter.FeedEvent(appointment.id(),
                    appointment.kind(), "", place.start(), place.end(), place.describe())), time.now());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CancellationNotice> cancellationNotice(UUID coupleId, UUID personId, UUID appointmentId) {
        return own(coupleId, personId, appointmentId).map(canceller::notice);
    }

    private Optional<StoredAppointment> own(UUID coupleId, UUID personId, UUID appointmentId) {
        return appointments.find(appointmentId)
                .filter(appointment -> appointment.status() == AppointmentStatus.SCHEDULED)
                .filter(appointment -> appointment.start().toInstant().isAfter(time.now()))
                .filter(appointment -> coupleId.equals(appointment.coupleId())
                        || appointments.enrolmentEpisode(appointment.id(), coupleId).isPresent())
                .filter(appointment -> attends(appointment, personId));
    }

    /** Joint sessions and workshops are everyone's; an individual session only its partner's. */
    private static boolean attends(StoredAppointment appointment, UUID personId) {
        return appointment.partnerId() == null || appointment.partnerId().equals(personId);
    }

    private PartnerSession session(StoredAppointment appointment) {
        String place = places.placeOf(appointment.id()).map(SessionPlace::describe).orElse("");
        return new PartnerSession(appointment.id(), appointment.kind(), appointment.start().toInstant(),
                appointment.end().toInstant(), place);
    }
}
