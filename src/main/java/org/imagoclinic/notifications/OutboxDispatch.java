package org.imagoclinic.notifications;

/**
 * Sends what the outbox holds due, on the caller's thread and by the clinic clock as the caller sees
 * it: the same work the module's recurring task does every few seconds (consent, safe contact, quiet
 * hours and the session's time checked again, temporary failures retried later). For a caller that
 * keeps time itself, such as the demo clinic replaying its past month, whose clock only its own
 * thread sees; the recurring task goes on as before.
 *
 * <p>Refusals: {@link org.springframework.security.access.AccessDeniedException} for roles other
 * than front desk and administrators.
 */
public interface OutboxDispatch {

    /** Sends every message due now; returns how many were handled (sent, failed, suppressed or put off). */
    int sendDue();
}
