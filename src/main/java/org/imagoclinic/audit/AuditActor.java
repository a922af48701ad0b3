package org.imagoclinic.audit;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who acted.
 *
 * @param accountId the sign-in account, or null for someone who is not signed in (a failed sign-in)
 * @param staffId the staff directory entry, or null when the account has none
 * @param username the user name, or the one typed at a failed sign-in
 * @param roles the roles held at the time
 */
public record AuditActor(@Nullable UUID accountId, @Nullable UUID staffId, String username, Set<String> roles) {

    /** Someone who typed {@code username} but is not (yet) signed in. */
    public static AuditActor unauthenticated(String username) {
        return new AuditActor(null, null, username, Set.of());
    }

    /** The system itself, e.g. a scheduled task or an event listener acting on no one's behalf. */
    public static AuditActor system() {
        return new AuditActor(null, null, "system", Set.of());
    }
}
