package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

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
        List<MeasureDue> dueNow = due.dueForMe();
        VerticalLayout panel = new VerticalLayout(new H3("Measures due"));
        panel.setPadding(false);
        panel.setId("measures-due-panel");
        if (dueNow.isEmpty()) {
            panel.add(Show.muted("No measures due for your couples."));
            return Optional.of(panel);
        }
        UnorderedList list = new UnorderedList();
        dueNow.forEach(measure -> list.add(new ListItem(new Anchor("couples/" + measure.coupleId(), measure.coupleName()),
                new Span(": " + measure.description() + " (since " + Show.day(measure.dueFrom()) + "); "
                        + String.join(" and ", measure.partnersMissing()) + " to answer"))));
        panel.add(list);
        return Optional.of(panel);
    }
}
