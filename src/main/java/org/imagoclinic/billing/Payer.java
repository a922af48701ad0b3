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
 */
public record Payer(UUID coupleId, PayerKind kind, @Nullable UUID personId, @Nullable BigDecimal sharePercent,
                    @Nullable String thirdPartyName, @Nullable String thirdPartyAddress) {
}
