package org.imagoclinic.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Topic {@value #TOPIC}, key the session id: a session was booked (a workshop: one message for each
 * couple enrolled).
 *
 * @param version {@value #VERSION}; raised only when a field changes meaning or goes away
 * @param sessionId the appointment's id in the clinic
 * @param kind INTAKE, JOINT, INDIVIDUAL, HALF_DAY_INTENSIVE, FULL_DAY_INTENSIVE or WORKSHOP
 * @param coupleId the couple who comes
 * @param partnerIds the partners who come: both, or the one partner of an individual session
 * @param therapistIds lead therapist first
 * @param start when it starts
 * @param end when it ends
 */
public record SessionBookedMessage(int version, UUID sessionId, String kind, @Nullable UUID coupleId,
                                   List<UUID> partnerIds, List<UUID> therapistIds, Instant start, Instant end) {

    public static final String TOPIC = "imago.sessions.booked";
    public static final int VERSION = 1;
}
