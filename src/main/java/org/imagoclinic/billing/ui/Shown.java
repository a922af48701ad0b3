package org.imagoclinic.billing.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.imagoclinic.billing.Money;

/** What the billing views share: amounts and days as the clinic writes them, and refusals in words. */
final class Shown {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private Shown() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String money(Money amount) {
        return amount.amount().toPlainString();
    }
}
