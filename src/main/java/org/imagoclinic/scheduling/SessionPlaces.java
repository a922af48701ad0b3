package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a session takes place, for the notifications module, which writes to clients in the
 * background with nobody signed in. Times and places are not clinical content.
 */
public interface SessionPlaces {

    /** The session's place and status; empty for an unknown appointment. */
    Optional<SessionPlace> placeOf(UUID appointmentId);

    /**
     * A session's place.
     *
     * @param start when it starts now (it may have moved since a message was planned)
     * @param meetingLink the video link of a telehealth session, if one was given
     * @param locationName the clinic's location of the room, none for telehealth
     * @param address that location's address, if recorded
     */
    record SessionPlace(UUID appointmentId, AppointmentStatus status, Instant start, Instant end, boolean telehealth, @Nullable String meetingLink,
                        @Nullable String locationName, @Nullable String address, @Nullable String roomName) {

        /** One line for a message: the room, location and address, or the video link. */
        public String describe() {
            if (telehealth) {
                return meetingLink == null || meetingLink.isBlank() ? "Video session (the link follows from the clinic)"
                        : "Video session: " + meetingLink;
            }
            StringBuilder line = new StringBuilder();
            if (roomName != null) {
                line.append(roomName);
            }
            if (locationName != null) {
                line.append(line.isEmpty() ? "" : ", ").append(locationName);
            }
            if (address != null && !address.isBlank()) {
                line.append(line.isEmpty() ? "" : ", ").append(address);
            }
            return line.isEmpty() ? "At the clinic" : line.toString();
        }
    }
}
