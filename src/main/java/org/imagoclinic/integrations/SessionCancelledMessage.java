package org.imagoclinic.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Topic {@value #TOPIC}, key the session id: a session was called off. The reason given stays in
 * the clinic: it is free text.
 *
 * @param version {@value #VERSION}; raised only when a field changes meaning or goes away
 * @param sessionId the appointment's id in the clinic
 * @param kind as in {@link SessionBookedMessage#kind()}
 * @param coupleId the couple who was expected
 * @param partnerIds the partners who were expected
 * @param therapistIds lead therapist first
 * @param start when it was booked to start
 * @param end when it was booked to end
 * @param cancelledBy CLINIC or CLIENT
 * @param late whether it was called off inside the clinic's notice window
 */
public record SessionCancelledMessage(int version, UUID sessionId, String kind, @Nullable UUID coupleId,
                                      List<UUID> partnerIds, List<UUID> therapistIds, Instant start, Instant end,
                                      String cancelledBy, boolean late) {

    public static final String TOPIC = "imago.sessions.cancelled";
    public static final int VERSION = 1;
}
