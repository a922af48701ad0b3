package org.imagoclinic.scheduling.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: locations and rooms; changes for administrators. */
@Tag(name = "Rooms", description = "The clinic's locations and rooms")
@RestController
@RequestMapping("/api")
class RoomsController {

    private final Rooms rooms;

    RoomsController(Rooms rooms) {
        this.rooms = rooms;
    }

    /** A location to add. */
    record NewLocation(@Nullable String name, @Nullable String address) {
    }

    @Operation(operationId = "listLocations", summary = "List the clinic's locations")
    @GetMapping("/locations")
    List<Location> locations() {
        return rooms.locations();
    }

    @Operation(operationId = "addLocation", summary = "Add a location")
    @PostMapping("/locations")
    ResponseEntity<Location> addLocation(@RequestBody NewLocation location) {
        Location added = rooms.addLocation(location.name(), location.address());
        return ResponseEntity.created(URI.create("/api/locations/" + added.id())).body(added);
    }

    @Operation(operationId = "listRooms", summary = "List the rooms")
    @GetMapping("/rooms")
    List<Room> rooms(@RequestParam(defaultValue = "false") boolean activeOnly) {
        return rooms.rooms(activeOnly);
    }

    @Operation(operationId = "getRoom", summary = "Read a room")
    @GetMapping("/rooms/{id}")
    Room room(@PathVariable UUID id) {
        return rooms.room(id);
    }

    @Operation(operationId = "addRoom", summary = "Add a room")
    @PostMapping("/rooms")
    ResponseEntity<Room> addRoom(@RequestBody RoomDetails details) {
        Room added = rooms.addRoom(details);
        return ResponseEntity.created(URI.create("/api/rooms/" + added.id())).body(added);
    }

    @Operation(operationId = "changeRoom", summary = "Change a room")
    @PutMapping("/rooms/{id}")
    Room changeRoom(@PathVariable UUID id, @RequestBody RoomDetails details) {
        return rooms.changeRoom(id, details);
    }

    @Operation(operationId = "deactivateRoom", summary = "Take a room out of use")
    @PostMapping("/rooms/{id}/deactivate")
    Room deactivate(@PathVariable UUID id) {
        return rooms.deactivateRoom(id);
    }

    @Operation(operationId = "reactivateRoom", summary = "Bring a room back into use")
    @PostMapping("/rooms/{id}/reactivate")
    Room reactivate(@PathVariable UUID id) {
        return rooms.reactivateRoom(id);
    }
}
