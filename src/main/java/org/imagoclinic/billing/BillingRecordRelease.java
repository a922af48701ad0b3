package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The billing module's part of a copy of a record (ADR 0040, issue 30): the couple's invoices with their
 * lines and the payments. Each line names the session it charges ({@code sessionId}), so the records
 * module can leave out the lines of the other partner's individual sessions; each payment names who paid.
 * Checks no care team and audits nothing: only the records module calls it, and it decides and audits
 * (ArchitectureTests).
 */
public interface BillingRecordRelease {

    /** One charge on an invoice; {@code sessionId} is the session (or workshop day) it is for. */
    record ReleasedLine(UUID sessionId, LocalDate serviceDate, String description, BigDecimal amount) {
    }

    /**
     * An issued invoice; {@code credited} is what credit notes took off it; {@code ownOf} is the partner whose
     * own individual sessions it bills (addressed to them alone), null for the couple's joint invoice.
     */
    record ReleasedInvoice(String number, LocalDate issuedOn, LocalDate dueOn, String currency, BigDecimal total,
                           BigDecimal credited, List<ReleasedLine> lines, @Nullable UUID ownOf) {
    }

    /** A payment received; {@code paidBy} is the partner who paid, null when paid for the couple or by a third party. */
    record ReleasedPayment(LocalDate receivedOn, String method, BigDecimal amount, @Nullable UUID paidBy) {
    }

    /** The couple's invoices, oldest first. */
    List<ReleasedInvoice> invoicesOf(UUID coupleId);

    /** The couple's payments, oldest first. */
    List<ReleasedPayment> paymentsOf(UUID coupleId);
}
