package org.imagoclinic.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person, for other modules' services. Reads the security context of the current
 * request (web page or REST call); outside one there is nobody.
 */
public interface CurrentUser {

    /** The signed-in account, or empty when the caller is anonymous or a background task. */
    Optional<SignedInAccount> get();

    /** The signed-in account; throws {@link NotSignedInException} when there is none. */
    default SignedInAccount require() {
        return get().orElseThrow(NotSignedInException::new);
    }

    /**
     * A signed-in account as other modules see it.
     *
     * @param accountId the account's id
     * @param username the user name typed at sign-in
     * @param displayName the person's name, e.g. "Dr Helen Okafor"
     * @param roles the {@link Roles} held
     * @param staffId the staff directory entry of this person, empty until the staff module links one
     */
    record SignedInAccount(UUID accountId, String username, String displayName, Set<String> roles,
                           Optional<UUID> staffId) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    /** Thrown when a service needs a signed-in person and there is none. */
    final class NotSignedInException extends RuntimeException {
        public NotSignedInException() {
            super("Nobody is signed in");
        }
    }
}
