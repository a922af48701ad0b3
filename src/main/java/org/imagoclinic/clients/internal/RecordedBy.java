package org.imagoclinic.clients.internal;

import java.util.UUID;
import org.imagoclinic.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Who records something: the signed-in account, its staff id where linked, and the name shown
 * next to the record ("recorded by Priya Shah"); no staff account for a partner answering at home.
 */
record RecordedBy(@Nullable UUID accountId, @Nullable UUID staffId, String name) {

    static RecordedBy current(CurrentUser currentUser) {
        CurrentUser.SignedInAccount account = currentUser.require();
        return new RecordedBy(account.accountId(), account.staffId().orElse(null), account.displayName());
    }

    /** A partner who answered in the partners' portal. */
    static RecordedBy partnerAtHome(String partnerName) {
        return new RecordedBy(null, null, partnerName + ", at home in the portal");
    }
}
