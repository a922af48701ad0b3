package org.imagoclinic.scheduling;

import java.util.UUID;

/**
 * A room that can be booked for in-person sessions.
 *
 * @param capacity how many people it holds, therapists included
 * @param active a deactivated room stays on past appointments but can't be booked
 */
public record Room(UUID id, UUID locationId, String locationName, String name, int capacity, boolean active) {

    /** e.g. "Room 2 (Main street)". */
    public String label() {
        return name + " (" + locationName + ")";
    }
}
