package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.FollowUpDue;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.jsoup.nodes.Element;

/**
 * A therapist's "follow-ups due" on the home page: the behaviour change requests whose follow-up the
 * request's schedule asks for by today. Static HTML with a link to each couple (one node, not a grid);
 * an empty queue shows nothing, since most days have none.
 */
@org.springframework.stereotype.Component
class FollowUpsDuePanel implements HomePanel {

    private final ImagoRecords records;
    private final CurrentUser currentUser;

    FollowUpsDuePanel(ImagoRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty()
                || !(account.get().hasRole(Roles.THERAPIST) || account.get().hasRole(Roles.SUPERVISOR))) {
            return Optional.empty();
        }
        List<FollowUpDue> due = records.followUpsDueForMe();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Element panel = new Element("div").id("follow-ups-due").addClass("home-panel");
        panel.appendElement("h3").text("Behaviour change requests to follow up");
        Element table = panel.appendElement("table").addClass("queue-table");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : new String[] {"Due", "Couple", "Asked by", "Chosen request", "Time limit"}) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (FollowUpDue entry : due) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(Dates.day(entry.dueOn()));
            row.appendElement("td").appendElement("a").attr("href", "couples/" + entry.coupleId()).text(entry.coupleName());
            row.appendElement("td").text(entry.askingPartnerName());
            row.appendElement("td").text(entry.chosenRequest());
            row.appendElement("td").text(Dates.day(entry.endsOn()));
        }
        return Optional.of(StaticHtml.of(panel));
    }
}
