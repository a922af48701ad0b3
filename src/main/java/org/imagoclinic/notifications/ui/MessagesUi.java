package org.imagoclinic.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.notifications.OutboxMessage;
import org.jspecify.annotations.Nullable;

/** What the module's screens share: the outbox grid, times in the clinic's zone, refusals next to their fields. */
final class MessagesUi {

    private static final DateTimeFormatter WHEN = org.imagoclinic.shared.ui.components.ClinicFormat.WEEKDAY_AND_TIME.formatter();

    private MessagesUi() {
    }

    static String when(@Nullable Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** The outbox's columns, newest first; the partner column names whom it was for when {@code names} knows them. */
    static Grid<OutboxMessage> outboxGrid(ZoneId zone, Map<java.util.UUID, String> names) {
        Grid<OutboxMessage> grid = new Grid<>();
        grid.addColumn(m -> when(m.createdAt(), zone)).setHeader("Planned").setAutoWidth(true);
        grid.addColumn(m -> m.sentAt() != null ? "sent " + when(m.sentAt(), zone) : "due " + when(m.nextAttemptAt(), zone))
                .setHeader("When").setAutoWidth(true);
        if (!names.isEmpty()) {
            grid.addColumn(m -> m.partnerId() == null ? m.recipientName() + " (pays)" : names.getOrDefault(m.partnerId(), ""))
                    .setHeader("Partner").setAutoWidth(true);
        }
        grid.addColumn(m -> m.template().label()).setHeader("Message").setAutoWidth(true);
        grid.addColumn(m -> m.channel().label() + (m.recipient() == null ? "" : " to " + m.recipient())).setHeader("To");
        grid.addColumn(m -> label(m)).setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> m.reason() == null ? "" : m.reason()).setHeader("Why").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static String label(OutboxMessage message) {
        String status = message.status().name().charAt(0) + message.status().name().substring(1).toLowerCase(Locale.ROOT);
        return message.attempts() > 1 ? status + " (" + message.attempts() + " attempts)" : status;
    }
}
