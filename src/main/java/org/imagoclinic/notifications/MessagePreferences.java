package org.imagoclinic.notifications;

import java.util.UUID;

/**
 * Each partner's consent per channel, preferred channel and safe contact. The front desk and
 * administrators record them (audited); partners withdraw a consent themselves through the
 * unsubscribe link of an email or by answering STOP to a text message.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} naming the field (a safe contact
 * without a valid address, a preferred channel without consent).
 */
public interface MessagePreferences {

    /** The partner's preferences, or {@link PartnerPreferences#none} when nothing is recorded. */
    PartnerPreferences of(UUID partnerId);

    /** Replaces the partner's preferences; audited. */
    PartnerPreferences record(UUID coupleId, PartnerPreferences preferences);
}
