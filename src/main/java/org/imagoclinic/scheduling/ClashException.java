package org.imagoclinic.scheduling;

import java.util.List;
import java.util.stream.Collectors;
import org.imagoclinic.shared.ConflictException;

/**
 * A booking or move that PostgreSQL refused because a therapist, room or partner would be in two
 * places at once. The REST API answers 409; the message names every clash.
 */
public class ClashException extends ConflictException {

    private final List<Clash> clashes;

    public ClashException(List<Clash> clashes) {
        super(clashes.isEmpty()
                ? "Someone else booked this time a moment ago: look at the calendar again and choose another time."
                : clashes.stream().map(Clash::description).distinct().collect(Collectors.joining(" ")));
        this.clashes = List.copyOf(clashes);
    }

    /** Every clash found; empty when the other booking was cancelled again before it could be named. */
    public List<Clash> clashes() {
        return clashes;
    }
}
