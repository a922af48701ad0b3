package org.imagoclinic.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.imagoclinic.security.internal.SessionEnd;
import org.springframework.stereotype.Component;

/**
 * Vaadin closes a session idle for longer than the time-out even while the page's heartbeat keeps the
 * HTTP session alive ({@code vaadin.closeIdleSessions}); but it only drops its own state, and the HTTP
 * session, with the sign-in in it, lived on: reloading the page showed it signed in again. This ends
 * the HTTP session with Vaadin's, so the time-out really signs out (ADR 0030).
 */
@Component
class IdleSessionSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                SessionEnd.afterIdleTimeOut(session::setAttribute, session::invalidate);
            }
        });
    }
}
