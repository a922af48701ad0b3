package org.imagoclinic.clients.internal;

import java.time.Instant;
import java.util.UUID;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.ScreeningStatus;

/** A couple's row with its two partners, as the repository reads it. */
record StoredCouple(UUID id, Partner partnerA, Partner partnerB, Relationship relationship,
                    ScreeningStatus screeningStatus, Instant registeredAt, String registeredBy) {

    Partner partner(PartnerSlot slot) {
        return slot == PartnerSlot.A ? partnerA : partnerB;
    }

    String displayName() {
        return DisplayNames.of(partnerA.details().calledName(), partnerA.details().lastName(),
                partnerB.details().calledName(), partnerB.details().lastName());
    }
}
