package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.scheduling.Appointments;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells whoever closes an episode of care in the web UI how many of the couple's future sessions
 * are being cancelled, without the clients module knowing scheduling (ADR 0011). It hears
 * {@link EpisodeClosed} synchronously, in the closing user's request and transaction, counts the
 * sessions still to come (the asynchronous listener has not run yet), and shows the message on
 * that user's screen once the closing has committed. REST callers list the sessions instead.
 */
@Component
class EpisodeClosingNotice {

    private final Appointments appointments;

    EpisodeClosingNotice(Appointments appointments) {
        this.appointments = appointments;
    }

    @EventListener
    void on(EpisodeClosed closed) {
        UI ui = UI.getCurrent();
        if (ui == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        int count;
        try {
            count = appointments.upcomingOf(closed.coupleId()).size();
        } catch (RuntimeException notShown) {
            // a notice must never stand in the way of closing the episode
            return;
        }
        if (count == 0) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ui.access(() -> Notification.show(message(count), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST));
            }
        });
    }

    static String message(int count) {
        return count == 1 ? "The couple's one future session is being cancelled: the episode of care is closed."
                : "The couple's " + count + " future sessions are being cancelled: the episode of care is closed.";
    }
}
