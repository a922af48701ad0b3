package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.imagoclinic.shared.DatabaseOutage;

/**
 * When a click or a save fails because the database is out of reach, the person is told so in
 * plain words (and that nothing was saved) instead of seeing nothing or a stack trace; the form
 * stays as it was, so trying again later works. Other errors go to Vaadin's default handling.
 */
@org.springframework.stereotype.Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(DatabaseOutageNotice::handle));
    }

    static void handle(ErrorEvent error) {
        UI ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
        if (ui == null || !DatabaseOutage.explains(error.getThrowable())) {
            new DefaultErrorHandler().error(error);
            return;
        }
        Notification notice = new Notification(DatabaseOutage.MESSAGE, 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setId("database-outage");
        ui.add(notice);
        notice.open();
    }
}
