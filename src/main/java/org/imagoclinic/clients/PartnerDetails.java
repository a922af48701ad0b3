package org.imagoclinic.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who a partner is and how to reach them: names and contacts, which the front desk may see. First
 * and last name and the date of birth are required, and an email address or a phone number; input
 * that lacks them is refused field by field, never stored.
 *
 * @param preferredName what they like to be called, e.g. "Sam" for Samantha
 * @param pronouns as they give them, e.g. "she/her"
 * @param address a postal address in free form, optional
 * @param emergencyContact whom to call in an emergency, optional
 */
public record PartnerDetails(String firstName, String lastName, @Nullable String preferredName,
                             @Nullable String pronouns, LocalDate dateOfBirth, @Nullable String email,
                             @Nullable String phone, @Nullable String address,
                             @Nullable EmergencyContact emergencyContact) {

    /** The name used on screens: the preferred (or first) name and the last name. */
    public String displayName() {
        return calledName() + " " + lastName;
    }

    /** The preferred name, or the first name when none is given. */
    public String calledName() {
        return preferredName == null || preferredName.isBlank() ? firstName : preferredName;
    }

    /**
     * Whom to call in an emergency.
     *
     * @param relationship how they are related, e.g. "sister"; optional
     */
    public record EmergencyContact(String name, String phone, @Nullable String relationship) {
    }
}
