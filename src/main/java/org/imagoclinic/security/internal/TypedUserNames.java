package org.imagoclinic.security.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What is kept of a user name typed at a sign-in that failed: at most {@value #KEPT} characters, so
 * that a megabyte typed into the field is not stored in the audit trail and the lock-out tables
 * (ADR 0028). No account's user name is that long, so nothing a person types is cut. And the one key
 * a typed user name is found and counted by: the account lookup and the lock-out use the same key,
 * whatever the server's language (ADR 0030).
 */
final class TypedUserNames {

    static final int KEPT = 100;

    private TypedUserNames() {
    }

    /**
     * The key of a typed user name: trimmed, cut like {@link #kept}, lower case by {@link Locale#ROOT}
     * (never the server's locale: in Turkish "I" lowers to a dotless "ı"). Account user names are
     * plain ASCII, for which this agrees with PostgreSQL's {@code lower()}.
     */
    static String key(@Nullable String typed) {
        return kept(typed == null ? null : typed.trim()).toLowerCase(Locale.ROOT);
    }

    /** The typed name, cut to {@value #KEPT} characters (code points) with "…" when longer. */
    static String kept(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        if (typed.codePointCount(0, typed.length()) <= KEPT) {
            return typed;
        }
        return typed.substring(0, typed.offsetByCodePoints(0, KEPT)) + "…";
    }
}
