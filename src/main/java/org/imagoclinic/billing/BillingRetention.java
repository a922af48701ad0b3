package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What a couple's financial records' retention is counted from (ADR 0049), for the records module's
 * disposal list: a date only, no amounts, so no billing role is asked for.
 */
public interface BillingRetention {

    /** The latest day the couple was invoiced, paid, credited or refunded; empty when never billed. */
    Optional<LocalDate> lastFinancialDayOf(UUID coupleId);
}
