package org.imagoclinic.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.security.Roles;

/**
 * Every message the clinic sent or meant to send, newest first: to whom, on which channel, when,
 * and why one failed or was held back. A line at the top says how many failed in the last week.
 */
@Route("outbox")
@PageTitle("Outbox · Imago Clinic")
@Menu(title = "Outbox", order = 24, icon = "vaadin:envelopes")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
class OutboxView extends VerticalLayout {

    private final Outbox outbox;
    private final Select<MessageStatus> status = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<OutboxMessage> grid;
    private final Div failures = new Div();

    OutboxView(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        setSizeFull();
        status.setLabel("Status");
        status.setItems(MessageStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusDays(30));
        to.setValue(today);
        Button show = new Button("Show", click -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, from, to, show);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid = MessagesUi.outboxGrid(clock.getZone(), Map.of());
        grid.setId("outbox");
        grid.setEmptyStateText("No messages in this period.");
        failures.setId("outbox-failures");
        failures.getStyle().set("color", "var(--lumo-error-text-color)");
        add(failures, filters, grid);
        refresh();
    }

    private void refresh() {
        int failed = outbox.failedLastWeek();
        failures.setText(failed == 0 ? "" : failed + (failed == 1 ? " message" : " messages")
                + " failed in the last seven days: filter by Failed to see why.");
        failures.setVisible(failed > 0);
        Feedback.attempt(() -> grid.setItems(outbox.find(new OutboxQuery(null, status.getValue(), from.getValue(),
                to.getValue()))), Map.of("from", from, "to", to));
    }
}
