package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who pays a couple's invoices. With no choice recorded, both partners pay half each.
 *
 * @param personId the partner who pays ({@link PayerKind#PARTNER}), or the partner whose share
 *                 {@code sharePercent} is ({@link PayerKind#SPLIT}); null for a third party
 * @param sharePercent for a split, the share of {@code personId}; the other partner pays the rest
 * @param thirdPartyName for a third party, whom the invoice is addressed to
 * @param thirdPartyAddress for a third party, its postal address, if the clinic has it
 * @param thirdPartyEmail for a third party, the email address its invoices and statements may be sent to
 *                        (ADR 0047); checked like every address ({@link org.imagoclinic.shared.EmailAddresses})
 */
public record Payer(UUID coupleId, PayerKind kind, @Nullable UUID personId, @Nullable BigDecimal sharePercent,
                    @Nullable String thirdPartyName, @Nullable String thirdPartyAddress,
                    @Nullable String thirdPartyEmail) {

    /** A partner, or both partners by shares: no third party's details. */
    public static Payer partners(UUID coupleId, PayerKind kind, @Nullable UUID personId, @Nullable BigDecimal sharePercent) {
        return new Payer(coupleId, kind, personId, sharePercent, null, null, null);
    }
}
