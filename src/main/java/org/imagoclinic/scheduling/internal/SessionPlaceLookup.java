package org.imagoclinic.scheduling.internal;

import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.SessionPlaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A session's room, location and video link for background messages; see {@link SessionPlaces}. */
@Service
class SessionPlaceLookup implements SessionPlaces {

    private final AppointmentRepository appointments;
    private final RoomRepository rooms;

    SessionPlaceLookup(AppointmentRepository appointments, RoomRepository rooms) {
        this.appointments = appointments;
        this.rooms = rooms;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionPlace> placeOf(UUID appointmentId) {
        return appointments.find(appointmentId).map(appointment -> {
            Optional<Room> room = appointment.roomId() == null ? Optional.empty() : rooms.room(appointment.roomId());
            Optional<Location> location = room.flatMap(r -> rooms.location(r.locationId()));
            return new SessionPlace(appointmentId, appointment.status(), appointment.start().toInstant(),
                    appointment.end().toInstant(), appointment.telehealth(),
                    appointment.meetingLink(), location.map(Location::name).orElse(null),
                    location.map(Location::address).orElse(null), room.map(Room::name).orElse(null));
        });
    }
}
