package org.imagoclinic.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A year's billing for the clinic's accounts and supervisors: per month, what was charged (by the day
 * of the service), invoiced less credited (by the day of issue), collected and refunded (by the day
 * money moved), and the no-show and late-cancellation fees within the charges; per therapist, what
 * their sessions charged; and what invoices still ask for today. Amounts after adjustments.
 */
public record BillingReport(int year, String currency, List<Month> months, List<TherapistLine> therapists,
                            Money outstandingToday) {

    public record Month(YearMonth month, Money charged, Money invoiced, Money credited, Money collected,
                        Money refunded, Money noShowFees, Money lateCancellationFees) {
    }

    /** @param therapistId null for charges without a therapist */
    public record TherapistLine(@org.jspecify.annotations.Nullable UUID therapistId, String name, int sessions,
                                Money charged) {
    }

    public Month total() {
        Money[] sums = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        for (Month m : months) {
            Money[] values = {m.charged(), m.invoiced(), m.credited(), m.collected(), m.refunded(), m.noShowFees(),
                    m.lateCancellationFees()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] = sums[i].plus(values[i]);
            }
        }
        return new Month(YearMonth.of(year, 12), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
    }
}
