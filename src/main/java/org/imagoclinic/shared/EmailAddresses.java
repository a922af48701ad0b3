package org.imagoclinic.shared;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What makes an email address acceptable, one rule for every address the clinic stores (a partner's,
 * a safe contact's, a third-party payer's): services refuse with this message and forms show it next
 * to the field.
 */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** The longest address mail servers accept (RFC 5321 path limit). */
    public static final int MAX = 254;

    private EmailAddresses() {
    }

    /** What is wrong with the address in plain words; empty when it will do or none is given. */
    public static Optional<String> problem(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String trimmed = email.strip();
        return EMAIL.matcher(trimmed).matches() && trimmed.length() <= MAX ? Optional.empty()
                : Optional.of("This is not an email address; it looks like name@example.org.");
    }
}
