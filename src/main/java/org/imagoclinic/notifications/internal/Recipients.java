package org.imagoclinic.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.PartnerPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides where one partner's message goes: only on a channel they consented to, with an address
 * for it; the preferred channel first; a partner marked safe contact only solely on the channel
 * and at the address they gave as safe; text messages only when a provider is set up.
 */
@Component
class Recipients {

    private final TextMessages texts;

    Recipients(TextMessages texts) {
        this.texts = texts;
    }

    /** Where it goes, or why it goes nowhere. */
    record Route(Channel channel, @Nullable String address, @Nullable String refusal) {

        boolean deliverable() {
            return refusal == null;
        }
    }

    Route route(PartnerContact partner, PartnerPreferences preferences) {
        if (preferences.safeContactOnly()) {
            Channel safe = preferences.safeChannel();
            if (safe == null || !preferences.consentsTo(safe)) {
                return new Route(safe == null ? Channel.EMAIL : safe, null,
                        "safe contact only, and no consent to messages on the safe channel");
            }
            if (safe == Channel.TEXT && !texts.enabled()) {
                return new Route(safe, null, "safe contact only by text message, and text messages are not set up");
            }
            return new Route(safe, preferences.safeAddress(), null);
        }
        List<Channel> order = new ArrayList<>(List.of(preferences.preferredChannel()));
        order.add(preferences.preferredChannel() == Channel.EMAIL ? Channel.TEXT : Channel.EMAIL);
        String refusal = null;
        for (Channel channel : order) {
            if (!preferences.consentsTo(channel)) {
                continue;
            }
            String address = channel == Channel.EMAIL ? partner.email() : partner.phone();
            if (address == null || address.isBlank()) {
                refusal = refusal != null ? refusal : "no " + (channel == Channel.EMAIL ? "email address" : "phone number")
                        + " on record";
            } else if (channel == Channel.TEXT && !texts.enabled()) {
                refusal = refusal != null ? refusal : "text messages are not set up";
            } else {
                return new Route(channel, address.strip(), null);
            }
        }
        return new Route(preferences.preferredChannel(), null, refusal != null ? refusal : "no consent to messages");
    }

    /**
     * Where a message that goes by email only goes (a statement with its PDF): with consent to email, to
     * the partner's address, or for a partner marked safe contact only to the safe address when that is
     * an email address.
     */
    Route emailRoute(PartnerContact partner, PartnerPreferences preferences) {
        if (preferences.safeContactOnly()) {
            if (preferences.safeChannel() != Channel.EMAIL) {
                return new Route(Channel.EMAIL, null, "safe contact only, and the safe contact is not an email address");
            }
            return preferences.consentsTo(Channel.EMAIL) ? new Route(Channel.EMAIL, preferences.safeAddress(), null)
                    : new Route(Channel.EMAIL, null, "safe contact only, and no consent to email");
        }
        if (!preferences.consentsTo(Channel.EMAIL)) {
            return new Route(Channel.EMAIL, null, "no consent to email");
        }
        return partner.email() == null || partner.email().isBlank()
                ? new Route(Channel.EMAIL, null, "no email address on record")
                : new Route(Channel.EMAIL, partner.email().strip(), null);
    }
}
