package org.imagoclinic.security.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What BCrypt can hash: at most {@value #MAX_BYTES} bytes of UTF-8. Spring Security refuses to hash a
 * longer password and, when checking one, silently looks at its first {@value #MAX_BYTES} bytes only,
 * so the clinic refuses such a password in plain words wherever one is set or checked (ADR 0030).
 */
final class Passwords {

    static final int MAX_BYTES = 72;

    static final String TOO_LONG = "A password can be at most " + MAX_BYTES + " bytes long: " + MAX_BYTES
            + " plain letters, digits or signs, fewer with accented letters or other scripts (2 to 4 bytes each).";

    private Passwords() {
    }

    /** Whether BCrypt could not hash all of it. */
    static boolean tooLong(@Nullable CharSequence password) {
        return password != null && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
