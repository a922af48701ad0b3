package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;

/**
 * The last intake step: the therapist who will see the couple, which opens their first episode of
 * care. Only the front desk chooses here: a clinician never puts anyone on a care team they are not
 * on themselves (ADR 0028), and nobody is on a new couple's, so a clinician registering a couple
 * leaves the therapists to the front desk, and the screen to the therapist once assigned.
 */
class TherapistStep extends VerticalLayout {

    final TherapistPicker primary;
    final TherapistPicker co;

    TherapistStep(TherapistRoster roster, List<UUID> known, CurrentUser currentUser) {
        setPadding(false);
        primary = new TherapistPicker("Primary therapist", roster, known);
        co = new TherapistPicker("Co-therapist", roster, known);
        boolean clinician = currentUser.get()
                .filter(account -> account.hasRole(Roles.THERAPIST) || account.hasRole(Roles.SUPERVISOR)).isPresent();
        if (clinician) {
            add(new Paragraph("The front desk assigns the couple's therapists, which opens their episode of care; "
                    + "the therapist then records the suitability screen."));
        } else {
            add(new Paragraph("Choosing a therapist opens the couple's episode of care, in intake. You can also "
                    + "leave it for later."), new FormLayout(primary, co));
        }
    }
}
