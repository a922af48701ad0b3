package org.imagoclinic.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE_LINE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.billing.Balance;
import org.imagoclinic.billing.BillingReport;
import org.imagoclinic.billing.BillingReports;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeCorrection;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Charges;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.Payment;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Charges made once from scheduling's events, invoices that never change, payments and who sees them. */
@ClinicIntegrationTest
class BillingTests {

    static final Instant MONDAY_TEN = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    ApplicationContext context;
    /** The listener without its proxy: run here and now, as the registry would deliver it (again). */
    SessionChargeListener listener;
    @Autowired
    Charges charges;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;
    @Autowired
    FeeSchedule fees;
    @Autowired
    BillingReports reports;
    @Autowired
    DSLContext db;

    static TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aCoupleInATherapistsCareAndTheFrontDeskSignedIn() {
        listener = new SessionChargeListener(context.getBean(SessionCharges.class));
        if (therapist == null) {
            therapist = TestAccounts.staff(context, "billther", Roles.THERAPIST);
        }
        couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static SessionCompleted completed(UUID coupleId, AppointmentKind kind, Instant start, int minutes, UUID therapistId) {
        return new SessionCompleted(UUID.randomUUID(), kind, coupleId, List.of(), null, List.of(therapistId), start,
                start.plus(Duration.ofMinutes(minutes)), kind.joint(), start.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void aCompletedSessionDeliveredTwiceIsChargedOnceAtTheFeeForItsLengthAndCptCode() {
        SessionCompleted joint = completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId());
        listener.on(joint);
        listener.on(joint);
        listener.on(completed(couple.id(), AppointmentKind.INDIVIDUAL, MONDAY_TEN.plus(Duration.ofDays(1)), 50, therapist.staffId()));
        listener.on(completed(couple.id(), AppointmentKind.INDIVIDUAL, MONDAY_TEN.plus(Duration.ofDays(2)), 55, therapist.staffId()));

        assertThat(charges.ofCouple(couple.id())).extracting(Charge::cptCode, c -> c.amount().amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("90837", "110.00"),
                        org.assertj.core.groups.Tuple.tuple("90834", "90.00"),
                        org.assertj.core.groups.Tuple.tuple("90847", "165.00"));
    }

    @Test
    void aNoShowAndALateCancellationByTheClientAreChargedOnceAndTheClinicsCancellationIsFree() {
        UUID missed = UUID.randomUUID();
        SessionMissed noShow = new SessionMissed(missed, AppointmentKind.JOINT, couple.id(), List.of(), null,
                List.of(therapist.staffId()), MONDAY_TEN, MONDAY_TEN.plus(Duration.ofMinutes(90)), MONDAY_TEN);
        listener.on(noShow);
        listener.on(noShow);
        SessionCancelled late = cancelled(CancelledBy.CLIENT, true);
        listener.on(late);
        listener.on(late);
        listener.on(cancelled(CancelledBy.CLINIC, true));
        listener.on(cancelled(CancelledBy.CLIENT, false));

        assertThat(charges.ofCouple(couple.id())).extracting(Charge::kind, c -> c.amount().amount().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ChargeKind.NO_SHOW, "80.00"),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.LATE_CANCELLATION, "60.00"));
    }

    private SessionCancelled cancelled(CancelledBy by, boolean late) {
        return new SessionCancelled(UUID.randomUUID(), AppointmentKind.JOINT, couple.id(), List.of(), null,
                List.of(therapist.staffId()), MONDAY_TEN, MONDAY_TEN.plus(Duration.ofMinutes(90)), by, late, "ill");
    }

