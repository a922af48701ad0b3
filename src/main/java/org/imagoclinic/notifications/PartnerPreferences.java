package org.imagoclinic.notifications;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One partner's choices for the clinic's messages. Nothing is sent on a channel without consent;
 * with both, the preferred channel is used.
 *
 * @param partnerId the person (a partner of one or more couples)
 * @param safeContactOnly messages go only to {@code safeChannel} at {@code safeAddress}, the contact this
 *                        partner gave as safe, and never one that names the other partner
 */
public record PartnerPreferences(UUID partnerId, boolean emailConsent, boolean textConsent, Channel preferredChannel,
                                 boolean safeContactOnly, @Nullable Channel safeChannel, @Nullable String safeAddress) {

    /** What applies before anything is recorded: no consent, so nothing is sent. */
    public static PartnerPreferences none(UUID partnerId) {
        return new PartnerPreferences(partnerId, false, false, Channel.EMAIL, false, null, null);
    }

    public boolean consentsTo(Channel channel) {
        return channel == Channel.EMAIL ? emailConsent : textConsent;
    }
}
