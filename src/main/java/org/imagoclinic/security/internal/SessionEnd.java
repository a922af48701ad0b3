package org.imagoclinic.security.internal;

import java.util.function.BiConsumer;

/** Ends a web session that its page closed for idleness, marked so that the time-out is audited. */
public final class SessionEnd {

    /** The session attribute that marks a session ended for idleness by the page (Vaadin). */
    static final String IDLE = SessionEnd.class.getName() + ".IDLE";

    private SessionEnd() {
    }

    /**
     * Marks the session and invalidates it; a session already ended (its end is what closed the page)
     * is left alone.
     *
     * @param setAttribute the session's attribute setter
     * @param invalidate   the session's invalidation
     */
    public static void afterIdleTimeOut(BiConsumer<String, Object> setAttribute, Runnable invalidate) {
        try {
            setAttribute.accept(IDLE, Boolean.TRUE);
            invalidate.run();
        } catch (IllegalStateException alreadyEnded) {
            // the HTTP session ended first (sign-out, its own time-out, an administrator's change)
        }
    }
}
