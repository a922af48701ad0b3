package org.imagoclinic.billing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.billing.AgingReport;
import org.imagoclinic.billing.Balance;
import org.imagoclinic.billing.BillingReport;
import org.imagoclinic.billing.BillingReports;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeCorrection;
import org.imagoclinic.billing.Charges;
import org.imagoclinic.billing.CreditNote;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.MonthlySending;
import org.imagoclinic.billing.MonthlyStatements;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.Payment;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.billing.SessionPackage;
import org.imagoclinic.billing.SlidingScale;
import org.imagoclinic.billing.StatementRecipients;
import org.imagoclinic.billing.Statements;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the fee schedule, a couple's charges, payer, invoices, packages, payments and balance, and the
 * aging report. Who may call what is the services' rule (ADR 0036); errors are problem details.
 */
@Tag(name = "Billing", description = "Fees, charges, invoices and payments")
@RestController
@RequestMapping("/api/billing")
class BillingController {

    private final FeeSchedule fees;
    private final Charges charges;
    private final Invoices invoices;
    private final Payments payments;
    private final BillingReports reports;
    private final Packages packages;
    private final Statements statements;
    private final MonthlyStatements monthlyStatements;

    BillingController(FeeSchedule fees, Charges charges, Invoices invoices, Payments payments, BillingReports reports,
                      Packages packages, Statements statements, MonthlyStatements monthlyStatements) {
        this.monthlyStatements = monthlyStatements;
        this.reports = reports;
        this.packages = packages;
        this.statements = statements;
        this.fees = fees;
        this.charges = charges;
        this.invoices = invoices;
        this.payments = payments;
    }

    /** A new fee for a line of the schedule. */
    record FeeChange(@Nullable BigDecimal amount) {
    }

    /** A sliding scale to set; a null percent returns the couple to standard fees. */
    record ScaleChange(@Nullable BigDecimal percent, @Nullable String reason) {
    }

    /** Who pays a couple's invoices from now on. */
    record PayerChoice(@Nullable PayerKind kind, @Nullable UUID personId, @Nullable BigDecimal sharePercent,
                       @Nullable String thirdPartyName, @Nullable String thirdPartyAddress,
                       @Nullable String thirdPartyEmail) {
    }

    /** An amount with the reason for it: a credit note or a refund. */
    record AmountWithReason(@Nullable BigDecimal amount, @Nullable String reason) {
    }

    /** A prepaid course to sell: the fee line it covers, how many sessions, the price of all of them. */
    record PackageSale(@Nullable UUID feeId, @Nullable Integer sessions, @Nullable BigDecimal price) {
    }

    @Operation(operationId = "listFees", summary = "List the clinic's fees")
    @GetMapping("/fees")
    List<Fee> fees() {
        return fees.fees();
    }

    @Operation(operationId = "changeFee", summary = "Change a fee")
    @PutMapping("/fees/{id}")
    Fee changeFee(@PathVariable UUID id, @RequestBody FeeChange change) {
        return fees.changeFee(id, change.amount());
    }

    /** Whether last month's statements go by email by themselves, and on which day of the month. */
    record MonthlySendingChange(@Nullable Boolean enabled, @Nullable Integer dayOfMonth) {
    }

    @Operation(operationId = "monthlyStatementSending", summary = "Show whether monthly statements go by themselves")
    @GetMapping("/statement-schedule")
    MonthlySending monthlySending() {
        return monthlyStatements.current();
    }

    @Operation(operationId = "changeMonthlyStatementSending",
            summary = "Turn the monthly sending of statements on or off and choose its day")
    @PutMapping("/statement-schedule")
    MonthlySending changeMonthlySending(@RequestBody MonthlySendingChange change) {
        return monthlyStatements.change(change.enabled(), change.dayOfMonth());
    }

    @Operation(operationId = "slidingScale", summary = "Show a couple's sliding-scale fee")
    @GetMapping("/couples/{coupleId}/sliding-scale")
    ResponseEntity<SlidingScale> slidingScale(@PathVariable UUID coupleId) {
        return ResponseEntity.of(fees.slidingScaleOf(coupleId));
    }

