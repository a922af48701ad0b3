package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A couple was registered. Carries what reporting counts (life stage, concern tags, relationship
 * status, referral source), no names.
 *
 * @param partnerAId the first partner's person id
 * @param partnerBId the second partner's person id
 * @param lifeStage the life stage that brought them, if recorded
 * @param concernTags the presenting concerns' tags; may be empty
 */
public record CoupleRegistered(UUID coupleId, UUID partnerAId, UUID partnerBId, LocalDate registeredOn,
                               RelationshipStatus relationshipStatus, @Nullable LifeStage lifeStage,
                               List<String> concernTags, @Nullable String referralSource,
                               ConfidentialityPolicy confidentialityPolicy) implements DomainEvent {
}
