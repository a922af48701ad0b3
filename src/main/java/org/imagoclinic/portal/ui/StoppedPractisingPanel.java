package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Element;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.HomePractice.QuietCouple;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.imagoclinic.shared.ui.home.HomePanel;

/** A therapist's home page: the couples of their caseload where a partner stopped practising at home. */
@org.springframework.stereotype.Component
class StoppedPractisingPanel implements HomePanel {

    private final HomePractice practice;
    private final CurrentUser currentUser;

    StoppedPractisingPanel(HomePractice practice, CurrentUser currentUser) {
        this.practice = practice;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        if (!currentUser.get().map(me -> me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR)).orElse(false)) {
            return Optional.empty();
        }
        List<QuietCouple> quiet = practice.stoppedPractisingInMyCaseload();
        if (quiet.isEmpty()) {
            return Optional.empty();
        }
        Element panel = new Element("div").id("stopped-practising-panel").addClass("home-panel");
        panel.appendElement("h3").text("Couples who stopped practising at home");
        Element list = panel.appendElement("ul");
        for (QuietCouple couple : quiet) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "couples/" + couple.coupleId()).text(couple.coupleName());
            item.appendText(": " + (couple.partners().size() == 2 ? "both partners" : "one partner")
                    + " logged nothing for " + couple.partners().stream().map(p -> String.valueOf(p.days()))
                    .collect(Collectors.joining(" and ")) + " days");
        }
        return Optional.of(StaticHtml.of(panel));
    }
}
