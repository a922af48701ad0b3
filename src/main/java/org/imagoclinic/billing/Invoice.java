package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An issued invoice with what has happened to it since. The number, lines, total and payer never
 * change; credit notes and payments are added beside it.
 *
 * @param number gap-free per year, e.g. 2026-0001
 * @param currency ISO 4217 code, e.g. GBP
 * @param payerName whom it is addressed to, as it was when issued
 * @param ownOf the partner whose own individual sessions it bills, addressed to them alone; null for the
 *              couple's joint invoice (ADR 0047)
 * @param payerShares what each partner owes of the outstanding amount (for a third party: nothing)
 * @param outstanding total less credit notes less payments allocated to it
 */
public record Invoice(UUID id, String number, UUID coupleId, LocalDate issuedOn, LocalDate dueOn, String currency,
                      List<InvoiceLine> lines, Money total, PayerKind payerKind, @Nullable UUID payerPersonId,
                      @Nullable BigDecimal sharePercent, String payerName, @Nullable UUID ownOf, List<CreditNote> creditNotes, Money paid,
                      Money outstanding) {

    public Money credited() {
        return creditNotes.stream().map(CreditNote::amount).reduce(Money.ZERO, Money::plus);
    }
}
