package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ADJUSTMENT;
import static org.imagoclinic.billing.internal.db.Tables.CHARGE;
import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.BillingReport;
import org.imagoclinic.billing.BillingReports;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Money;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.SpreadsheetSafeCsv;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize(BillingAccess.REPORT_READERS)
class BillingReportService implements BillingReports {

    private final DSLContext db;
    private final Ledger ledger;
    private final TherapistProfiles therapists;
    private final BillingAccess access;
    private final BillingSettings settings;

    BillingReportService(DSLContext db, Ledger ledger, TherapistProfiles therapists, BillingAccess access,
                  BillingSettings settings) {
        this.db = db;
        this.ledger = ledger;
        this.therapists = therapists;
        this.access = access;
        this.settings = settings;
    }

    @Override
    @Transactional
    public BillingReport year(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Give a year such as 2026.");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<YearMonth, Money[]> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(year, m), new Money[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                    Money.ZERO, Money.ZERO});
        }
        Field<BigDecimal> adjusted = coalesce(field(db.select(sum(ADJUSTMENT.AMOUNT)).from(ADJUSTMENT)
                .where(ADJUSTMENT.CHARGE_ID.eq(CHARGE.ID))), BigDecimal.ZERO);
        Map<UUID, int[]> sessions = new HashMap<>();
        Map<UUID, Money> byTherapist = new HashMap<>();
        UUID none = new UUID(0, 0);
        for (Record row : db.select(CHARGE.SERVICE_DATE, CHARGE.KIND, CHARGE.THERAPIST_ID, CHARGE.AMOUNT, adjusted)
                .from(CHARGE).where(CHARGE.SERVICE_DATE.ge(from).and(CHARGE.SERVICE_DATE.lt(to))).fetch()) {
            Money net = Money.of(row.get(CHARGE.AMOUNT).add(row.get(adjusted)));
            LocalDate day = row.get(CHARGE.SERVICE_DATE);
            ChargeKind kind = ChargeKind.valueOf(row.get(CHARGE.KIND));
            add(months, day, 0, net);
            if (kind == ChargeKind.NO_SHOW) {
                add(months, day, 5, net);
            } else if (kind == ChargeKind.LATE_CANCELLATION) {
                add(months, day, 6, net);
            }
            UUID therapist = row.get(CHARGE.THERAPIST_ID) == null ? none : row.get(CHARGE.THERAPIST_ID);
            byTherapist.merge(therapist, net, Money::plus);
            sessions.computeIfAbsent(therapist, id -> new int[1])[0] += kind == ChargeKind.SESSION ? 1 : 0;
        }
        db.select(INVOICE.ISSUED_ON, INVOICE.TOTAL).from(INVOICE).where(INVOICE.ISSUED_ON.ge(from).and(INVOICE.ISSUED_ON.lt(to)))
                .forEach(r -> add(months, r.value1(), 1, Money.of(r.value2())));
        db.select(CREDIT_NOTE.ISSUED_ON, CREDIT_NOTE.AMOUNT).from(CREDIT_NOTE)
                .where(CREDIT_NOTE.ISSUED_ON.ge(from).and(CREDIT_NOTE.ISSUED_ON.lt(to)))
                .forEach(r -> add(months, r.value1(), 2, Money.of(r.value2())));
        db.select(PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT).from(PAYMENT).where(PAYMENT.RECEIVED_ON.ge(from).and(PAYMENT.RECEIVED_ON.lt(to)))
                .forEach(r -> add(months, r.value1(), 3, Money.of(r.value2())));
        db.select(REFUND.REFUNDED_ON, REFUND.AMOUNT).from(REFUND).where(REFUND.REFUNDED_ON.ge(from).and(REFUND.REFUNDED_ON.lt(to)))
                .forEach(r -> add(months, r.value1(), 4, Money.of(r.value2())));
        List<BillingReport.Month> rows = new ArrayList<>();
        months.forEach((month, s) -> rows.add(new BillingReport.Month(month, s[0], s[1], s[2], s[3], s[4], s[5], s[6])));
        List<BillingReport.TherapistLine> lines = byTherapist.entrySet().stream()
                .map(e -> new BillingReport.TherapistLine(e.getKey().equals(none) ? null : e.getKey(),
                        e.getKey().equals(none) ? "(no therapist)" : therapists.of(e.getKey()).name(),
                        sessions.get(e.getKey())[0], e.getValue()))
                .sorted(Comparator.comparing(BillingReport.TherapistLine::name)).toList();
        Money outstanding = ledger.outstandingInvoices().stream().map(Invoice::outstanding).reduce(Money.ZERO, Money::plus);
        access.audited(AuditAction.VIEW, "BillingReport", year, null, null);
        return new BillingReport(year, settings.currency(), rows, lines, outstanding);
    }

    /** Adds an amount to one figure (the index of {@link BillingReport.Month}'s amounts, in order) of a day's month. */
    private static void add(Map<YearMonth, Money[]> months, LocalDate day, int figure, Money amount) {
        Money[] sums = months.get(YearMonth.from(day));
        sums[figure] = sums[figure].plus(amount);
    }

    @Override
    @Transactional
    public String csv(int year) {
        BillingReport report = year(year);
        StringBuilder out = new StringBuilder();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "section", "period or therapist", "charged", "invoiced",
                "credited", "collected", "refunded", "no-show fees", "late-cancellation fees", "sessions", "currency")) {
            for (BillingReport.Month m : report.months()) {
                csv.row("month", m.month(), m.charged(), m.invoiced(), m.credited(), m.collected(), m.refunded(),
                        m.noShowFees(), m.lateCancellationFees(), null, report.currency());
            }
            BillingReport.Month t = report.total();
            csv.row("year", year, t.charged(), t.invoiced(), t.credited(), t.collected(), t.refunded(), t.noShowFees(),
                    t.lateCancellationFees(), null, report.currency());
            for (BillingReport.TherapistLine line : report.therapists()) {
                csv.row("therapist", line.name(), line.charged(), null, null, null, null, null, null, line.sessions(),
                        report.currency());
            }
            csv.row("outstanding today", "all invoices", report.outstandingToday(), null, null, null, null, null, null,
                    null, report.currency());
        }
        access.audited(AuditAction.EXPORT, "BillingReport", year, null, "CSV");
        return out.toString();
    }
}
