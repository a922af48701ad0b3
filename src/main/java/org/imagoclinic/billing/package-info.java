/**
 * Billing for self-pay couples (ADR 0036): the fee schedule with the CPT code each service bills as
 * and sliding-scale fees per couple; charges made once from scheduling's events (a completed session,
 * a no-show, a late cancellation, each couple's workshop place) and corrected only by adjustments;
 * invoices per couple, numbered without gaps per year and never changed once issued (credit notes
 * correct them), with the payer chosen per couple; payments, their allocation to invoices and refunds;
 * balances per couple and per partner and the aging of what is owed. Owns schema {@code billing}.
 * Money is exact: {@link org.imagoclinic.billing.Money}. Publishes {@code InvoiceIssued},
 * {@code PaymentRecorded}, {@code StatementEmailRequested} and {@code ThirdPartyMailRequested} (notifications mails
 * them; billing sends no mail).
 *
 * <p>Its API: {@link org.imagoclinic.billing.FeeSchedule}, {@link org.imagoclinic.billing.Charges},
 * {@link org.imagoclinic.billing.Invoices}, {@link org.imagoclinic.billing.Payments},
 * {@link org.imagoclinic.billing.Packages} (prepaid courses), {@link org.imagoclinic.billing.Diagnoses}
 * (each partner's ICD-10 diagnoses, clinical data), {@link org.imagoclinic.billing.Superbills},
 * {@link org.imagoclinic.billing.Statements} (monthly, naming no session; ADR 0047)
 * and {@link org.imagoclinic.billing.BillingReports} (the year's figures, and as CSV).
 *
 * <p>It depends on the shared kernel (exceptions); on scheduling, whose session events it charges and whose therapist names the report shows;
 * on clients, for the partners of a couple (the payer, the names on an invoice) and whose couple page
 * it adds a "Billing" tab to; on security, for who is signed in, the roles and the care team (a
 * therapist sees the balances of their own couples); on staff, for the therapists' licence and NPI
 * on a superbill; and on audit, where every read and change that
 * names a couple is written.
 */
@ApplicationModule(displayName = "Billing", allowedDependencies = {"shared", "shared :: components", "scheduling",
        "staff", "clients", "clients :: couple-tabs", "security", "audit"})
@NullMarked
package org.imagoclinic.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
