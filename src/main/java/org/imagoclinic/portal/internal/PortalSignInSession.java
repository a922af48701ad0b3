package org.imagoclinic.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalBoundary;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A partner's sign-in in the web session (ADR 0055). While a code from their app is awaited, the
 * session holds only which account waits, for five minutes, and nobody is signed in: no page or
 * endpoint, portal or staff, takes it for anyone. A completed sign-in gets a new session id.
 */
@Component
class PortalSignInSession {

    static final String CODE_AWAITED = PortalSignInSession.class.getName() + ".CODE_AWAITED";
    static final Duration CODE_WAITS = Duration.ofMinutes(5);

    /** Which account's sign-in waits for a code, since when. */
    record Awaited(UUID accountId, Instant since) implements Serializable {
    }

    private final MessageContacts contacts;
    private final Clock clock;

    PortalSignInSession(MessageContacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The partner's full sign-in, with the partner role. */
    Authentication authenticationOf(PortalAccount account) {
        String calledName = contacts.contactsOf(account.coupleId()).flatMap(c -> c.partner(account.personId()))
                .map(MessageContacts.PartnerContact::calledName).orElse("");
        PortalPrincipal principal = new PortalPrincipal(account.id(), account.coupleId(), account.personId(), calledName);
        return new OneTimeTokenAuthentication(principal,
                List.of(new SimpleGrantedAuthority("ROLE_" + PortalBoundary.PARTNER_ROLE)));
    }

    void awaitCode(HttpServletRequest request, UUID accountId) {
        request.getSession().setAttribute(CODE_AWAITED, new Awaited(accountId, clock.instant()));
    }

    /** The account whose sign-in waits for a code in this request's session, if it waits still. */
    Optional<UUID> awaitingCode() {
        HttpSession session = request().getSession(false);
        if (session == null || !(session.getAttribute(CODE_AWAITED) instanceof Awaited awaited)) {
            return Optional.empty();
        }
        return awaited.since().plus(CODE_WAITS).isAfter(clock.instant()) ? Optional.of(awaited.accountId()) : Optional.empty();
    }

    /** Signs the partner in, in this request's web session, under a new session id. */
    void signIn(PortalAccount account) {
        HttpServletRequest request = request();
        HttpSession session = request.getSession();
        session.removeAttribute(CODE_AWAITED);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationOf(account));
        SecurityContextHolder.setContext(context);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    static HttpServletRequest request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("Signing in to the portal needs a web request");
    }
}
