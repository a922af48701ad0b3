package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a couple owes for one thing the clinic provided or its policy charges.
 *
 * @param sourceId the appointment (a workshop day) it was made for
 * @param amount as charged, from the fee schedule and the couple's sliding scale
 * @param net the amount after its adjustments: what an invoice bills
 * @param invoiceNumber the invoice that bills it; null while unbilled
 */
public record Charge(UUID id, UUID coupleId, UUID sourceId, ChargeKind kind, LocalDate serviceDate, String description,
                     @Nullable String cptCode, @Nullable UUID therapistId, Money amount, List<Adjustment> adjustments,
                     Money net, @Nullable String invoiceNumber) {

    public boolean invoiced() {
        return invoiceNumber != null;
    }

    /** Whether a prepaid package paid for it: there is nothing left to adjust, write off or invoice. */
    public boolean coveredByPackage() {
        return adjustments.stream().anyMatch(Adjustment::prepaid);
    }
}
