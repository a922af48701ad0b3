package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.imagoclinic.portal.PortalSessions;
import org.imagoclinic.portal.SessionRequest;
import org.imagoclinic.portal.SessionRequests;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.PartnerSessions;
import org.imagoclinic.scheduling.PartnerSessions.PartnerSession;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's own sessions and their requests to cancel or move one, and the front desk's side of
 * those requests. The partner is always the one signed in: no id from a page or a request names another.
 */
@Service
class PortalSessionsService implements PortalSessions, SessionRequests {

    static final String SUBJECT = "SessionRequest";
    private static final String NOT_YOURS = "This is not one of your upcoming sessions.";

    private final PortalSession session;
    private final PartnerSessions sessions;
    private final SessionRequestRepository requests;
    private final ClinicalAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PortalSessionsService(PortalSession session, PartnerSessions sessions, SessionRequestRepository requests,
                          ClinicalAccess access, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.session = session;
        this.sessions = sessions;
        this.requests = requests;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<PartnerSession> upcoming() {
        SignedInPartner me = session.require();
        return sessions.upcomingFor(me.coupleId(), me.personId());
    }

    @Override
    public String calendarEntry(UUID appointmentId) {
        SignedInPartner me = session.require();
        return sessions.calendarEntry(me.coupleId(), me.personId(), appointmentId)
                .orElseThrow(() -> new NotFoundException(NOT_YOURS));
    }

    @Override
    public CancellationNotice cancellationNotice(UUID appointmentId) {
        SignedInPartner me = session.require();
        return sessions.cancellationNotice(me.coupleId(), me.personId(), appointmentId)
                .orElseThrow(() -> new NotFoundException(NOT_YOURS));
    }

    @Override
    @Transactional
    public SessionRequest requestChange(UUID appointmentId, SessionRequest.Kind kind, String note) {
        SignedInPartner me = session.require();
        String words = note == null ? "" : note.strip();
        InputLimits.requireText("note", words, InputLimits.LINE);
        PartnerSession mine = sessions.upcomingSession(me.coupleId(), me.personId(), appointmentId)
                .orElseThrow(() -> new NotFoundException(NOT_YOURS));
        if (requests.openFor(appointmentId, me.personId())) {
            throw new BusinessRuleException("You asked about this session already; the front desk will contact you.");
        }
        CancellationNotice notice = sessions.cancellationNotice(me.coupleId(), me.personId(), appointmentId).orElseThrow();
        SessionRequest request = new SessionRequest(UUID.randomUUID(), me.coupleId(), me.personId(), appointmentId, kind,
                mine.start(), notice.late(), notice.describe(), words, clock.instant(), null, null);
        requests.insert(request, me.accountId());
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, request.id().toString(), me.coupleId(),
                AuditOutcome.ALLOWED, kind.label() + (notice.late() ? ", late" : "")),
                PortalSignInOutcomes.actorOf(me.accountId()));
        return request;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionRequest> myRequests() {
        SignedInPartner me = session.require();
        return requests.ofPerson(me.coupleId(), me.personId());
    }

    @Override
    // not read-only: the access check writes the audit trail
    @Transactional
    @PreAuthorize(PortalAccountService.STAFF)
    public List<SessionRequest> ofCouple(UUID coupleId) {
        access.require(RecordKind.SCHEDULE, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return requests.ofCouple(coupleId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.ADMIN + "')")
    public List<SessionRequest> open() {
        return requests.open(200);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.ADMIN + "')")
    public SessionRequest markHandled(UUID requestId) {
        SessionRequest request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No such request."));
        access.require(RecordKind.SCHEDULE, request.coupleId(), AuditAction.UPDATE, SUBJECT, requestId);
        requests.handled(requestId, currentUser.require().displayName(), clock.instant());
        return requests.find(requestId).orElseThrow();
    }
}
