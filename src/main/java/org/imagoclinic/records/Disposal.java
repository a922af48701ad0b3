package org.imagoclinic.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A couple on the disposal list (ADR 0049).
 *
 * @param coupleName       e.g. "Smith &amp; Jones"; empty once disposed of
 * @param retentionEndedOn the day the last retention period ended (for an erasure: the day it was asked for)
 * @param holdReason       why an administrator holds it, e.g. "Legal hold: court order of 3 March"
 * @param decidedBy        the administrator who approved or held it
 */
public record Disposal(UUID id, UUID coupleId, String coupleName, DisposalCause cause, LocalDate retentionEndedOn,
                       LocalDate listedOn, DisposalStatus status, @Nullable String holdReason, @Nullable String decidedBy,
                       @Nullable Instant decidedAt) {
}