    @Test
    void aSlidingScaleCoupleIsChargedTheirShareAndAWorkshopDayChargesTheirPlace() {
        fees.setSlidingScale(couple.id(), new BigDecimal("60"), "student couple");
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId()));
        listener.on(completed(couple.id(), AppointmentKind.WORKSHOP, MONDAY_TEN.plus(Duration.ofDays(3)), 480, therapist.staffId()));

        assertThat(charges.ofCouple(couple.id())).extracting(Charge::kind, c -> c.amount().amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChargeKind.WORKSHOP_PLACE, "270.00"),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.SESSION, "99.00"));
    }

    @Test
    void anIssuedInvoiceNeverChangesACreditNoteCorrectsItAndItsChargesCanNoLongerBeAdjusted() {
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId()));
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN.plus(Duration.ofDays(7)), 60, therapist.staffId()));
        Charge writtenOff = charges.ofCouple(couple.id()).getFirst();
        charges.correct(writtenOff.id(), new ChargeCorrection(true, null, "goodwill: therapist ran late"));

        Invoice invoice = invoices.issue(couple.id()).getFirst();

        assertThat(invoice.number()).matches("2026-\\d{4}");
        assertThat(invoice.total()).isEqualTo(Money.of("165.00"));
        assertThat(invoice.lines()).hasSize(1);
        assertThatThrownBy(() -> db.update(INVOICE).set(INVOICE.TOTAL, BigDecimal.ONE).where(INVOICE.ID.eq(invoice.id())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changes");
        assertThatThrownBy(() -> db.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.eq(invoice.id())).execute())
                .isInstanceOf(DataAccessException.class);
        UUID billed = invoice.lines().getFirst().chargeId();
        assertThatThrownBy(() -> charges.correct(billed, new ChargeCorrection(false, new BigDecimal("-10"), "too much")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("credit note");

        invoices.credit(invoice.id(), new BigDecimal("15.00"), "agreed discount");
        Invoice after = invoices.get(invoice.id());
        assertThat(after.total()).isEqualTo(Money.of("165.00"));
        assertThat(after.lines()).isEqualTo(invoice.lines());
        assertThat(after.outstanding()).isEqualTo(Money.of("150.00"));
        assertThat(after.creditNotes().getFirst().number()).matches("CN-2026-\\d{4}");
        assertThat(invoices.pdf(invoice.id())).startsWith("%PDF".getBytes());
    }

    @Test
    void aPaymentPaysTheOldestInvoiceFirstTheRestIsCreditAndTheBalanceSplitsByTheShares() {
        invoices.choosePayer(new Payer(couple.id(), PayerKind.SPLIT, couple.partnerA().personId(), new BigDecimal("60"),
                null, null, null));
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId()));
        Invoice first = invoices.issue(couple.id()).getFirst();
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN.plus(Duration.ofDays(7)), 60, therapist.staffId()));
        Invoice second = invoices.issue(couple.id()).getFirst();

        Payment payment = payments.record(couple.id(), new NewPayment(new BigDecimal("200.00"), PaymentMethod.CARD_TERMINAL,
                couple.partnerA().personId(), "slip 4411", null, null));

        assertThat(payment.unallocated()).isEqualTo(Money.ZERO);
        assertThat(invoices.get(first.id()).outstanding()).isEqualTo(Money.ZERO);
        assertThat(invoices.get(second.id()).outstanding()).isEqualTo(Money.of("85.00"));
        Balance balance = payments.balanceOf(couple.id());
        assertThat(balance.due()).isEqualTo(Money.of("85.00"));
        assertThat(balance.partners()).extracting(p -> p.outstanding().amount().toPlainString()).containsExactly("51.00", "34.00");

        invoices.credit(second.id(), new BigDecimal("120.00"), "session fee waived");
        assertThat(payments.balanceOf(couple.id()).credit()).isEqualTo(Money.of("35.00"));
        Payment refunded = payments.refund(payment.id(), new BigDecimal("35.00"), "returned to the card");
        assertThat(refunded.unallocated()).isEqualTo(Money.ZERO);
        assertThat(payments.balanceOf(couple.id()).due()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> payments.record(couple.id(), new NewPayment(new BigDecimal("10"),
                PaymentMethod.BANK_TRANSFER, null, " ", null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(payments.ofCouple(couple.id())).hasSize(1);
        assertThat(payments.receivedOn(java.time.LocalDate.of(2026, 12, 7))).extracting(Payment::id).contains(payment.id());
    }

    @Test
    void aPaymentPaysOnlyItsPayersInvoicesAPartnersOwnFirstAndNeverTheOtherPartnersOwn() {
        UUID alex = couple.partnerA().personId();
        UUID sam = couple.partnerB().personId();
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId()));
        listener.on(individual(alex, MONDAY_TEN.plus(Duration.ofDays(1)), 50));
        listener.on(individual(sam, MONDAY_TEN.plus(Duration.ofDays(2)), 55));
        List<Invoice> issued = invoices.issue(couple.id());
        Invoice joint = issued.get(0);
        Invoice alexOwn = issued.get(1);
        Invoice samOwn = issued.get(2);
        assertThat(issued).extracting(Invoice::ownOf).containsExactly(null, alex, sam);

        payments.record(couple.id(), new NewPayment(new BigDecimal("100.00"), PaymentMethod.CASH, null, null, null, null));
        assertThat(outstanding(joint, alexOwn, samOwn)).as("the couple's money pays the joint invoice only")
                .containsExactly("65.00", "90.00", "110.00");
        assertThatThrownBy(() -> payments.record(couple.id(), new NewPayment(new BigDecimal("50.00"), PaymentMethod.CASH,
                alex, null, null, samOwn.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("invoiceId"));

        Payment alexPaid = payments.record(couple.id(), new NewPayment(new BigDecimal("150.00"), PaymentMethod.CASH,
                alex, null, null, null));
        assertThat(outstanding(joint, alexOwn, samOwn)).as("Alex's own invoice first, then the joint one, never Sam's")
                .containsExactly("5.00", "0.00", "110.00");
        assertThat(alexPaid.unallocated()).isEqualTo(Money.ZERO);
        Payment samPaid = payments.record(couple.id(), new NewPayment(new BigDecimal("200.00"), PaymentMethod.CASH,
                sam, null, null, null));
        assertThat(outstanding(joint, alexOwn, samOwn)).containsExactly("0.00", "0.00", "0.00");
        assertThat(samPaid.unallocated()).isEqualTo(Money.of("85.00"));
    }

    private SessionCompleted individual(UUID partner, Instant start, int minutes) {
        return new SessionCompleted(UUID.randomUUID(), AppointmentKind.INDIVIDUAL, couple.id(), List.of(partner), null,
                List.of(therapist.staffId()), start, start.plus(Duration.ofMinutes(minutes)), false,
                start.plus(Duration.ofMinutes(minutes)));
    }

    private List<String> outstanding(Invoice... these) {
        return java.util.Arrays.stream(these).map(i -> invoices.get(i.id()).outstanding().amount().toPlainString()).toList();
    }

    @Test
    void theAgingReportPutsAnInvoiceIntoItsAgeBandByTheClinicClock() {
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId()));
        invoices.issue(couple.id());
        TestClinicClock.advance(Duration.ofDays(45));

        var row = payments.aging().rows().stream().filter(r -> couple.id().equals(r.coupleId())).findFirst().orElseThrow();

        assertThat(row.days31to60()).isEqualTo(Money.of("165.00"));
        assertThat(row.current()).isEqualTo(Money.ZERO);
    }

    @Test
    void theYearsReportAddsTheMonthsChargesInvoicesAndPaymentsAndTheCsvCarriesThem() {
        BillingReport before = reports.year(2026);
        listener.on(completed(couple.id(), AppointmentKind.JOINT, MONDAY_TEN, 90, therapist.staffId()));
        listener.on(new SessionMissed(UUID.randomUUID(), AppointmentKind.JOINT, couple.id(), List.of(), null,
                List.of(therapist.staffId()), MONDAY_TEN.minus(Duration.ofDays(1)), MONDAY_TEN.minus(Duration.ofDays(1)), MONDAY_TEN));
        invoices.issue(couple.id());
        payments.record(couple.id(), new NewPayment(new BigDecimal("100.00"), PaymentMethod.CASH, null, null, null, null));

        BillingReport after = reports.year(2026);

        assertThat(after.months().get(10).charged().minus(before.months().get(10).charged())).isEqualTo(Money.of("245.00"));
        assertThat(after.months().get(10).noShowFees().minus(before.months().get(10).noShowFees())).isEqualTo(Money.of("80.00"));
        assertThat(after.months().get(11).invoiced().minus(before.months().get(11).invoiced())).isEqualTo(Money.of("245.00"));
        assertThat(after.months().get(11).collected().minus(before.months().get(11).collected())).isEqualTo(Money.of("100.00"));
        assertThat(after.outstandingToday().minus(before.outstandingToday())).isEqualTo(Money.of("145.00"));
        assertThat(chargedBy(after).minus(chargedBy(before))).isEqualTo(Money.of("245.00"));
        assertThat(reports.csv(2026)).startsWith("section,period or therapist,charged")
                .contains("month,2026-11," + after.months().get(10).charged());
    }

    private Money chargedBy(BillingReport report) {
        return report.therapists().stream().filter(line -> therapist.staffId().equals(line.therapistId()))
                .map(BillingReport.TherapistLine::charged).findFirst().orElse(Money.ZERO);
    }

    @Test
    void aTherapistSeesTheBalanceOfTheirOwnCouplesOnlyAndNeverTheirInvoices() {
        TestAccounts.signIn(context, therapist.username());
        assertThat(payments.balanceOf(couple.id()).due()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> invoices.ofCouple(couple.id())).isInstanceOf(AccessDeniedException.class);

        TestStaff stranger = TestAccounts.staff(context, "billother", Roles.THERAPIST);
        TestAccounts.signIn(context, stranger.username());
        assertThatThrownBy(() -> payments.balanceOf(couple.id())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("your own couples");
    }
}
