package org.imagoclinic.clients;

import java.util.UUID;

/**
 * One of a couple's two partners.
 *
 * @param personId the person, who may be a partner in other couples too
 * @param slot partner A or B of this couple
 */
public record Partner(UUID personId, PartnerSlot slot, PartnerDetails details) {

    /** Preferred (or first) name and last name. */
    public String displayName() {
        return details.displayName();
    }
}
