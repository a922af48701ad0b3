package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Small things the measures views share: dates and messages. */
final class Show {

    static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private Show() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static void saved(String message) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static Span muted(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
