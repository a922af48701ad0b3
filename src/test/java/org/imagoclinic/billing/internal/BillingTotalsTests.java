package org.imagoclinic.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.imagoclinic.billing.Balance;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.Charges;
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
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Totals add up whatever happens: for couples with each kind of payer, a seeded random run of sessions,
 * corrections, invoices, payments, credit notes and refunds keeps every identity of the ledger exact
 * to the penny (the seed is in the failure message, to replay a run).
 */
@ClinicIntegrationTest
class BillingTotalsTests {

    static final long SEED = 7_122_026L;
    static final int STEPS = 40;
    static final AppointmentKind[] KINDS = {AppointmentKind.JOINT, AppointmentKind.INDIVIDUAL,
            AppointmentKind.HALF_DAY_INTENSIVE, AppointmentKind.WORKSHOP};

    @Autowired
    ApplicationContext context;
    @Autowired
    Charges charges;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void randomInvoicesPaymentsCreditNotesAndRefundsAlwaysAddUp() {
        TestStaff therapist = TestAccounts.staff(context, "sumther", Roles.THERAPIST);
        Random random = new Random(SEED);
        SessionChargeListener listener = new SessionChargeListener(context.getBean(SessionCharges.class));
        for (PayerKind kind : PayerKind.values()) {
            Couple couple = TestCouples.caredForBy(context, therapist.staffId());
            TestAccounts.signIn(context, "frontdesk");
            invoices.choosePayer(new Payer(couple.id(), kind, couple.partnerB().personId(),
                    BigDecimal.valueOf(random.nextInt(0, 10_001), 2), "Employee assistance programme", null, null));
            Money received = Money.ZERO;
            Money refunded = Money.ZERO;
            for (int step = 0; step < STEPS; step++) {
                switch (random.nextInt(6)) {
                    case 0, 1 -> listener.on(BillingTests.completed(couple.id(), KINDS[random.nextInt(KINDS.length)],
                            BillingTests.MONDAY_TEN.minus(Duration.ofDays(step)), random.nextInt(30, 130), therapist.staffId()));
                    case 2 -> attempt(() -> invoices.issue(couple.id()));
                    case 3 -> {
                        Money amount = randomAmount(random, 400);
                        payments.record(couple.id(), new NewPayment(amount.amount(), PaymentMethod.CASH, null, null, null, null));
                        received = received.plus(amount);
                    }
                    case 4 -> invoices.ofCouple(couple.id()).stream().filter(i -> i.total().minus(i.credited()).isPositive())
                            .findFirst().ifPresent(i -> invoices.credit(i.id(),
                                    randomAmount(random, 1).amount().min(i.total().minus(i.credited()).amount()), "goodwill"));
                    default -> {
                        List<Payment> left = payments.ofCouple(couple.id()).stream().filter(p -> p.unallocated().isPositive()).toList();
                        if (!left.isEmpty()) {
                            Money back = left.getFirst().unallocated();
                            payments.refund(left.getFirst().id(), back.amount(), "returned");
                            refunded = refunded.plus(back);
                        }
                    }
                }
            }
            assertLedgerAddsUp(couple, kind, received, refunded);
        }
    }

    private void assertLedgerAddsUp(Couple couple, PayerKind kind, Money received, Money refunded) {
        String run = "seed " + SEED + ", payer " + kind;
        List<Charge> all = charges.ofCouple(couple.id());
        List<Invoice> issued = invoices.ofCouple(couple.id());
        Balance balance = payments.balanceOf(couple.id());
        Money invoicedCharges = all.stream().filter(Charge::invoiced).map(Charge::net).reduce(Money.ZERO, Money::plus);
        Money totals = sum(issued.stream().map(Invoice::total).toList());
        Money credited = sum(issued.stream().map(Invoice::credited).toList());
        Money paid = sum(issued.stream().map(Invoice::paid).toList());
        assertThat(issued).as(run).isNotEmpty();
        assertThat(totals).as(run + ": invoice totals are their charges").isEqualTo(invoicedCharges);
        issued.forEach(i -> {
            assertThat(sum(i.lines().stream().map(l -> l.amount()).toList())).as(run).isEqualTo(i.total());
            assertThat(i.outstanding().isNegative()).as(run + ": " + i.number() + " paid beyond its due").isFalse();
        });
        assertThat(balance.outstanding()).as(run).isEqualTo(totals.minus(credited).minus(paid));
        assertThat(balance.credit()).as(run + ": money in is paid, refunded or credit").isEqualTo(received.minus(refunded).minus(paid));
        assertThat(balance.due()).as(run).isEqualTo(totals.minus(credited).minus(received.minus(refunded)));
        assertThat(balance.unbilled()).as(run).isEqualTo(sum(all.stream().filter(c -> !c.invoiced()).map(Charge::net).toList()));
        Money partners = sum(balance.partners().stream().map(Balance.PartnerBalance::outstanding).toList());
        assertThat(partners).as(run + ": the partners' parts").isEqualTo(kind == PayerKind.THIRD_PARTY ? Money.ZERO : balance.outstanding());
        assertThat(balance.credit().isPositive() && balance.outstanding().isPositive()).as(run + ": credit left unused").isFalse();
    }

    private static Money randomAmount(Random random, int maxPounds) {
        return Money.of(BigDecimal.valueOf(random.nextLong(1, maxPounds * 100L + 1), 2));
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }

    private static void attempt(Runnable issue) {
        try {
            issue.run();
        } catch (org.imagoclinic.shared.BusinessRuleException nothingToBill) {
            // a random run may ask for an invoice when all is billed
        }
    }
}
