package org.imagoclinic.clients;

import java.util.UUID;

/**
 * The clients module's part of a copy of a record handed to a partner (or to the couple), for the
 * records module alone (ADR 0040): that module decides who may release a record and audits the
 * release, so these reads neither check the care team nor audit on their own; an architecture test
 * keeps every other caller out.
 *
 * <p>What a partner's part never holds, whatever the confidentiality policy: the other partner's
 * contact details and the other partner's screens. A screen recorded for the couple as one form
 * (before each partner was asked separately) may mix both partners' answers, so it is left out of
 * both partners' copies and only counted.
 *
 * @see ReleasedClientRecord
 */
public interface ClientRecordRelease {

    /**
     * One partner's part: their own details and contacts, their consents, the relationship, the
     * episodes of care, the intake (a joint record) and their own screens.
     *
     * @throws org.imagoclinic.shared.NotFoundException for an unknown couple, or a person who is not
     *         one of its partners
     */
    ReleasedClientRecord ofPartner(UUID coupleId, UUID partnerId);

    /**
     * The couple's joint part: both partners' names (no contacts), the relationship, the episodes of
     * care and the intake; no consents, no screens.
     *
     * @throws org.imagoclinic.shared.NotFoundException for an unknown couple
     */
    ReleasedClientRecord joint(UUID coupleId);
}
