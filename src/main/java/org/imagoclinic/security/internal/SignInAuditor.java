package org.imagoclinic.security.internal;

import jakarta.servlet.http.HttpSession;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, failed sign-ins, lock-outs, sign-outs and time-outs to the audit trail, with
 * the caller's IP address. API calls authenticate on every request, so only their failures are
 * recorded; a successful web sign-in is recorded once.
 */
@Component
class SignInAuditor {

    private final AuditTrail audit;

    SignInAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        actorOf(event.getAuthentication()).ifPresent(actor -> audit.recordIndependently(
                new AuditRecord(AuditAction.SIGN_IN, "Account", String.valueOf(actor.accountId()), null,
                        AuditOutcome.ALLOWED, null), actor));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String typed = TypedUserNames.kept(event.getAuthentication().getName());
        AuditActor stranger = AuditActor.unauthenticated(typed);
        Exception cause = event.getException();
        String reason = cause instanceof AccountLockedException locked && !locked.justLocked() ? "user name locked"
                : cause instanceof PasswordTooLongException ? "password over " + Passwords.MAX_BYTES + " bytes: refused unchecked"
                : "wrong user name or password, or account deactivated";
        audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN_FAILURE, "UserName", typed, null,
                AuditOutcome.DENIED, reason), stranger);
        if (cause instanceof AccountLockedException locked && locked.justLocked()) {
            audit.recordIndependently(new AuditRecord(AuditAction.LOCK_OUT, "UserName", typed, null,
                    AuditOutcome.DENIED, "5 failed sign-ins within 15 minutes; locked until " + locked.lockedUntil()),
                    stranger);
        }
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        actorOf(event.getAuthentication()).ifPresent(actor -> audit.recordIndependently(
                new AuditRecord(AuditAction.SIGN_OUT, "Account", String.valueOf(actor.accountId()), null,
                        AuditOutcome.ALLOWED, null), actor));
    }

    /**
     * A web session that ends because it was idle past its time-out, not by signing out: by the
     * container's clock, or closed by the page (whose heartbeat kept the session itself alive).
     */
    @EventListener
    void on(HttpSessionDestroyedEvent event) {
        HttpSession session = event.getSession();
        // the container stamps sessions by the machine's clock, so idleness is measured by it too
        long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
        boolean closedByPage = Boolean.TRUE.equals(session.getAttribute(SessionEnd.IDLE));
        boolean timedOut = session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
        if (!timedOut && !closedByPage) {
            return;
        }
        String reason = closedByPage
                ? "signed out: the page was idle for " + session.getMaxInactiveInterval() / 60 + " minutes"
                : "signed out after " + idleMillis / 60_000 + " minutes without activity";
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext securityContext) {
            actorOf(securityContext.getAuthentication()).ifPresent(actor -> audit.recordIndependently(
                    new AuditRecord(AuditAction.TIME_OUT, "Account", String.valueOf(actor.accountId()), null,
                            AuditOutcome.ALLOWED, reason), actor));
        }
    }

    private static java.util.Optional<AuditActor> actorOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ClinicUserDetails user) {
            return java.util.Optional.of(SecurityAuditActorResolver.actorOf(user.account()));
        }
        return java.util.Optional.empty();
    }
}
