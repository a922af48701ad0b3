package org.imagoclinic.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent as recorded: one partner, one kind, given or withdrawn on a day, and who recorded it.
 * The newest record per partner and kind is the one in force.
 */
public record Consent(ConsentKind kind, PartnerSlot partner, UUID personId, boolean given, LocalDate decidedOn,
                      String recordedBy, Instant recordedAt) {
}
