package org.imagoclinic.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the audit trail; a null filter does not restrict.
 *
 * @param person part of a user name, matched regardless of case
 * @param staffId one staff member
 * @param coupleId one couple
 * @param action one kind of action
 * @param from the first day, inclusive, in the clinic's time zone
 * @param to the last day, inclusive, in the clinic's time zone
 */
public record AuditQuery(@Nullable String person, @Nullable UUID staffId, @Nullable UUID coupleId,
                         @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

    /** Everything. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
