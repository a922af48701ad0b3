package org.imagoclinic.notifications;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which outbox messages to list; every filter is optional.
 *
 * @param from first day (clinic's zone) a message was created on
 * @param to last day, at most 92 days after {@code from}
 */
public record OutboxQuery(@Nullable UUID coupleId, @Nullable MessageStatus status, @Nullable LocalDate from,
                          @Nullable LocalDate to) {
}
