package org.imagoclinic.staff.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.AccountManagement;
import org.imagoclinic.security.AccountManagement.CreatedAccount;
import org.imagoclinic.security.AccountManagement.UsernameTakenException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.AlreadyTakenException;
import org.imagoclinic.staff.NewSignIn;
import org.imagoclinic.staff.SignInStatus;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a staff member's sign-in account (owned by the security module) in step with their
 * directory entry, inside the caller's transaction.
 */
@Component
class SignInAccounts {

    private static final int MAX_USERNAME_BASE = 30;

    private final AccountManagement accounts;
    private final StaffRepository staff;

    SignInAccounts(AccountManagement accounts, StaffRepository staff) {
        this.accounts = accounts;
        this.staff = staff;
    }

    /**
     * Creates the account of someone who has roles but no account yet.
     *
     * @param initialPassword null for a one-time password; a known one only for the demo clinic
     * @return the one-time password to show once, or null when none was generated
     */
    @Nullable NewSignIn open(UUID staffId, StaffMemberDetails details, @Nullable String initialPassword) {
        String username = details.username() != null ? details.username()
                : suggest(details.firstName(), details.lastName());
        if (staff.usernameTaken(username)) {
            throw taken(username);
        }
        CreatedAccount created;
        try {
            created = accounts.create(new AccountManagement.NewAccount(staffId, username,
                    StaffMember.displayName(details.title(), details.firstName(), details.lastName()), details.email(),
                    details.roles(), initialPassword));
        } catch (UsernameTakenException inUse) {
            throw taken(username);
        }
        staff.setUsername(staffId, created.username());
        return created.oneTimePassword() == null ? null : new NewSignIn(created.username(), created.oneTimePassword());
    }

    /** Carries a change of name, email or roles over to the account of someone who has one. */
    void update(StaffMember before, StaffMemberDetails after) {
        if (before.username() == null) {
            return;
        }
        if (after.roles().isEmpty()) {
            throw new InvalidInputException("roles", "Someone with a sign-in account keeps at least one role. "
                    + "To stop them signing in, deactivate them instead.");
        }
        String displayName = StaffMember.displayName(after.title(), after.firstName(), after.lastName());
        if (!displayName.equals(before.displayName()) || !after.email().equals(before.email())) {
            accounts.changeProfile(before.id(), displayName, after.email());
        }
        if (!after.roles().equals(before.roles())) {
            accounts.changeRoles(before.id(), after.roles());
        }
    }

    void deactivate(StaffMember member) {
        if (member.username() != null) {
            accounts.deactivate(member.id());
        }
    }

    String resetPassword(StaffMember member) {
        return accounts.resetPassword(member.id());
    }

    void unlock(StaffMember member) {
        accounts.unlock(Objects.requireNonNull(member.username()));
    }

    Optional<SignInStatus> statusOf(UUID staffId) {
        return accounts.ofStaff(staffId).map(account -> new SignInStatus(account.username(), account.enabled(),
                account.locked()));
    }

    /** The first user name from the name that no staff member has: "hokafor", then "hokafor2", … */
    String suggest(String firstName, String lastName) {
        String base = usernameBase(firstName, lastName);
        Set<String> taken = staff.usernamesStartingWith(base);
        if (!taken.contains(base)) {
            return base;
        }
        int number = 2;
        while (taken.contains(base + number)) {
            number++;
        }
        return base + number;
    }

    /** First initial and last name, without accents, spaces or punctuation: "José Núñez-Ruiz" → "jnunezruiz". */
    static String usernameBase(String firstName, String lastName) {
        String first = firstName.strip();
        String raw = (first.isEmpty() ? "" : first.substring(0, first.offsetByCodePoints(0, 1))) + lastName;
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (folded.length() < 2) {
            folded = "staff" + folded;
        }
        return folded.length() > MAX_USERNAME_BASE ? folded.substring(0, MAX_USERNAME_BASE) : folded;
    }

    private static AlreadyTakenException taken(String username) {
        return new AlreadyTakenException("username",
                "The user name \"" + username + "\" is already in use; choose another.");
    }
}
