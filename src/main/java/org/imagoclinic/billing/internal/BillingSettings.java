package org.imagoclinic.billing.internal;

import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's billing settings (docs/operations.md): {@code imago.billing.currency} (ISO 4217,
 * default GBP), {@code imago.billing.payment-terms-days} (default 30) and the clinic's details printed
 * on invoices: {@code imago.billing.clinic-name}, {@code -address}, {@code -tax-id}; for superbills the
 * clinic's own (organisation) NPI {@code imago.billing.clinic-npi} (empty outside the US) and the CMS
 * place-of-service code of its sessions {@code imago.billing.place-of-service} (default 11, office).
 */
@Component
class BillingSettings {

    private final String currency;
    private final int paymentTermsDays;
    private final String clinicName;
    private final String clinicAddress;
    private final String taxId;
    private final String clinicNpi;
    private final String placeOfService;

    BillingSettings(@Value("${imago.billing.currency:GBP}") String currency,
                    @Value("${imago.billing.payment-terms-days:30}") int paymentTermsDays,
                    @Value("${imago.billing.clinic-name:Imago Clinic}") String clinicName,
                    @Value("${imago.billing.clinic-address:}") String clinicAddress,
                    @Value("${imago.billing.tax-id:}") String taxId,
                    @Value("${imago.billing.clinic-npi:}") String clinicNpi,
                    @Value("${imago.billing.place-of-service:11}") String placeOfService) {
        this.currency = Currency.getInstance(currency.strip()).getCurrencyCode();
        if (paymentTermsDays < 0) {
            throw new IllegalArgumentException("imago.billing.payment-terms-days must not be negative");
        }
        this.paymentTermsDays = paymentTermsDays;
        this.clinicName = clinicName;
        this.clinicAddress = clinicAddress;
        this.taxId = taxId;
        this.clinicNpi = clinicNpi.strip();
        if (!this.clinicNpi.isEmpty() && !org.imagoclinic.staff.TherapistDetails.npiCheckDigitRight(this.clinicNpi)) {
            throw new IllegalArgumentException("imago.billing.clinic-npi is not an NPI (ten digits with a check digit)");
        }
        if (!placeOfService.strip().matches("[0-9]{2}")) {
            throw new IllegalArgumentException("imago.billing.place-of-service is a two-digit CMS code, e.g. 11 or 10");
        }
        this.placeOfService = placeOfService.strip();
    }

    String clinicNpi() {
        return clinicNpi;
    }

    String placeOfService() {
        return placeOfService;
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
