package org.imagoclinic.portal;

import java.util.List;
import java.util.UUID;

/**
 * The front desk's side of partners' requests to cancel or move a session: read on the couple's Portal
 * tab and marked done once acted on (the cancellation or move itself is the scheduling module's).
 */
public interface SessionRequests {

    /** The couple's requests, open ones first, then newest first. */
    List<SessionRequest> ofCouple(UUID coupleId);

    /** Marks a request done (front desk, administrators; audited). */
    SessionRequest markHandled(UUID requestId);
}
