package org.imagoclinic.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing to write into the audit trail.
 *
 * @param action what was done
 * @param subjectType the kind of record acted on, e.g. "Couple", "SessionNote", "Account"; null for a sign-in
 * @param subjectId the record's id; null when there is no single record
 * @param coupleId the couple the record belongs to, where there is one
 * @param outcome allowed or denied
 * @param reason why, where one was given (a break-glass reason, a refusal's cause)
 */
public record AuditRecord(AuditAction action, @Nullable String subjectType, @Nullable String subjectId,
                          @Nullable UUID coupleId, AuditOutcome outcome, @Nullable String reason) {

    /** An allowed action on one record. */
    public static AuditRecord allowed(AuditAction action, String subjectType, Object subjectId) {
        return new AuditRecord(action, subjectType, String.valueOf(subjectId), null, AuditOutcome.ALLOWED, null);
    }

    /** A refused action on one record. */
    public static AuditRecord denied(AuditAction action, String subjectType, Object subjectId, String reason) {
        return new AuditRecord(action, subjectType, String.valueOf(subjectId), null, AuditOutcome.DENIED, reason);
    }

    /** The same record, tied to a couple. */
    public AuditRecord ofCouple(@Nullable UUID couple) {
        return new AuditRecord(action, subjectType, subjectId, couple, outcome, reason);
    }

    /** The same record with a reason. */
    public AuditRecord because(@Nullable String why) {
        return new AuditRecord(action, subjectType, subjectId, coupleId, outcome, why);
    }
}
