package org.imagoclinic.notifications.internal;

/** A channel could not hand a message over; temporary ones are tried again later. */
class DeliveryFailure extends Exception {

    private final boolean temporary;

    DeliveryFailure(String reason, boolean temporary, Throwable cause) {
        super(reason, cause);
        this.temporary = temporary;
    }

    DeliveryFailure(String reason, boolean temporary) {
        super(reason);
        this.temporary = temporary;
    }

    boolean temporary() {
        return temporary;
    }
}
