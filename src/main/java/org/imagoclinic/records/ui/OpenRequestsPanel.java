package org.imagoclinic.records.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequests;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.jsoup.nodes.Element;

/** An administrator's home page: partners' open requests about their record, each with its 30-day clock. */
@org.springframework.stereotype.Component
class OpenRequestsPanel implements HomePanel {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private final RecordRequests requests;
    private final CurrentUser currentUser;
    private final Clock clock;

    OpenRequestsPanel(RecordRequests requests, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        if (!currentUser.get().map(me -> me.hasRole(Roles.ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        List<RecordRequest> open = requests.open();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Element panel = new Element("div").id("open-record-requests-panel").addClass("home-panel");
        panel.appendElement("h3").text("Requests about records, open");
        Element list = panel.appendElement("ul");
        for (RecordRequest request : open) {
            long left = ChronoUnit.DAYS.between(today, request.dueBy());
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "couples/" + request.coupleId()).text(request.coupleName());
            item.appendText(": " + request.partnerName() + ", " + request.kind().label().toLowerCase(Locale.ROOT)
                    + ", received " + DAY.format(request.receivedOn()) + " — "
                    + (left < 0 ? (-left) + (left == -1 ? " day" : " days") + " overdue"
                    : left == 0 ? "due today" : left + (left == 1 ? " day" : " days") + " left"));
        }
        return Optional.of(StaticHtml.of(panel));
    }
}
