package org.imagoclinic.billing;

import java.util.List;
import java.util.UUID;

/**
 * Where a couple stands.
 *
 * @param unbilled charges not yet invoiced (after their adjustments)
 * @param outstanding what issued invoices still ask for
 * @param credit money received and neither put against an invoice nor refunded
 * @param due outstanding less credit: what the couple owes now (negative: the clinic owes them)
 * @param partners each partner's part of the outstanding amount, by the payer of each invoice; a
 *                 third party's part is in neither
 */
public record Balance(UUID coupleId, String currency, Money unbilled, Money outstanding, Money credit, Money due,
                      List<PartnerBalance> partners) {

    /** One partner's part of what invoices still ask for. */
    public record PartnerBalance(UUID personId, String name, Money outstanding) {
    }
}
