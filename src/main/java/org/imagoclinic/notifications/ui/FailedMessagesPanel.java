package org.imagoclinic.notifications.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Element;
import java.util.Optional;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;

/** An administrator's home page, when messages to clients failed in the last week: how many, and where to look. */
@org.springframework.stereotype.Component
class FailedMessagesPanel implements HomePanel {

    private final Outbox outbox;
    private final CurrentUser currentUser;

    FailedMessagesPanel(Outbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        if (!currentUser.get().map(me -> me.hasRole(Roles.ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        int failed = outbox.failedLastWeek();
        if (failed == 0) {
            return Optional.empty();
        }
        Element panel = new Element("div").id("failed-messages-panel").addClass("home-panel");
        panel.appendElement("h3").text("Messages not delivered");
        panel.appendElement("span").text(failed + (failed == 1 ? " message" : " messages")
                + " to clients failed in the last seven days. ");
        panel.appendElement("a").attr("href", "outbox").text("Open the Outbox");
        return Optional.of(StaticHtml.of(panel));
    }
}
