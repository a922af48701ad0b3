package org.imagoclinic.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.InvoiceLine;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.SessionPackage;
import org.imagoclinic.billing.Superbills;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.Clinicians;
import org.imagoclinic.staff.ProviderIdentity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers one partner's superbill (ADR 0047). Lines are the couple's billed sessions with a CPT code
 * and this partner's own individual sessions, never the other partner's; each session's fee is its
 * invoice line, or its share of a prepaid package, and what was paid is that fee's share of the money
 * put against its invoice (or the package's), rounded once per line.
 */
@Service
@PreAuthorize(BillingAccess.BILLERS)
class SuperbillService implements Superbills {

    /** CPT codes of individual psychotherapy: such a session is on its own partner's superbill only. */
    private static final Set<String> INDIVIDUAL_CODES = Set.of("90832", "90834", "90837");

    private final ChargeRepository charges;
    private final DiagnosisRepository diagnoses;
    private final Couples couples;
    private final Ledger ledger;
    private final PackageService packages;
    private final Clinicians clinicians;
    private final SuperbillPdf pdf;
    private final BillingAccess access;

    SuperbillService(ChargeRepository charges, DiagnosisRepository diagnoses, Couples couples, Ledger ledger,
                     PackageService packages, Clinicians clinicians, SuperbillPdf pdf, BillingAccess access) {
        this.charges = charges;
        this.diagnoses = diagnoses;
        this.couples = couples;
        this.ledger = ledger;
        this.packages = packages;
        this.clinicians = clinicians;
        this.pdf = pdf;
        this.access = access;
    }

    /** One session as a superbill lists it. */
    record Line(LocalDate day, String cptCode, String description, @Nullable UUID therapistId, Money fee, Money paid) {
    }

    /** Everything a superbill prints. */
    record Contents(Partner patient, LocalDate from, LocalDate to, List<Diagnosis> diagnoses, List<Line> lines,
                    List<ProviderIdentity> providers) {
    }

    @Override
    @Transactional
    public byte[] pdf(UUID coupleId, @Nullable UUID personId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Couple couple = couples.get(coupleId);
        Partner patient = personId == null ? null : couple.partnerA().personId().equals(personId) ? couple.partnerA()
                : couple.partnerB().personId().equals(personId) ? couple.partnerB() : null;
        if (patient == null) {
            throw new InvalidInputException("personId", "Choose the partner who claims: one of the couple's partners.");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException(from == null ? "from" : "to", "Give the first and the last day the superbill covers.");
        }
        List<Line> lines = lines(coupleId, patient.personId(), from, to);
        if (lines.isEmpty()) {
            throw new BusinessRuleException(patient.displayName() + " has no invoiced or prepaid session with a CPT code from "
                    + from + " to " + to + ".");
        }
        List<Diagnosis> applying = diagnoses.ofPartner(coupleId, patient.personId()).stream()
                .filter(d -> d.appliesBetween(from, to)).toList();
        if (applying.isEmpty()) {
            throw new BusinessRuleException("No diagnosis of " + patient.displayName() + " applies from " + from + " to " + to
                    + ": insurers refuse a superbill without one. Ask the couple's therapist to record it.");
        }
        List<ProviderIdentity> providers = lines.stream().map(Line::therapistId).filter(Objects::nonNull).distinct()
                .map(clinicians::providerIdentity).flatMap(java.util.Optional::stream).toList();
        access.audited(AuditAction.PRINT, "Superbill", patient.personId(), coupleId, "superbill from " + from + " to " + to
                + ": " + lines.size() + " sessions, " + applying.size() + " diagnoses printed");
        return pdf.write(new Contents(patient, from, to, applying, lines, providers));
    }

    private List<Line> lines(UUID coupleId, UUID patientId, LocalDate from, LocalDate to) {
        Map<UUID, UUID> attendee = charges.partnerOfCharges(coupleId);
        List<Charge> sessions = ledger.chargesOf(coupleId).reversed().stream()
                .filter(c -> c.kind() == ChargeKind.SESSION && c.cptCode() != null)
                .filter(c -> !c.serviceDate().isBefore(from) && !c.serviceDate().isAfter(to))
                .filter(c -> INDIVIDUAL_CODES.contains(c.cptCode()) ? patientId.equals(attendee.get(c.id()))
                        : attendee.get(c.id()) == null)
                .toList();
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        ledger.invoicesOf(coupleId).forEach(i -> invoices.put(i.number(), i));
        Map<UUID, String> invoiceOfCharge = new LinkedHashMap<>();
        ledger.chargesOf(coupleId).stream().filter(Charge::invoiced).forEach(c -> invoiceOfCharge.put(c.id(), c.invoiceNumber()));
        Map<UUID, SessionPackage> prepaid = packages.packagesOfCharges(sessions.stream().map(Charge::id).toList());
        Map<UUID, UUID> packageCharge = charges.packageCharges(coupleId);
        List<Line> lines = new ArrayList<>();
        for (Charge charge : sessions) {
            if (charge.invoiced()) {
                Invoice invoice = invoices.get(charge.invoiceNumber());
                Money fee = invoice.lines().stream().filter(l -> l.chargeId().equals(charge.id())).map(InvoiceLine::amount)
                        .findFirst().orElse(charge.net());
                lines.add(new Line(charge.serviceDate(), charge.cptCode(), charge.description(), charge.therapistId(), fee,
                        paidShare(fee, invoice)));
            } else if (prepaid.containsKey(charge.id())) {
                SessionPackage course = prepaid.get(charge.id());
                Money fee = course.pricePerSession();
                String number = invoiceOfCharge.get(packageCharge.get(course.id()));
                Money paid = number == null ? Money.ZERO : paidShare(fee, invoices.get(number));
                lines.add(new Line(charge.serviceDate(), charge.cptCode(), charge.description() + " (prepaid package)",
                        charge.therapistId(), fee, paid));
            }
        }
        return lines;
    }

    /** A fee's share of the money put against its invoice, as the invoice's net total after credit notes. */
    private static Money paidShare(Money fee, Invoice invoice) {
        BigDecimal net = invoice.total().minus(invoice.credited()).amount();
        if (net.signum() <= 0 || !invoice.paid().isPositive()) {
            return Money.ZERO;
        }
        BigDecimal share = invoice.paid().amount().min(net);
        return Money.of(fee.amount().multiply(share).divide(net, Money.SCALE, Money.ROUNDING));
    }
}
