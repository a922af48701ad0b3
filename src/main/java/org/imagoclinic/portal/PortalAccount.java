package org.imagoclinic.portal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One partner's portal account in one couple, as the front desk sees it.
 *
 * @param email where sign-in links go: the partner's email on record when they were invited
 * @param invitations how many invitations were sent (the first and every resend)
 * @param lastSignInAt the latest sign-in, or null before the first
 * @param password whether the partner added a password
 * @param secondFactor whether the partner's sign-in asks for a code from their authenticator app
 */
public record PortalAccount(UUID id, UUID coupleId, UUID personId, String email, PortalAccountStatus status,
                            Instant invitedAt, String invitedBy, int invitations, @Nullable Instant lastSignInAt,
                            @Nullable Instant disabledAt, @Nullable String disabledBy,
                            boolean password, boolean secondFactor) {
}
