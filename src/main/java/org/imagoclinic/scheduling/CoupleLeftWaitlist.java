package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A couple left the waitlist. It repeats when they joined, so that a listener receiving it before
 * {@link CoupleWaitlisted} still knows how long they waited.
 *
 * @param entryId the waitlist entry, as in {@link CoupleWaitlisted}
 * @param waitlistedOn the clinic's day they were put on the list
 * @param leftOn the clinic's day they left it
 * @param appointmentId the session booked for them, when they left because a slot was booked
 */
public record CoupleLeftWaitlist(UUID entryId, UUID coupleId, LocalDate waitlistedOn, LocalDate leftOn,
                                 WaitlistExit reason, @Nullable UUID preferredTherapistId,
                                 @Nullable UUID appointmentId) implements DomainEvent {
}
