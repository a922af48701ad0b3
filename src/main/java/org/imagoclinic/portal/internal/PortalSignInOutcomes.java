package org.imagoclinic.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.PortalBoundary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What follows a click on a sign-in link: the portal's home page, or the sign-in page saying why the
 * link did not work (used, expired, unknown, account disabled) with the form for a new one. Both are
 * audited.
 */
@Component
class PortalSignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String HOME = "/portal";
    static final String SIGN_IN_PAGE = "/portal/signin";
    /** Where a sign-in waits for the code of the partner's app. */
    static final String CODE_PAGE = "/portal/signin/code";
    /** "Leave quickly": ends the portal session and sends the browser on to a neutral site. */
    static final String LEAVE = "/portal/leave";

    private final SignInLinks links;
    private final PortalSignInSession signIns;
    private final AuditTrail audit;

    PortalSignInOutcomes(SignInLinks links, PortalSignInSession signIns, AuditTrail audit) {
        this.links = links;
        this.signIns = signIns;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        PortalPrincipal partner = (PortalPrincipal) authentication.getPrincipal();
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN, PortalAccountService.SUBJECT,
                partner.accountId().toString(), partner.coupleId(), AuditOutcome.ALLOWED, "portal, one-time link"),
                actorOf(partner.accountId()));
        response.sendRedirect(request.getContextPath() + HOME);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof PortalLinkAuthentication.CodeAwaited awaited) {
            signIns.awaitCode(request, awaited.accountId());
            audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN, PortalAccountService.SUBJECT,
                    awaited.accountId().toString(), null, AuditOutcome.ALLOWED, "portal, one-time link; code awaited"),
                    actorOf(awaited.accountId()));
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        SignInLinks.Refusal why = links.whyRefused(request.getParameter("token"));
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN_FAILURE, PortalAccountService.SUBJECT, null, null,
                AuditOutcome.DENIED, "portal link " + why.name().toLowerCase(Locale.ROOT)),
                AuditActor.unauthenticated("portal link"));
        response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE + "?link=" + why.name().toLowerCase(Locale.ROOT));
    }

    /** A partner as the audit trail names them: the portal account, with the partner role. */
    static AuditActor actorOf(java.util.UUID accountId) {
        return new AuditActor(accountId, null, "portal:" + accountId, Set.of(PortalBoundary.PARTNER_ROLE));
    }
}
