package org.imagoclinic.security.internal;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The clinic's rules for a new password, answered in plain words. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {
    }

    /** Why the password can't be used, or empty when it can. */
    static Optional<String> problemWith(String password, String username, @Nullable String email) {
        if (Passwords.tooLong(password)) {
            return Optional.of(Passwords.TOO_LONG);
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password can't be your user name.");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password can't be your email address.");
        }
        return Optional.empty();
    }
}
