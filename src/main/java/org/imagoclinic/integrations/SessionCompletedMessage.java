package org.imagoclinic.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Topic {@value #TOPIC}, key the session id: a session took place.
 *
 * @param version {@value #VERSION}; raised only when a field changes meaning or goes away
 * @param sessionId the appointment's id in the clinic
 * @param kind as in {@link SessionBookedMessage#kind()}
 * @param coupleId the couple who came
 * @param partnerIds the partners who came
 * @param therapistIds lead therapist first
 * @param start when it was booked to start
 * @param end when it was booked to end
 * @param joint true if both partners attended together, false for an individual session
 * @param completedAt when it was recorded as completed
 */
public record SessionCompletedMessage(int version, UUID sessionId, String kind, @Nullable UUID coupleId,
                                      List<UUID> partnerIds, List<UUID> therapistIds, Instant start, Instant end,
                                      boolean joint, Instant completedAt) {

    public static final String TOPIC = "imago.sessions.completed";
    public static final int VERSION = 1;
}
