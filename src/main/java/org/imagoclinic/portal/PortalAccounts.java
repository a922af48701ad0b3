package org.imagoclinic.portal;

import java.util.List;
import java.util.UUID;

/**
 * The clinic's side of the portal: the front desk and the couple's therapist invite each partner by
 * email, send the invitation again, and switch an account off. Every call checks role and care team
 * (the couple's contact details) and is audited; the mail itself goes through notifications.
 */
public interface PortalAccounts {

    /** The couple's portal accounts (none, one or two). */
    List<PortalAccount> ofCouple(UUID coupleId);

    /**
     * Invites a partner to the portal at their email on record (or invites again a disabled account).
     *
     * @throws org.imagoclinic.shared.BusinessRuleException when the partner has no email address on record,
     *         or another live portal account uses that address
     */
    PortalAccount invite(UUID coupleId, UUID personId);

    /** Sends the invitation again, with a fresh link. */
    PortalAccount resend(UUID accountId);

    /** Switches the account off: no link is sent or accepted, and an open portal session ends at its next step. */
    PortalAccount disable(UUID accountId);

    /**
     * Switches off the second factor of a partner who lost their app (audited): they sign in with the
     * link or their password alone again and may add an app anew.
     */
    PortalAccount resetSecondFactor(UUID accountId);
}
