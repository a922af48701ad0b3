package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One charge as an invoice bills it, copied when the invoice was issued. */
public record InvoiceLine(UUID chargeId, LocalDate serviceDate, String description, @Nullable String cptCode,
                          Money amount) {
}
