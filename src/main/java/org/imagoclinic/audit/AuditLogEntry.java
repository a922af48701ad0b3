package org.imagoclinic.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail as the audit view and the API show it. */
public record AuditLogEntry(long id, OffsetDateTime occurredAt, @Nullable UUID accountId, @Nullable UUID staffId,
                            String username, List<String> roles, AuditAction action, @Nullable String subjectType,
                            @Nullable String subjectId, @Nullable UUID coupleId, AuditOutcome outcome,
                            @Nullable String reason, @Nullable String ipAddress) {
}
