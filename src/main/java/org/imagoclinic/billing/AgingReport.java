package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What couples owe on issued invoices by how old the invoices are, on the clinic's today: current
 * (up to 30 days since issue), 31–60, 61–90, over 90 days.
 */
public record AgingReport(LocalDate asOf, String currency, List<Row> rows, Row totals) {

    /** One couple's outstanding amounts by age; the totals row has no couple. */
    public record Row(@org.jspecify.annotations.Nullable UUID coupleId, String name, Money current, Money days31to60,
                      Money days61to90, Money over90) {

        public Money total() {
            return current.plus(days31to60).plus(days61to90).plus(over90);
        }
    }
}
