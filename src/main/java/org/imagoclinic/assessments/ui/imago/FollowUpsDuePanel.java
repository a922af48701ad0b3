package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.FollowUpDue;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

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
        return Optional.of(Queues.table("follow-ups-due", "Behaviour change requests to follow up",
                new String[] {"Due", "Couple", "Asked by", "Chosen request", "Time limit"},
                due.stream().map(entry -> new Queues.Row(entry.coupleId(), 1, List.of(Dates.day(entry.dueOn()),
                        entry.coupleName(), entry.askingPartnerName(), entry.chosenRequest(), Dates.day(entry.endsOn()))))
                        .toList(), ""));
    }
}
