package org.imagoclinic.security.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With several instances on one database (ADR 0057), an account's web sessions live in whichever
 * instance each browser is kept on: ending them (deactivation, new roles, a password reset, ADR 0030)
 * must reach every instance. The instance that ends them tells the others through PostgreSQL's
 * {@code NOTIFY}, sent when its transaction commits (never for a change that is rolled back); every
 * instance listens on a connection of its own and ends the account's sessions it holds. An instance
 * that is down holds no sessions, so nothing needs to be kept for it.
 */
@Component
class SessionEndingAcrossInstances implements DisposableBean {

    static final String CHANNEL = "imago_sessions_ended";
    private static final Logger log = LoggerFactory.getLogger(SessionEndingAcrossInstances.class);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);

    /** This instance, so that it skips its own notices: it has ended its sessions already, except the one kept. */
    private final String instance = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile boolean stopping;
    private volatile @Nullable Thread listening;

    SessionEndingAcrossInstances(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Tells the other instances, when the current transaction commits (at once without one), to end the account's sessions. */
    void tellOthers(UUID accountId) {
        jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, instance + " " + accountId);
    }

    /** Starts listening; {@code endAll} ends the account's sessions held here. */
    void listen(Consumer<UUID> endAll) {
        listening = Thread.ofPlatform().name("sessions-ended-elsewhere").daemon().start(() -> {
            while (!stopping) {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                    PGConnection notices = connection.unwrap(PGConnection.class);
                    while (!stopping) {
                        PGNotification[] received = notices.getNotifications(10_000);
                        if (received != null) {
                            for (PGNotification notice : received) {
                                accountOfOthers(notice.getParameter()).ifPresent(endAll);
                            }
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    if (!stopping) {
                        log.warn("Listening for sessions ended by other instances failed; trying again in {}", RECONNECT_AFTER, e);
                        pause();
                    }
                }
            }
        });
    }

    private java.util.Optional<UUID> accountOfOthers(String notice) {
        String[] parts = notice.split(" ");
        if (parts.length != 2 || parts[0].equals(instance)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(parts[1]));
        } catch (IllegalArgumentException notAnAccount) {
            return java.util.Optional.empty();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    @Override
    public void destroy() {
        stopping = true;
        Thread thread = listening;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
