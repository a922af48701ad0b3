package org.imagoclinic.security.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open web sessions, so that an account's can be ended at once when it is deactivated, its roles
 * change or its password is reset (ADR 0030): the person's next click, in any tab, meets the sign-in
 * page. Fed by the container's session events ({@code HttpSessionEventPublisher}); works with Vaadin,
 * whose state lives in the same HTTP session and ends with it. With several instances, the others
 * are told and end theirs too ({@link SessionEndingAcrossInstances}).
 */
@Component
class SignedInSessions {

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();
    private final SessionEndingAcrossInstances otherInstances;

    SignedInSessions(SessionEndingAcrossInstances otherInstances) {
        this.otherInstances = otherInstances;
    }

    /** Sessions another instance ends (several instances on one database, ADR 0057) end here too. */
    @EventListener(ApplicationReadyEvent.class)
    void listenToOtherInstances() {
        otherInstances.listen(accountId -> endNow(accountId, null));
    }

    @EventListener
    void on(HttpSessionCreatedEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    /** The id changes at sign-in (session fixation protection): the same session under its new id. */
    @EventListener
    void on(HttpSessionIdChangedEvent event) {
        HttpSession session = open.remove(event.getOldSessionId());
        if (session != null) {
            open.put(event.getNewSessionId(), session);
        }
    }

    @EventListener
    void on(HttpSessionDestroyedEvent event) {
        open.remove(event.getId());
    }

    /**
     * Ends every web session signed in to the account, once the current transaction has committed (at
     * once without one): a change that is rolled back ends nothing.
     */
    void endAllOf(UUID accountId) {
        endAllOf(accountId, null);
    }

    /** As {@link #endAllOf(UUID)}, but the session with id {@code keep} (the one the change is made in) stays. */
    void endAllOf(UUID accountId, @Nullable String keep) {
        otherInstances.tellOthers(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(accountId, keep);
                }
            });
        } else {
            endNow(accountId, keep);
        }
    }

    /** How many open web sessions are signed in to the account. */
    int countOf(UUID accountId) {
        return countOf(accountId, null);
    }

    /** How many open web sessions other than {@code keep} are signed in to the account. */
    int countOf(UUID accountId, @Nullable String keep) {
        return (int) others(accountId, keep).count();
    }

    /** The open web sessions signed in to the account. */
    List<HttpSession> of(UUID accountId) {
        return others(accountId, null).toList();
    }

    /** The id of the web session the current request belongs to; none for an API call or outside a request. */
    static @Nullable String currentSessionId() {
        HttpSession session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        return session == null ? null : session.getId();
    }

    private Stream<HttpSession> others(UUID accountId, @Nullable String keep) {
        return open.entrySet().stream().filter(entry -> !entry.getKey().equals(keep))
                .map(Map.Entry::getValue).filter(session -> signedInTo(session, accountId));
    }

    private void endNow(UUID accountId, @Nullable String keep) {
        others(accountId, keep).toList().forEach(session -> {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                open.values().remove(session);
            }
        });
    }

    private static boolean signedInTo(HttpSession session, UUID accountId) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof ClinicUserDetails user
                    && user.accountId().equals(accountId);
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }
}
