package org.imagoclinic.demo.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.billing.Service;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * A year of billing as the front desk does it: sessions charge themselves (billing hears scheduling's
 * events); at each month's end the front desk invoices every couple seen that month, and most couples
 * pay within a few weeks, by card, bank transfer or cash. Every ninth couple stopped paying four months
 * ago, so the aging list has balances in every column; every seventh couple bought a course of six
 * couple sessions as they arrived for their first one.
 */
@Component
class BillingStep implements DemoClinicStep {

    private static final int PACKAGE_SESSIONS = 6;

    private final Invoices invoices;
    private final Payments payments;
    private final Packages packages;
    private final FeeSchedule fees;

    BillingStep(Invoices invoices, Payments payments, Packages packages, FeeSchedule fees) {
        this.invoices = invoices;
        this.payments = payments;
        this.packages = packages;
        this.fees = fees;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void plan(DemoClinic clinic) {
        Random random = clinic.random("billing");
        List<DemoStaffMember> desk = clinic.staffWith(Roles.FRONT_DESK);
        for (DemoCouple couple : clinic.couples()) {
            String frontDesk = desk.get(couple.number() % desk.size()).username();
            List<DemoSession> charged = couple.sessions().stream().filter(s -> s.held()
                    || s.outcome() == DemoSession.Outcome.NO_SHOW || s.outcome() == DemoSession.Outcome.LATE_CANCELLED).toList();
            if (charged.isEmpty()) {
                continue;
            }
            if (couple.number() % 7 == 1) {
                sellPackage(clinic, couple, frontDesk);
            }
            Set<YearMonth> months = new TreeSet<>();
            charged.forEach(s -> months.add(YearMonth.from(s.start())));
            YearMonth stoppedPaying = YearMonth.from(clinic.today()).minusMonths(4);
            for (YearMonth month : months) {
                LocalDate invoiceDay = month.atEndOfMonth();
                if (!invoiceDay.isBefore(clinic.today())) {
                    continue;
                }
                clinic.at(invoiceDay.atTime(16, 30), frontDesk, "invoice couple " + couple.number() + " for " + month,
                        () -> issue(couple));
                boolean pays = couple.number() % 9 != 4 || month.isBefore(stoppedPaying);
                LocalDate paidOn = invoiceDay.plusDays(3 + random.nextInt(25));
                if (pays && paidOn.isBefore(clinic.today())) {
                    PaymentMethod method = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
                    clinic.at(paidOn.atTime(11, 15), frontDesk, "take couple " + couple.number() + "'s payment for " + month,
                            () -> pay(couple, method, paidOn));
                }
            }
        }
    }

    /** Six couple sessions of the length of the couple's first joint session, at a tenth off, sold as they arrive for it. */
    private void sellPackage(DemoClinic clinic, DemoCouple couple, String frontDesk) {
        couple.sessions().stream().filter(s -> s.kind() == AppointmentKind.JOINT && s.held()).findFirst().ifPresent(first -> {
            long minutes = Duration.between(first.start(), first.end()).toMinutes();
            clinic.at(first.start().minusMinutes(20), frontDesk,
                    "sell couple " + couple.number() + " a package", () -> jointFee(minutes).ifPresent(fee ->
                            packages.sell(couple.coupleId(), fee.id(), PACKAGE_SESSIONS, fee.amount().amount()
                                    .multiply(BigDecimal.valueOf(PACKAGE_SESSIONS)).multiply(new BigDecimal("0.9")))));
        });
    }

    private Optional<Fee> jointFee(long minutes) {
        return fees.fees().stream().filter(f -> f.service() == Service.JOINT && f.minutes() != null
                && f.minutes() == minutes).findFirst();
    }

    private void issue(DemoCouple couple) {
        try {
            invoices.issue(couple.coupleId());
        } catch (BusinessRuleException nothingToBill) {
            // every charge of the month was prepaid by the couple's package
        }
    }

    /** Pays the couple's oldest invoice that still asks for money, in full, by whoever it is addressed to. */
    private void pay(DemoCouple couple, PaymentMethod method, LocalDate day) {
        invoices.ofCouple(couple.coupleId()).reversed().stream().filter(i -> i.outstanding().isPositive()).findFirst()
                .ifPresent(invoice -> payments.record(couple.coupleId(), new NewPayment(invoice.outstanding().amount(),
                        method, invoice.ownOf(), reference(method, invoice), day, invoice.id())));
    }

    private static String reference(PaymentMethod method, Invoice invoice) {
        return switch (method) {
            case CASH -> null;
            case CARD_TERMINAL -> "Card slip " + invoice.number().replace("-", "");
            case BANK_TRANSFER -> "Transfer ref " + invoice.number();
        };
    }
}
