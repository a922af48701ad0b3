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

    /** Every couple's requests not yet marked done, oldest first, at most 200: the front desk's list (front desk, administrators). */
    List<SessionRequest> open();

    /** Marks a request done (front desk, administrators; audited). */
    SessionRequest markHandled(UUID requestId);
}
