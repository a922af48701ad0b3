package org.imagoclinic.scheduling;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A room as an administrator enters it. */
public record RoomDetails(@Nullable UUID locationId, @Nullable String name, @Nullable Integer capacity) {

    /** The most people a room holds, therapists included (the database agrees). */
    public static final int MOST_PEOPLE = 500;
}
