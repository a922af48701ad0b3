package org.imagoclinic.notifications;

/** Where a message is on its way. */
public enum MessageStatus {
    /** Waiting for its time (a reminder) or for the next attempt. */
    QUEUED,
    /** Handed to the mail server or the text-message provider. */
    SENT,
    /** The provider says it reached the phone. */
    DELIVERED,
    /** Gave up after the last attempt, or the provider refused it for good; the reason says why. */
    FAILED,
    /** Not sent on purpose (no consent, opted out, safe-contact rule, session moved); the reason says why. */
    SUPPRESSED
}
