package org.imagoclinic.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.aopalliance.intercept.MethodInvocation;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every refusal by role (a service's {@code @PreAuthorize}, a URL rule) to the audit trail
 * as denied. Anonymous visitors are not refused but sent to sign in, so they are not recorded.
 */
@Component
class AccessDeniedAuditor {

    private final AuditTrail audit;

    AccessDeniedAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !(authentication.getPrincipal() instanceof ClinicUserDetails user)) {
            return;
        }
        Object source = event.getSource();
        String subject;
        AuditAction action;
        if (source instanceof MethodInvocation invocation) {
            subject = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
            action = actionOf(invocation.getMethod().getName());
        } else if (source instanceof HttpServletRequest request) {
            subject = request.getMethod() + " " + request.getRequestURI();
            action = "GET".equals(request.getMethod()) ? AuditAction.VIEW : AuditAction.UPDATE;
        } else {
            subject = String.valueOf(source);
            action = AuditAction.VIEW;
        }
        audit.recordIndependently(new AuditRecord(action, "Operation", subject, null, AuditOutcome.DENIED,
                "refused by role"), SecurityAuditActorResolver.actorOf(user.account()));
    }

    private static AuditAction actionOf(String methodName) {
        String name = methodName.toLowerCase(Locale.ROOT);
        if (name.startsWith("export")) {
            return AuditAction.EXPORT;
        }
        if (name.startsWith("create") || name.startsWith("add") || name.startsWith("register")) {
            return AuditAction.CREATE;
        }
        boolean read = name.startsWith("find") || name.startsWith("get") || name.startsWith("list")
                || name.startsWith("count") || name.startsWith("of") || name.startsWith("accounts")
                || name.startsWith("search") || name.startsWith("may");
        return read ? AuditAction.VIEW : AuditAction.UPDATE;
    }
}
