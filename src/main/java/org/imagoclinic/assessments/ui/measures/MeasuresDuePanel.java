package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;
import org.jsoup.nodes.Element;

/** A therapist's home page: the measures due for the couples on their care teams. */
@org.springframework.stereotype.Component
class MeasuresDuePanel implements HomePanel {

    private final MeasuresDue due;
    private final CurrentUser currentUser;

    MeasuresDuePanel(MeasuresDue due, CurrentUser currentUser) {
        this.due = due;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        boolean clinician = currentUser.get().map(me -> me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR))
                .orElse(false);
        if (!clinician) {
            return Optional.empty();
        }
        return Optional.of(panel(due.dueForMe()));
    }

    /** The list as static HTML: it only shows text and links, and stays open on every therapist's home page. */
    static Html panel(List<MeasureDue> dueNow) {
        Element panel = new Element("div").id("measures-due-panel").addClass("home-panel");
        panel.appendElement("h3").text("Measures due");
        if (dueNow.isEmpty()) {
            panel.appendElement("span").addClass("muted").text("No measures due for your couples.");
            return StaticHtml.of(panel);
        }
        Element list = panel.appendElement("ul");
        for (MeasureDue measure : dueNow) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "couples/" + measure.coupleId()).text(measure.coupleName());
            item.appendElement("span").text(": " + measure.description() + " (since " + Show.day(measure.dueFrom()) + "); "
                    + String.join(" and ", measure.partnersMissing()) + " to answer");
        }
        return StaticHtml.of(panel);
    }
}
