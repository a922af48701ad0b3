package org.imagoclinic.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One partner giving (or withdrawing) one consent.
 *
 * @param given true when given, false when refused or withdrawn
 * @param on the day it was given or withdrawn; today when null
 */
public record ConsentEntry(ConsentKind kind, PartnerSlot partner, boolean given, @Nullable LocalDate on) {
}
