package org.imagoclinic.scheduling.internal;

import java.util.UUID;
import org.imagoclinic.scheduling.Clash;
import org.jspecify.annotations.Nullable;

/** One thing an appointment holds for its time: a therapist, a room or a person (with their couple). */
record Hold(Clash.Resource resource, UUID resourceId, @Nullable UUID coupleId) implements Comparable<Hold> {

    static Hold therapist(UUID staffId) {
        return new Hold(Clash.Resource.THERAPIST, staffId, null);
    }

    static Hold room(UUID roomId) {
        return new Hold(Clash.Resource.ROOM, roomId, null);
    }

    static Hold person(UUID personId, @Nullable UUID coupleId) {
        return new Hold(Clash.Resource.PERSON, personId, coupleId);
    }

    /** Always inserted in this order, so that two bookings never wait on each other crosswise. */
    @Override
    public int compareTo(Hold other) {
        int byResource = resource.compareTo(other.resource);
        return byResource != 0 ? byResource : resourceId.compareTo(other.resourceId);
    }
}
