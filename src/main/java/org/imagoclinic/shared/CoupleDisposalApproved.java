package org.imagoclinic.shared;

import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator approved the disposal of a couple's record (retention ended, or an erasure the law
 * allows; ADR 0049). Every module that holds rows of this couple or of its partners deletes them in
 * its own schema, in a transaction of its own; a module whose figures must keep their counts (the
 * reports) replaces the ids by the pseudonyms instead, so nothing it keeps points at a person. It lives
 * in the shared kernel because every module listens to it, and the records module that publishes it
 * depends on them.
 *
 * @param disposalId        the entry on the disposal list, named by the audit trail's tombstone
 * @param partnerIds        the couple's two partners (persons)
 * @param couplePseudonym   a fresh random id that stands for the couple in what is kept for counting
 * @param partnerPseudonyms fresh random ids standing for the partners, in the order of {@code partnerIds}
 */
public record CoupleDisposalApproved(UUID disposalId, UUID coupleId, List<UUID> partnerIds, UUID couplePseudonym,
                                     List<UUID> partnerPseudonyms) implements DomainEvent {

    /** The pseudonym of one of the couple's ids (the couple or a partner); any other id unchanged. */
    public UUID pseudonymOf(UUID id) {
        if (id.equals(coupleId)) {
            return couplePseudonym;
        }
        int index = partnerIds.indexOf(id);
        return index < 0 ? id : partnerPseudonyms.get(index);
    }
}
