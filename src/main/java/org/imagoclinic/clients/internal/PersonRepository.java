package org.imagoclinic.clients.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PersonMatch;

/** People who come as partners, in schema {@code clients}; writes join the caller's transaction. */
interface PersonRepository {

    UUID insert(PartnerDetails details, OffsetDateTime now);

    void update(UUID personId, PartnerDetails details, OffsetDateTime now);

    Optional<PartnerDetails> find(UUID personId);

    /** Known people with the same date of birth and the same name or email address, best match first. */
    List<PersonMatch> matches(PartnerDetails details);
}
