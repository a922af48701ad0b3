package org.imagoclinic.billing.internal;

import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's billing settings (docs/operations.md): {@code imago.billing.currency} (ISO 4217,
 * default GBP), {@code imago.billing.payment-terms-days} (default 30) and the clinic's details printed
 * on invoices: {@code imago.billing.clinic-name}, {@code -address}, {@code -tax-id}.
 */
@Component
class BillingSettings {

    private final String currency;
    private final int paymentTermsDays;
    private final String clinicName;
    private final String clinicAddress;
    private final String taxId;

    BillingSettings(@Value("${imago.billing.currency:GBP}") String currency,
                    @Value("${imago.billing.payment-terms-days:30}") int paymentTermsDays,
                    @Value("${imago.billing.clinic-name:Imago Clinic}") String clinicName,
                    @Value("${imago.billing.clinic-address:}") String clinicAddress,
                    @Value("${imago.billing.tax-id:}") String taxId) {
        this.currency = Currency.getInstance(currency.strip()).getCurrencyCode();
        if (paymentTermsDays < 0) {
            throw new IllegalArgumentException("imago.billing.payment-terms-days must not be negative");
        }
        this.paymentTermsDays = paymentTermsDays;
        this.clinicName = clinicName;
        this.clinicAddress = clinicAddress;
        this.taxId = taxId;
    }

    String currency() {
        return currency;
    }

    int paymentTermsDays() {
        return paymentTermsDays;
    }

    String clinicName() {
        return clinicName;
    }

    String clinicAddress() {
        return clinicAddress;
    }

    String taxId() {
        return taxId;
    }
}
