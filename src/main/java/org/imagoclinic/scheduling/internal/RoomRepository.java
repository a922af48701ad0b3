package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.LOCATION;
import static org.imagoclinic.scheduling.internal.db.Tables.ROOM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Locations and their rooms. */
@Repository
class RoomRepository {

    private final DSLContext db;

    RoomRepository(DSLContext db) {
        this.db = db;
    }

    List<Location> locations() {
        return db.selectFrom(LOCATION).orderBy(DSL.lower(LOCATION.NAME))
                .fetch(row -> new Location(row.getId(), row.getName(), row.getAddress(), row.getActive()));
    }

    Optional<Location> location(UUID id) {
        return db.selectFrom(LOCATION).where(LOCATION.ID.eq(id))
                .fetchOptional(row -> new Location(row.getId(), row.getName(), row.getAddress(), row.getActive()));
    }

    boolean locationNamed(String name) {
        return db.fetchExists(LOCATION, DSL.lower(LOCATION.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)));
    }

    void insertLocation(UUID id, String name, @Nullable String address, OffsetDateTime now) {
        db.insertInto(LOCATION).set(LOCATION.ID, id).set(LOCATION.NAME, name).set(LOCATION.ADDRESS, address)
                .set(LOCATION.CREATED_AT, now).execute();
    }

    List<Room> rooms(boolean activeOnly) {
        return db.select(ROOM.fields()).select(LOCATION.NAME).from(ROOM).join(LOCATION).on(LOCATION.ID.eq(ROOM.LOCATION_ID))
                .where(activeOnly ? ROOM.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(DSL.lower(LOCATION.NAME), DSL.lower(ROOM.NAME)).fetch(RoomRepository::toRoom);
    }

    Optional<Room> room(UUID id) {
        return db.select(ROOM.fields()).select(LOCATION.NAME).from(ROOM).join(LOCATION).on(LOCATION.ID.eq(ROOM.LOCATION_ID))
                .where(ROOM.ID.eq(id)).fetchOptional(RoomRepository::toRoom);
    }

    boolean roomNamed(UUID locationId, String name, @Nullable UUID except) {
        return db.fetchExists(ROOM, ROOM.LOCATION_ID.eq(locationId).and(DSL.lower(ROOM.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)))
                .and(except == null ? DSL.noCondition() : ROOM.ID.ne(except)));
    }

    void insertRoom(UUID id, UUID locationId, String name, int capacity, OffsetDateTime now) {
        db.insertInto(ROOM).set(ROOM.ID, id).set(ROOM.LOCATION_ID, locationId).set(ROOM.NAME, name)
                .set(ROOM.CAPACITY, capacity).set(ROOM.CREATED_AT, now).execute();
    }

    void updateRoom(UUID id, UUID locationId, String name, int capacity) {
        db.update(ROOM).set(ROOM.LOCATION_ID, locationId).set(ROOM.NAME, name).set(ROOM.CAPACITY, capacity)
                .where(ROOM.ID.eq(id)).execute();
    }

    void setActive(UUID id, boolean active) {
        db.update(ROOM).set(ROOM.ACTIVE, active).where(ROOM.ID.eq(id)).execute();
    }

    private static Room toRoom(Record row) {
        return new Room(row.get(ROOM.ID), row.get(ROOM.LOCATION_ID), row.get(LOCATION.NAME), row.get(ROOM.NAME),
                row.get(ROOM.CAPACITY), row.get(ROOM.ACTIVE));
    }
}
