package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.PAYER;

import java.math.BigDecimal;
import java.util.UUID;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The payer a couple's invoices go to, as recorded; checks no access: its callers do. */
@Component
class PayerStore {

    private final DSLContext db;

    PayerStore(DSLContext db) {
        this.db = db;
    }

    /** The recorded payer; until someone chooses, both partners half each (partner A's share stated). */
    Payer of(UUID coupleId, UUID partnerA) {
        return db.selectFrom(PAYER).where(PAYER.COUPLE_ID.eq(coupleId))
                .fetchOptional(r -> new Payer(r.getCoupleId(), PayerKind.valueOf(r.getKind()), r.getPersonId(),
                        r.getSharePercent(), r.getThirdPartyName(), r.getThirdPartyAddress(), r.getThirdPartyEmail()))
                .orElseGet(() -> Payer.partners(coupleId, PayerKind.SPLIT, partnerA, BigDecimal.valueOf(50)));
    }
}
