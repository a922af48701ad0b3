package org.imagoclinic.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Names for the audit trail's readers, contributed by the modules that own them (audit sits below them
 * all): staff members by staff id, couples by id and by a part of their name. Only names, never anything
 * else of a record; each method answers empty for what its module does not own.
 */
public interface AuditNames {

    /** A couple found by name, for the audit trail's couple filter. */
    record NamedCouple(UUID id, String name) {
    }

    /** The staff member's name, e.g. "Priya Shah". */
    default Optional<String> person(UUID staffId) {
        return Optional.empty();
    }

    /** The couple's name, e.g. "Baker &amp; Cole". */
    default Optional<String> couple(UUID coupleId) {
        return Optional.empty();
    }

    /** Couples whose name holds {@code text}, at most {@code limit}, by name. */
    default List<NamedCouple> couplesNamed(String text, int limit) {
        return List.of();
    }
}
