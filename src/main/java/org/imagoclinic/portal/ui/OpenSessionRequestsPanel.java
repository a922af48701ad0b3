package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.portal.SessionRequest;
import org.imagoclinic.portal.SessionRequests;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.jsoup.nodes.Element;

/**
 * The front desk's home page: what partners asked for in the portal (cancel or move a session) and
 * nobody has acted on yet, oldest first, each linking to the couple's page where it is marked done.
 */
@org.springframework.stereotype.Component
class OpenSessionRequestsPanel implements HomePanel {

    private static final DateTimeFormatter WHEN = org.imagoclinic.shared.ui.components.ClinicFormat.SHORT_DAY_AND_TIME.formatter();

    private final SessionRequests requests;
    private final BookingEligibility couples;
    private final CurrentUser currentUser;
    private final Clock clock;

    OpenSessionRequestsPanel(SessionRequests requests, BookingEligibility couples, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.couples = couples;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        if (!currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        List<SessionRequest> open = requests.open();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Map<java.util.UUID, String> names = couples.displayNames(open.stream().map(SessionRequest::coupleId).toList());
        Element panel = new Element("div").id("open-session-requests-panel").addClass("home-panel");
        panel.appendElement("h3").text("Partners' requests to cancel or move a session");
        Element list = panel.appendElement("ul");
        for (SessionRequest request : open) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "couples/" + request.coupleId())
                    .text(names.getOrDefault(request.coupleId(), "A couple no longer on record"));
            item.appendText(": " + request.kind().label().toLowerCase(Locale.ROOT) + " the session of "
                    + WHEN.format(request.sessionStart().atZone(clock.getZone()))
                    + (request.late() ? " (late cancellation)" : "")
                    + (request.note().isBlank() ? "" : " — \u201c" + request.note() + "\u201d"));
        }
        return Optional.of(StaticHtml.of(panel));
    }
}
