package org.imagoclinic.audit;

/** Whether the action was allowed to happen. */
public enum AuditOutcome {
    ALLOWED,
    DENIED
}
