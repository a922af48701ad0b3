package org.imagoclinic.notifications.internal;

import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.portal.SafeContacts;
import org.springframework.stereotype.Component;

/** Tells the portal a partner's safe contact, from their message preferences (ADR 0055). */
@Component
class PortalSafeContacts implements SafeContacts {

    private final PreferencesService preferences;

    PortalSafeContacts(PreferencesService preferences) {
        this.preferences = preferences;
    }

    @Override
    public SafeContact of(UUID personId) {
        PartnerPreferences choices = preferences.current(personId);
        String safeEmail = choices.safeChannel() == Channel.EMAIL && choices.safeAddress() != null
                && !choices.safeAddress().isBlank() ? choices.safeAddress().strip() : null;
        return new SafeContact(choices.safeContactOnly(), safeEmail);
    }
}
