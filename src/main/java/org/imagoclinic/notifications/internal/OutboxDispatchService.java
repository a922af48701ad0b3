package org.imagoclinic.notifications.internal;

import org.imagoclinic.notifications.OutboxDispatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The outbox sent on request; see {@link OutboxDispatch}. */
@Service
class OutboxDispatchService implements OutboxDispatch {

    private final Dispatcher dispatcher;

    OutboxDispatchService(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @PreAuthorize(NotificationsAccess.DESK)
    public int sendDue() {
        return dispatcher.deliverDue();
    }
}
