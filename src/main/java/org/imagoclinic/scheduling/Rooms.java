package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Locations and rooms. Everyone reads them; administrators add, change and deactivate them
 * (audited). Nothing is deleted: a deactivated room stays on past appointments.
 */
public interface Rooms {

    List<Location> locations();

    /** Rooms by location and name; with {@code activeOnly} only those that can be booked. */
    List<Room> rooms(boolean activeOnly);

    Room room(UUID roomId);

    Location addLocation(@Nullable String name, @Nullable String address);

    Room addRoom(RoomDetails details);

    Room changeRoom(UUID roomId, RoomDetails details);

    /** The room can no longer be booked; appointments already in it stay. */
    Room deactivateRoom(UUID roomId);

    Room reactivateRoom(UUID roomId);
}