    @Operation(operationId = "setSlidingScale", summary = "Set a couple's sliding-scale fee")
    @PutMapping("/couples/{coupleId}/sliding-scale")
    ResponseEntity<SlidingScale> setSlidingScale(@PathVariable UUID coupleId, @RequestBody ScaleChange change) {
        Optional<SlidingScale> scale = fees.setSlidingScale(coupleId, change.percent(), change.reason());
        return scale.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @Operation(operationId = "coupleCharges", summary = "List a couple's charges")
    @GetMapping("/couples/{coupleId}/charges")
    List<Charge> charges(@PathVariable UUID coupleId) {
        return charges.ofCouple(coupleId);
    }

    @Operation(operationId = "correctCharge", summary = "Correct a charge")
    @PostMapping("/charges/{id}/corrections")
    Charge correct(@PathVariable UUID id, @RequestBody ChargeCorrection correction) {
        return charges.correct(id, correction);
    }

    @Operation(operationId = "couplePayer", summary = "Show who pays for a couple")
    @GetMapping("/couples/{coupleId}/payer")
    Payer payer(@PathVariable UUID coupleId) {
        return invoices.payerOf(coupleId);
    }

    @Operation(operationId = "choosePayer", summary = "Choose who pays for a couple")
    @PutMapping("/couples/{coupleId}/payer")
    Payer choosePayer(@PathVariable UUID coupleId, @RequestBody PayerChoice choice) {
        return invoices.choosePayer(new Payer(coupleId, choice.kind(), choice.personId(), choice.sharePercent(),
                choice.thirdPartyName(), choice.thirdPartyAddress(), choice.thirdPartyEmail()));
    }

    @Operation(operationId = "coupleInvoices", summary = "List a couple's invoices")
    @GetMapping("/couples/{coupleId}/invoices")
    List<Invoice> invoices(@PathVariable UUID coupleId) {
        return invoices.ofCouple(coupleId);
    }

    /**
     * The couple's joint work goes on one invoice to whoever pays, each partner's individual sessions on
     * one to that partner alone; the answer lists every invoice issued, the joint one first.
     */
    @Operation(operationId = "issueInvoice", summary = "Invoice a couple's open charges")
    @PostMapping("/couples/{coupleId}/invoices")
    ResponseEntity<List<Invoice>> issue(@PathVariable UUID coupleId) {
        List<Invoice> issued = invoices.issue(coupleId);
        return ResponseEntity.created(URI.create("/api/billing/invoices/" + issued.getFirst().id())).body(issued);
    }

    @Operation(operationId = "getInvoice", summary = "Read one invoice")
    @GetMapping("/invoices/{id}")
    Invoice invoice(@PathVariable UUID id) {
        return invoices.get(id);
    }

    @Operation(operationId = "invoicePdf", summary = "Download an invoice as PDF")
    @GetMapping(value = "/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invoice-" + id + ".pdf").build().toString())
                .body(invoices.pdf(id));
    }

    /** Has the invoice emailed to the third party who pays, its PDF attached (no CPT codes), through notifications. */
    @Operation(operationId = "emailInvoice", summary = "Email an invoice to the third party who pays (PDF attached)")
    @PostMapping("/invoices/{id}/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    InvoiceEmailed emailInvoice(@PathVariable UUID id) {
        return new InvoiceEmailed(invoices.emailToThirdParty(id));
    }

    /** An invoice on its way to the third party's address; the Messages tab shows whether it went. */
    record InvoiceEmailed(String to) {
    }

    @Operation(operationId = "creditInvoice", summary = "Issue a credit note against an invoice")
    @PostMapping("/invoices/{id}/credit-notes")
    ResponseEntity<CreditNote> credit(@PathVariable UUID id, @RequestBody AmountWithReason credit) {
        CreditNote note = invoices.credit(id, credit.amount(), credit.reason());
        return ResponseEntity.created(URI.create("/api/billing/invoices/" + id)).body(note);
    }

    @Operation(operationId = "couplePayments", summary = "List a couple's payments")
    @GetMapping("/couples/{coupleId}/payments")
    List<Payment> payments(@PathVariable UUID coupleId) {
        return payments.ofCouple(coupleId);
    }

    @Operation(operationId = "recordPayment", summary = "Record a payment")
    @PostMapping("/couples/{coupleId}/payments")
    ResponseEntity<Payment> pay(@PathVariable UUID coupleId, @RequestBody NewPayment payment) {
        Payment recorded = payments.record(coupleId, payment);
        return ResponseEntity.created(URI.create("/api/billing/couples/" + coupleId + "/payments")).body(recorded);
    }

    @Operation(operationId = "paymentsOfTheDay", summary = "List the payments taken on a day")
    @GetMapping("/payments")
    List<Payment> paymentsOfTheDay(@RequestParam java.time.LocalDate day) {
        return payments.receivedOn(day);
    }

    @Operation(operationId = "refundPayment", summary = "Refund a payment")
    @PostMapping("/payments/{id}/refunds")
    Payment refund(@PathVariable UUID id, @RequestBody AmountWithReason refund) {
        return payments.refund(id, refund.amount(), refund.reason());
    }

    @Operation(operationId = "couplePackages", summary = "List a couple's prepaid packages and the sessions left")
    @GetMapping("/couples/{coupleId}/packages")
    List<SessionPackage> packages(@PathVariable UUID coupleId) {
        return packages.ofCouple(coupleId);
    }

    @Operation(operationId = "sellPackage", summary = "Sell a prepaid package of sessions")
    @PostMapping("/couples/{coupleId}/packages")
    ResponseEntity<SessionPackage> sellPackage(@PathVariable UUID coupleId, @RequestBody PackageSale sale) {
        SessionPackage sold = packages.sell(coupleId, sale.feeId(), sale.sessions(), sale.price());
        return ResponseEntity.created(URI.create("/api/billing/couples/" + coupleId + "/packages")).body(sold);
    }

    /**
     * The couple's statement for a month, e.g. {@code month=2026-11}, as a PDF addressed to whoever pays
     * (for partners, the joint invoices only); with {@code partnerId}, that partner's own statement.
     */
    @Operation(operationId = "monthlyStatement", summary = "Download a couple's or one partner's statement for a month as PDF")
    @GetMapping(value = "/couples/{coupleId}/statement", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> statement(@PathVariable UUID coupleId, @RequestParam java.time.YearMonth month,
                                     @RequestParam(required = false) @Nullable UUID partnerId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statement-" + month + ".pdf").build().toString())
                .body(partnerId == null ? statements.monthly(coupleId, month)
                        : statements.ofPartner(coupleId, month, partnerId));
    }

    /** Has the month's statement emailed to the partners who pay, through the notifications module. */
    @Operation(operationId = "emailMonthlyStatement",
            summary = "Email a couple's statement for a month to whoever pays (PDF attached)")
    @PostMapping("/couples/{coupleId}/statement/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    StatementEmailed emailStatement(@PathVariable UUID coupleId, @RequestParam java.time.YearMonth month) {
        StatementRecipients to = statements.email(coupleId, month);
        return new StatementEmailed(month, to.partnerIds(), to.thirdParty());
    }

    /**
     * A statement on its way: to whom (the paying partners, and the third party's address when it pays);
     * the Messages tab shows whether each mail went.
     */
    record StatementEmailed(java.time.YearMonth month, List<UUID> payerIds, @Nullable String thirdParty) {
    }

    @Operation(operationId = "coupleBalance", summary = "Show a couple's balance")
    @GetMapping("/couples/{coupleId}/balance")
    Balance balance(@PathVariable UUID coupleId) {
        return payments.balanceOf(coupleId);
    }

    @Operation(operationId = "billingReport", summary = "Show income and what is owed for a period")
    @GetMapping("/report")
    BillingReport report(@RequestParam int year) {
        return reports.year(year);
    }

    @Operation(operationId = "billingReportCsv", summary = "Download the billing report as CSV")
    @GetMapping(value = "/report.csv", produces = "text/csv")
    ResponseEntity<String> reportCsv(@RequestParam int year) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("billing-" + year + ".csv").build().toString())
                .body(reports.csv(year));
    }

    @Operation(operationId = "agedBalances", summary = "List unpaid balances by age")
    @GetMapping("/aging")
    AgingReport aging() {
        return payments.aging();
    }
}
