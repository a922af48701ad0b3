package org.imagoclinic.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything taken at intake to register a couple. Refused as a whole, with a message per field,
 * when anything is missing or wrong; nothing is written then.
 *
 * @param partnerA the first partner; required
 * @param partnerB the second partner; required, and not the same person as {@code partnerA}
 * @param relationship required
 * @param intake what brought them (clinical content); may be {@link IntakeDetails#empty()}
 * @param consents the consents given at intake; may be empty
 * @param primaryTherapistId when given, the couple's first episode of care opens at once (in intake) with this therapist
 * @param coTherapistId an optional co-therapist; needs a primary therapist
 * @param screen the suitability screen, when a therapist on the new care team records it at intake
 */
public record CoupleRegistration(@Nullable NewPartner partnerA, @Nullable NewPartner partnerB,
                                 @Nullable Relationship relationship, @Nullable IntakeDetails intake,
                                 List<ConsentEntry> consents, @Nullable UUID primaryTherapistId,
                                 @Nullable UUID coTherapistId, @Nullable NewScreen screen) {

    public CoupleRegistration {
        consents = consents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(consents));
    }
}
