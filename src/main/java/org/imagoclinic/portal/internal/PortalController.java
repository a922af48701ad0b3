package org.imagoclinic.portal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSessions;
import org.imagoclinic.scheduling.PartnerSessions.PartnerSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for a partner signed in to the portal (session from the one-time link; ADR 0042). Staff
 * credentials are refused here, as a partner's session is refused by every staff endpoint.
 */
@Tag(name = "Partners' portal", description = "A partner's own sessions, for the portal's pages")
@RestController
@RequestMapping("/api/portal")
class PortalController {

    private final PortalSession session;
    private final PortalSessions sessions;

    PortalController(PortalSession session, PortalSessions sessions) {
        this.session = session;
        this.sessions = sessions;
    }

    /** The signed-in partner's upcoming sessions (only those they attend), by start. */
    @Operation(operationId = "portalSessions", summary = "List the partner's sessions")
    @GetMapping("/sessions")
    List<PartnerSession> sessions() {
        return sessions.upcoming();
    }

    /** One of their sessions as an iCalendar file, to add to their own calendar. */
    @Operation(operationId = "portalSessionCalendarEntry", summary = "Download a session as a calendar entry")
    @GetMapping("/sessions/{appointmentId}.ics")
    ResponseEntity<String> calendarEntry(@PathVariable UUID appointmentId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("session.ics").build().toString())
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(sessions.calendarEntry(appointmentId));
    }

    /** The signed-in partner: their portal account, couple and the name the portal greets them by. */
    @Operation(operationId = "portalMe", summary = "Show the signed-in partner")
    @GetMapping("/me")
    SignedInPartner me() {
        return session.require();
    }
}
