package org.imagoclinic.scheduling;

/** Why a couple left the waitlist. */
public enum WaitlistExit {
    /** A slot was offered and booked for them. */
    SLOT_BOOKED,
    /** Taken off the list without a booking. */
    WITHDRAWN
}
