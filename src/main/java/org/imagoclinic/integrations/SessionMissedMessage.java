package org.imagoclinic.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Topic {@value #TOPIC}, key the session id: nobody came and nobody cancelled (a no-show).
 *
 * @param version {@value #VERSION}; raised only when a field changes meaning or goes away
 * @param sessionId the appointment's id in the clinic
 * @param kind as in {@link SessionBookedMessage#kind()}
 * @param coupleId the couple who was expected
 * @param partnerIds the partners who were expected
 * @param therapistIds lead therapist first
 * @param start when it was booked to start
 * @param end when it was booked to end
 * @param recordedAt when the no-show was recorded
 */
public record SessionMissedMessage(int version, UUID sessionId, String kind, @Nullable UUID coupleId,
                                   List<UUID> partnerIds, List<UUID> therapistIds, Instant start, Instant end,
                                   Instant recordedAt) {

    public static final String TOPIC = "imago.sessions.missed";
    public static final int VERSION = 1;
}
