package org.imagoclinic.scheduling;

import java.util.UUID;

/**
 * Something a booking would collide with: a therapist, a room or a partner already held by another
 * appointment at an overlapping time.
 *
 * @param description in plain words, e.g. "Dr Lee already has Smith &amp; Jones 10:00–11:30."
 */
public record Clash(Resource resource, UUID resourceId, UUID appointmentId, String description) {

    /** What is double-booked. */
    public enum Resource {
        THERAPIST, ROOM, PERSON
    }
}
