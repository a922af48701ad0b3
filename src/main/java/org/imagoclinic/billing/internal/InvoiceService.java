package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE_LINE;
import static org.imagoclinic.billing.internal.db.Tables.PAYER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.CreditNote;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.InvoiceIssued;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize(BillingAccess.BILLERS)
class InvoiceService implements Invoices {

    private final DSLContext db;
    private final Ledger ledger;
    private final Allocations allocations;
    private final DocumentNumbers numbers;
    private final Couples couples;
    private final InvoicePdf pdf;
    private final BillingAccess access;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;
    private final PayerStore payers;
    private final ThirdPartyMail thirdPartyMail;
    private final Clock clock;

    InvoiceService(DSLContext db, Ledger ledger, Allocations allocations, DocumentNumbers numbers, Couples couples,
                   InvoicePdf pdf, BillingAccess access, BillingSettings settings, ApplicationEventPublisher events,
                   PayerStore payers, ThirdPartyMail thirdPartyMail, Clock clock) {
        this.payers = payers;
        this.thirdPartyMail = thirdPartyMail;
        this.db = db;
        this.ledger = ledger;
        this.allocations = allocations;
        this.numbers = numbers;
        this.couples = couples;
        this.pdf = pdf;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Payer payerOf(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        access.audited(AuditAction.VIEW, "Payer", coupleId, coupleId, null);
        return storedPayer(couple);
    }

    @Override
    @Transactional
    public Payer choosePayer(Payer payer) {
        Couple couple = couples.get(payer.coupleId());
        Payer checked = PayerRules.checked(payer, couple);
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(PAYER).set(PAYER.COUPLE_ID, checked.coupleId()).set(PAYER.KIND, checked.kind().name())
                .set(PAYER.PERSON_ID, checked.personId()).set(PAYER.SHARE_PERCENT, checked.sharePercent())
                .set(PAYER.THIRD_PARTY_NAME, checked.thirdPartyName()).set(PAYER.THIRD_PARTY_ADDRESS, checked.thirdPartyAddress())
                .set(PAYER.THIRD_PARTY_EMAIL, checked.thirdPartyEmail()).set(PAYER.CHANGED_AT, now).set(PAYER.CHANGED_BY, access.myName())
                .onConflict(PAYER.COUPLE_ID).doUpdate()
                .set(PAYER.KIND, checked.kind().name()).set(PAYER.PERSON_ID, checked.personId())
                .set(PAYER.SHARE_PERCENT, checked.sharePercent()).set(PAYER.THIRD_PARTY_NAME, checked.thirdPartyName())
                .set(PAYER.THIRD_PARTY_ADDRESS, checked.thirdPartyAddress()).set(PAYER.THIRD_PARTY_EMAIL, checked.thirdPartyEmail())
                .set(PAYER.CHANGED_AT, now).set(PAYER.CHANGED_BY, access.myName())
                .execute();
        access.audited(AuditAction.UPDATE, "Payer", checked.coupleId(), checked.coupleId(),
                PayerRules.describe(checked));
        return checked;
    }

    @Override
    @Transactional
    public List<Invoice> issue(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        ledger.lockCharges(coupleId);
        List<Charge> billable = ledger.billable(coupleId);
        if (billable.isEmpty()) {
            throw new BusinessRuleException("There is nothing to invoice: the couple has no unbilled charges.");
        }
        ledger.lockPayments(coupleId);
        Payer payer = storedPayer(couple);
        Map<UUID, UUID> individualOf = ledger.individualSessionPartners(billable.stream().map(Charge::id).toList());
        List<Charge> joint = billable.stream().filter(charge -> !individualOf.containsKey(charge.id())).toList();
        List<UUID> issued = new ArrayList<>();
        if (!joint.isEmpty()) {
            issued.add(issue(couple, payer, PayerRules.addressee(payer, couple), joint, null));
        }
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            List<Charge> own = billable.stream().filter(charge -> partner.personId().equals(individualOf.get(charge.id())))
                    .toList();
            if (!own.isEmpty()) {
                Payer alone = Payer.partners(coupleId, PayerKind.PARTNER, partner.personId(), null);
                issued.add(issue(couple, alone, partner.displayName(), own, partner.personId()));
            }
        }
        allocations.settle(coupleId, issued.getFirst());
        return issued.stream().map(id -> ledger.invoice(id).orElseThrow()).toList();
    }

