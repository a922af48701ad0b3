package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.imagoclinic.shared.DatabaseContention;
import org.imagoclinic.shared.DatabaseOutage;

/**
 * When a click or a save fails because the database is out of reach, or because someone else was
 * changing the same records at that moment, the person is told so in plain words (and that nothing
 * was saved) instead of seeing nothing or a stack trace; the form stays as it was, so trying again
 * works. Other errors go to Vaadin's default handling.
 */
@org.springframework.stereotype.Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(DatabaseOutageNotice::handle));
    }

    static void handle(ErrorEvent error) {
        UI ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
        if (ui != null && DatabaseContention.explains(error.getThrowable())) {
            show(ui, DatabaseContention.MESSAGE, "database-contention");
        } else if (ui != null && DatabaseOutage.explains(error.getThrowable())) {
            show(ui, DatabaseOutage.MESSAGE, "database-outage");
        } else {
            new DefaultErrorHandler().error(error);
        }
    }

    private static void show(UI ui, String message, String id) {
        Notification notice = new Notification(message, 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setId(id);
        ui.add(notice);
        notice.open();
    }
}
