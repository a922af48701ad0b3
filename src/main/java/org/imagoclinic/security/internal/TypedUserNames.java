package org.imagoclinic.security.internal;

import org.jspecify.annotations.Nullable;

/**
 * What is kept of a user name typed at a sign-in that failed: at most {@value #KEPT} characters, so
 * that a megabyte typed into the field is not stored in the audit trail and the lock-out tables
 * (ADR 0028). No account's user name is that long, so nothing a person types is cut.
 */
final class TypedUserNames {

    static final int KEPT = 100;

    private TypedUserNames() {
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