    /**
     * One invoice, numbered next in this year's series, for these charges and addressed to this payer.
     *
     * @param ownOf the partner whose own individual sessions these charges are; null for joint work
     */
    private UUID issue(Couple couple, Payer payer, String addressee, List<Charge> charges, @Nullable UUID ownOf) {
        LocalDate today = LocalDate.now(clock);
        String number = numbers.next(DocumentNumbers.INVOICES, today.getYear());
        UUID id = UUID.randomUUID();
        Money total = charges.stream().map(Charge::net).reduce(Money.ZERO, Money::plus);
        db.insertInto(INVOICE).set(INVOICE.ID, id).set(INVOICE.NUMBER, number).set(INVOICE.COUPLE_ID, couple.id())
                .set(INVOICE.ISSUED_ON, today).set(INVOICE.DUE_ON, today.plusDays(settings.paymentTermsDays()))
                .set(INVOICE.CURRENCY, settings.currency()).set(INVOICE.TOTAL, total.amount())
                .set(INVOICE.PAYER_KIND, payer.kind().name()).set(INVOICE.PAYER_PERSON_ID, payer.personId())
                .set(INVOICE.SHARE_PERCENT, payer.sharePercent()).set(INVOICE.PAYER_NAME, addressee).set(INVOICE.OWN_OF, ownOf)
                .set(INVOICE.ISSUED_AT, OffsetDateTime.now(clock)).set(INVOICE.ISSUED_BY, access.myName()).execute();
        int position = 0;
        for (Charge charge : charges) {
            db.insertInto(INVOICE_LINE).set(INVOICE_LINE.INVOICE_ID, id).set(INVOICE_LINE.CHARGE_ID, charge.id())
                    .set(INVOICE_LINE.POSITION, ++position).set(INVOICE_LINE.SERVICE_DATE, charge.serviceDate())
                    .set(INVOICE_LINE.DESCRIPTION, charge.description()).set(INVOICE_LINE.CPT_CODE, charge.cptCode())
                    .set(INVOICE_LINE.AMOUNT, charge.net().amount()).execute();
        }
        access.audited(AuditAction.CREATE, "Invoice", id, couple.id(), "invoice " + number + " for " + total);
        events.publishEvent(new InvoiceIssued(id, number, couple.id(), today, total, settings.currency()));
        return id;
    }

    @Override
    @Transactional
    public List<Invoice> ofCouple(UUID coupleId) {
        access.audited(AuditAction.VIEW, "Invoices", coupleId, coupleId, null);
        return ledger.invoicesOf(coupleId);
    }

    @Override
    @Transactional
    public Invoice get(UUID invoiceId) {
        Invoice invoice = existing(invoiceId);
        access.audited(AuditAction.VIEW, "Invoice", invoiceId, invoice.coupleId(), invoice.number());
        return invoice;
    }

    @Override
    @Transactional
    public byte[] pdf(UUID invoiceId) {
        Invoice invoice = existing(invoiceId);
        access.audited(AuditAction.PRINT, "Invoice", invoiceId, invoice.coupleId(), invoice.number());
        return pdf.write(invoice, couples.get(invoice.coupleId()), true);
    }

    @Override
    @Transactional
    public String emailToThirdParty(UUID invoiceId) {
        Invoice invoice = existing(invoiceId);
        Couple couple = couples.get(invoice.coupleId());
        Payer payer = storedPayer(couple);
        if (invoice.payerKind() != PayerKind.THIRD_PARTY) {
            throw new BusinessRuleException("Invoice " + invoice.number() + " is addressed to " + invoice.payerName()
                    + ", not to a third party who pays.");
        }
        if (payer.kind() != PayerKind.THIRD_PARTY || payer.thirdPartyEmail() == null) {
            throw new BusinessRuleException("The third party who pays has no email address on record: add it under "
                    + "Who pays, or print the invoice and send it to them.");
        }
        thirdPartyMail.invoice(payer, invoice, pdf.write(invoice, couple, false));
        return payer.thirdPartyEmail();
    }

    @Override
    @Transactional
    public CreditNote credit(UUID invoiceId, @Nullable BigDecimal amount, @Nullable String reason) {
        String why = Amounts.reason(reason);
        Money money = Amounts.checked("amount", amount, true);
        UUID coupleId = existing(invoiceId).coupleId();
        ledger.lockInvoices(coupleId);
        ledger.lockPayments(coupleId);
        Invoice invoice = existing(invoiceId);
        Money creditable = invoice.total().minus(invoice.credited());
        if (money.compareTo(creditable) > 0) {
            throw new InvalidInputException("amount", "Invoice " + invoice.number() + " asks for " + creditable
                    + " after its credit notes; a credit note can't be for more.");
        }
        LocalDate today = LocalDate.now(clock);
        String number = numbers.next(DocumentNumbers.CREDIT_NOTES, today.getYear());
        UUID id = UUID.randomUUID();
        db.insertInto(CREDIT_NOTE).set(CREDIT_NOTE.ID, id).set(CREDIT_NOTE.NUMBER, number)
                .set(CREDIT_NOTE.INVOICE_ID, invoiceId).set(CREDIT_NOTE.AMOUNT, money.amount()).set(CREDIT_NOTE.REASON, why)
                .set(CREDIT_NOTE.ISSUED_ON, today).set(CREDIT_NOTE.ISSUED_AT, OffsetDateTime.now(clock))
                .set(CREDIT_NOTE.ISSUED_BY, access.myName()).execute();
        allocations.releaseExcess(existing(invoiceId));
        allocations.settle(coupleId, null);
        access.audited(AuditAction.CREATE, "CreditNote", id, coupleId,
                number + " on " + invoice.number() + " for " + money + ": " + why);
        return existing(invoiceId).creditNotes().stream().filter(note -> note.id().equals(id)).findFirst().orElseThrow();
    }

    private Invoice existing(UUID invoiceId) {
        return ledger.invoice(invoiceId).orElseThrow(() -> new NotFoundException("No invoice with this id."));
    }

    private Payer storedPayer(Couple couple) {
        return payers.of(couple.id(), couple.partnerA().personId());
    }
}
