package org.imagoclinic.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.springframework.stereotype.Component;

/**
 * The clinic's second location, Riverside with its Garden room, beside Main street's two rooms and
 * workshop hall (which the scheduling module's demo set-up adds): three therapy rooms in two places.
 * Knows the rooms by name for the steps that book them.
 */
@Component
class PlacesStep implements DemoClinicStep {

    /** The therapy rooms couples are booked into, in the order the plan numbers them. */
    static final List<String> THERAPY_ROOMS = List.of("Room 1", "Room 2", "Garden room");
    static final String HALL = "Workshop hall";

    private final Rooms rooms;
    private final Map<String, UUID> byName = new LinkedHashMap<>();

    PlacesStep(Rooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void plan(DemoClinic clinic) {
        clinic.at(clinic.historyStarts().minusMonths(1).atTime(10, 0), StaffPlanner.EXISTING_ADMIN,
                "add the Riverside location", () -> {
                    if (rooms.locations().stream().noneMatch(location -> location.name().equals("Riverside"))) {
                        Location riverside = rooms.addLocation("Riverside", "4 Riverside Walk");
                        rooms.addRoom(new RoomDetails(riverside.id(), "Garden room", 4));
                    }
                    byName.clear();
                    rooms.rooms(true).forEach(room -> byName.putIfAbsent(room.name(), room.id()));
                });
    }

    /** The id of a room by its name, once the timeline has passed this step. */
    UUID room(String name) {
        UUID id = byName.get(name);
        if (id == null) {
            throw new IllegalStateException("No room " + name + " in the demo clinic");
        }
        return id;
    }

    /** Names of the rooms, e.g. for a test. */
    List<String> names() {
        return rooms.rooms(true).stream().map(Room::name).toList();
    }
}
