package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.internal.AppointmentRepository.Occupant;
import org.imagoclinic.shared.NotFoundException;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.springframework.stereotype.Component;

/**
 * Says what a booking clashes with, in the words the front desk uses: "Dr Lee already has Smith
 * &amp; Jones 10:00–11:30." Used before saving (the booking dialog) and after PostgreSQL refused a
 * booking.
 */
@Component
class ClashDescriber {

    private final AppointmentRepository appointments;
    private final RoomRepository rooms;
    private final TherapistProfilesLookup therapists;
    private final BookingEligibility couples;
    private final ClinicTime time;
    private final SchedulingAccess access;

    ClashDescriber(AppointmentRepository appointments, RoomRepository rooms, TherapistProfilesLookup therapists,
                   BookingEligibility couples, ClinicTime time, SchedulingAccess access) {
        this.access = access;
        this.appointments = appointments;
        this.rooms = rooms;
        this.therapists = therapists;
        this.couples = couples;
        this.time = time;
    }

    /**
     * The clashes of these holds over this time.
     *
     * @param personNames names of the people being booked, by person id
     * @param except appointments not to count (the one being moved)
     * @param withDay whether to name the day (for series and moves)
     */
    List<Clash> clashes(Collection<Hold> holds, OffsetDateTime start, OffsetDateTime end, Map<UUID, String> personNames,
                        Collection<UUID> except, boolean withDay) {
        OffsetDateTimeRange during = ClinicTime.range(start, end);
        Map<UUID, String> occupantNames = new HashMap<>();
        List<Occupant> occupants = appointments.occupants(holds, during, except);
        Map<UUID, String> names = occupants.isEmpty() ? personNames : namesOf(holds, personNames);
        return occupants.stream()
                .map(occupant -> new Clash(occupant.resource(), occupant.resourceId(), occupant.appointmentId(),
                        describe(occupant, names, occupantNames, withDay)))
                .toList();
    }

    /** The names given, and those of the held partners' couples that were not given. */
    private Map<UUID, String> namesOf(Collection<Hold> holds, Map<UUID, String> given) {
        Map<UUID, String> names = new HashMap<>(given);
        holds.stream().filter(hold -> hold.resource() == Clash.Resource.PERSON && hold.coupleId() != null)
                .filter(hold -> !names.containsKey(hold.resourceId())).map(Hold::coupleId).distinct()
                .forEach(couple -> {
                    try {
                        var glance = couples.atAGlance(couple);
                        names.putIfAbsent(glance.partnerA().personId(), glance.partnerA().displayName());
                        names.putIfAbsent(glance.partnerB().personId(), glance.partnerB().displayName());
                    } catch (NotFoundException gone) {
                        // the name stays unknown: "A partner"
                    }
                });
        return names;
    }

    private String describe(Occupant occupant, Map<UUID, String> personNames, Map<UUID, String> occupantNames,
                            boolean withDay) {
        String span = time.span(time.local(occupant.start()), time.local(occupant.end()), withDay);
        String who = occupant.title() != null ? occupant.title()
                : occupant.coupleId() == null ? "another appointment"
                : !access.maySeeCouple(occupant.coupleId(), List.of(occupant.therapistId())) ? "another couple's session"
                : occupantNames.computeIfAbsent(occupant.coupleId(), this::coupleName);
        String therapist = therapists.nameOf(occupant.therapistId());
        return switch (occupant.resource()) {
            case THERAPIST -> therapists.nameOf(occupant.resourceId()) + " already has " + who + " " + span + ".";
            case ROOM -> rooms.room(occupant.resourceId()).map(room -> room.label()).orElse("The room")
                    + " is taken by " + who + " with " + therapist + " " + span + ".";
            case PERSON -> personNames.getOrDefault(occupant.resourceId(), "A partner") + " is already booked " + span
                    + " (" + who + " with " + therapist + ").";
        };
    }

    private String coupleName(UUID coupleId) {
        try {
            return couples.displayName(coupleId);
        } catch (NotFoundException gone) {
            return "another couple";
        }
    }
}
