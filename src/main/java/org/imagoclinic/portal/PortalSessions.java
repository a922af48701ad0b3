package org.imagoclinic.portal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.PartnerSessions.PartnerSession;

/**
 * The signed-in partner's own sessions: only those they attend, never the other partner's individual
 * sessions. Every call needs a partner signed in to the portal ({@link PortalSession}).
 */
public interface PortalSessions {

    /** Their upcoming sessions, by start. */
    List<PartnerSession> upcoming();

    /**
     * One session as an iCalendar document, to add to their calendar.
     *
     * @throws org.imagoclinic.shared.NotFoundException when it is not one of their upcoming sessions
     */
    String calendarEntry(UUID appointmentId);

    /** What cancelling the session now would mean, to show before they ask. */
    CancellationNotice cancellationNotice(UUID appointmentId);

    /**
     * Asks the front desk to cancel or move the session; the request records the notice they were shown.
     *
     * @throws org.imagoclinic.shared.InvalidInputException under {@code note} when it is too long
     * @throws org.imagoclinic.shared.BusinessRuleException when they asked already and the front desk has not answered
     */
    SessionRequest requestChange(UUID appointmentId, SessionRequest.Kind kind, String note);

    /** Their own requests, newest first. */
    List<SessionRequest> myRequests();
}
