package org.imagoclinic.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in accounts for the staff directory: the staff module creates, changes and deactivates a
 * person's account through this API, in the same transaction as its own change. Administrators only.
 */
public interface AccountManagement {

    /**
     * Creates the account of a staff member. Without an initial password a one-time password is
     * generated, returned once and never stored in clear; it must be changed at first sign-in.
     *
     * @throws UsernameTakenException when the user name is in use, in any case
     */
    CreatedAccount create(NewAccount account);

    /** Replaces the roles of the staff member's account; audited as a permission change. */
    void changeRoles(UUID staffId, Set<String> roles);

    /** Changes the name and email shown for the account. */
    void changeProfile(UUID staffId, String displayName, @Nullable String email);

    /** The staff member can no longer sign in; the account stays on every record. */
    void deactivate(UUID staffId);

    /** Replaces the password with a one-time password that must be changed at next sign-in. */
    String resetPassword(UUID staffId);

    /** Lifts a lock-out on the user name before it runs out. */
    void unlock(String username);

    /** The account of a staff member, if they have one. */
    Optional<AccountSummary> ofStaff(UUID staffId);

    /**
     * A new account.
     *
     * @param staffId the person in the staff directory
     * @param username what they type at sign-in; unique regardless of case
     * @param initialPassword null to generate a one-time password; given only by the demo clinic
     */
    record NewAccount(UUID staffId, String username, String displayName, @Nullable String email, Set<String> roles,
                      @Nullable String initialPassword) {
    }

    /** The created account, with the one-time password to show once (null when one was given). */
    record CreatedAccount(UUID accountId, String username, @Nullable String oneTimePassword) {
    }

    /** An account as other modules see it. */
    record AccountSummary(UUID accountId, String username, Set<String> roles, boolean enabled, boolean locked) {
    }

    /** The user name is already used by another account. */
    final class UsernameTakenException extends RuntimeException {
        public UsernameTakenException(String username) {
            super("The user name \"" + username + "\" is already in use.");
        }
    }
}
