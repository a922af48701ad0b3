package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Locations and rooms: read by everyone, kept by administrators (audited). */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class RoomService implements Rooms {

    private final RoomRepository rooms;
    private final AuditTrail audit;
    private final ClinicTime time;

    RoomService(RoomRepository rooms, AuditTrail audit, ClinicTime time) {
        this.rooms = rooms;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Location> locations() {
        return rooms.locations();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Room> rooms(boolean activeOnly) {
        return rooms.rooms(activeOnly);
    }

    @Override
    @Transactional(readOnly = true)
    public Room room(UUID roomId) {
        return rooms.room(roomId).orElseThrow(() -> new NotFoundException("No room with this id."));
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public Location addLocation(@Nullable String name, @Nullable String address) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Give the location a name, e.g. \"Main street\".");
        }
        InputLimits.checkText(errors, "name", name, InputLimits.NAME);
        InputLimits.checkText(errors, "address", address, InputLimits.LINE);
        InputLimits.refuseAny(errors);
        if (rooms.locationNamed(name.strip())) {
            throw new ConflictException("There is already a location called \"" + name.strip() + "\".");
        }
        UUID id = UUID.randomUUID();
        rooms.insertLocation(id, name.strip(), address == null || address.isBlank() ? null : address.strip(), now());
        audit.record(new AuditRecord(AuditAction.CREATE, "Location", id.toString(), null, AuditOutcome.ALLOWED, name.strip()));
        return rooms.location(id).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public Room addRoom(RoomDetails details) {
        validate(details, null);
        UUID id = UUID.randomUUID();
        rooms.insertRoom(id, details.locationId(), details.name().strip(), details.capacity(), now());
        audit.record(new AuditRecord(AuditAction.CREATE, "Room", id.toString(), null, AuditOutcome.ALLOWED,
                details.name().strip()));
        return room(id);
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public Room changeRoom(UUID roomId, RoomDetails details) {
        room(roomId);
        validate(details, roomId);
        rooms.updateRoom(roomId, details.locationId(), details.name().strip(), details.capacity());
        audit.record(new AuditRecord(AuditAction.UPDATE, "Room", roomId.toString(), null, AuditOutcome.ALLOWED,
                "changed"));
        return room(roomId);
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public Room deactivateRoom(UUID roomId) {
        return setActive(roomId, false);
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public Room reactivateRoom(UUID roomId) {
        return setActive(roomId, true);
    }

    private Room setActive(UUID roomId, boolean active) {
        Room room = room(roomId);
        if (room.active() != active) {
            rooms.setActive(roomId, active);
            audit.record(new AuditRecord(AuditAction.UPDATE, "Room", roomId.toString(), null, AuditOutcome.ALLOWED,
                    active ? "back in use" : "deactivated"));
        }
        return room(roomId);
    }

    private void validate(RoomDetails details, @Nullable UUID except) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (details == null || details.locationId() == null) {
            errors.put("locationId", "Choose the location.");
        } else if (rooms.location(details.locationId()).isEmpty()) {
            errors.put("locationId", "There is no location with this id.");
        }
        if (details == null || details.name() == null || details.name().isBlank()) {
            errors.put("name", "Give the room a name, e.g. \"Room 2\".");
        } else {
            InputLimits.checkText(errors, "name", details.name(), InputLimits.NAME);
        }
        if (details == null || details.capacity() == null || details.capacity() < 1
                || details.capacity() > RoomDetails.MOST_PEOPLE) {
            errors.put("capacity", "Say how many people the room holds (1 to " + RoomDetails.MOST_PEOPLE
                    + "), therapists included.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (rooms.roomNamed(details.locationId(), details.name().strip(), except)) {
            throw new ConflictException("This location already has a room called \"" + details.name().strip() + "\".");
        }
    }

    private OffsetDateTime now() {
        return time.now().atZone(time.zone()).toOffsetDateTime();
    }
}
