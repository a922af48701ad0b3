package org.imagoclinic.audit;

/** What was done. */
public enum AuditAction {
    VIEW("Viewed"),
    CREATE("Created"),
    UPDATE("Changed"),
    SIGN("Signed"),
    EXPORT("Exported"),
    PRINT("Printed"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILURE("Sign-in failed"),
    LOCK_OUT("Locked out"),
    SIGN_OUT("Signed out"),
    TIME_OUT("Timed out"),
    BREAK_GLASS("Break-glass access"),
    PERMISSION_CHANGE("Permissions changed"),
    /** A couple's record disposed of (retention ended or erasure), or its disposal approved or held: a tombstone of ids. */
    DISPOSE("Disposed of");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The action in plain words, for the audit view. */
    public String label() {
        return label;
    }
}
