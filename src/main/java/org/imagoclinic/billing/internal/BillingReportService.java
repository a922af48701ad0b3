package org.imagoclinic.billing.internal;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize(BillingAccess.REPORT_READERS)
class BillingReportService implements BillingReports {

    private final BillingReportQueries queries;
    private final Ledger ledger;
    private final TherapistProfiles therapists;
    private final BillingAccess access;
    private final BillingSettings settings;

    BillingReportService(BillingReportQueries queries, Ledger ledger, TherapistProfiles therapists, BillingAccess access,
                         BillingSettings settings) {
        this.queries = queries;
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
        Map<UUID, int[]> sessions = new HashMap<>();
        Map<UUID, Money> byTherapist = new HashMap<>();
        UUID none = new UUID(0, 0);
        for (BillingReportQueries.Charged row : queries.charged(from, to)) {
            Money net = row.net();
            LocalDate day = row.day();
            ChargeKind kind = row.kind();
            add(months, day, 0, net);
            if (kind == ChargeKind.NO_SHOW) {
                add(months, day, 5, net);
            } else if (kind == ChargeKind.LATE_CANCELLATION) {
                add(months, day, 6, net);
            }
            UUID therapist = row.therapistId() == null ? none : row.therapistId();
            byTherapist.merge(therapist, net, Money::plus);
            sessions.computeIfAbsent(therapist, id -> new int[1])[0] += kind == ChargeKind.SESSION ? 1 : 0;
        }
        queries.invoiced(from, to).forEach(r -> add(months, r.day(), 1, r.amount()));
        queries.credited(from, to).forEach(r -> add(months, r.day(), 2, r.amount()));
        queries.collected(from, to).forEach(r -> add(months, r.day(), 3, r.amount()));
        queries.refunded(from, to).forEach(r -> add(months, r.day(), 4, r.amount()));
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
