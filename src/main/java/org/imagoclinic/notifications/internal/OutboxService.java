package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for the front desk and administrators; see {@link Outbox}. */
@Service
@PreAuthorize(NotificationsAccess.DESK)
class OutboxService implements Outbox {

    static final int MOST_DAYS = 92;
    static final int MOST_ROWS = 500;

    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxService(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> find(OutboxQuery query) {
        if (query.from() != null && query.to() != null) {
            if (query.to().isBefore(query.from())) {
                throw new InvalidInputException("to", "The last day can't be before the first.");
            }
            if (query.to().isAfter(query.from().plusDays(MOST_DAYS))) {
                throw new InvalidInputException("to", "List at most " + MOST_DAYS + " days at a time.");
            }
        }
        return outbox.find(query.coupleId(), query.status(), startOf(query.from()),
                query.to() == null ? null : startOf(query.to().plusDays(1)), MOST_ROWS);
    }

    @Override
    @Transactional(readOnly = true)
    public int failedLastWeek() {
        return outbox.countFailedSince(clock.instant().minus(Duration.ofDays(7)));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
