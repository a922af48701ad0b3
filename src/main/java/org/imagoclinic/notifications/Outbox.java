package org.imagoclinic.notifications;

import java.util.List;

/**
 * Every message the clinic sent or meant to send, for the front desk and administrators.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} for a period that ends before it
 * starts or spans more than 92 days; {@link org.springframework.security.access.AccessDeniedException}
 * for other roles.
 */
public interface Outbox {

    /** Matching messages, newest first, at most 500. */
    List<OutboxMessage> find(OutboxQuery query);

    /** How many messages failed in the last seven days, for the administrator's attention. */
    int failedLastWeek();
}
