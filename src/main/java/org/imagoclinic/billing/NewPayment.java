package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as the front desk records it.
 *
 * @param paidBy the partner who paid; null for both together or a third party
 * @param reference the card slip, transfer reference or receipt number; required except for cash
 * @param receivedOn the day it came in; null for today
 * @param invoiceId the invoice it pays first; null to pay the oldest outstanding invoices first
 */
public record NewPayment(@Nullable BigDecimal amount, @Nullable PaymentMethod method, @Nullable UUID paidBy,
                         @Nullable String reference, @Nullable LocalDate receivedOn, @Nullable UUID invoiceId) {
}
