package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The last intake step: the therapist who will see the couple (which opens their first episode of
 * care) and, for a therapist who takes the couple on, the suitability screen.
 */
class TherapistStep extends VerticalLayout {

    final TherapistPicker primary;
    final TherapistPicker co;
    final Checkbox screenNow = new Checkbox("Record the suitability screen now");
    final ScreenForm screen;

    TherapistStep(TherapistRoster roster, List<UUID> known, CurrentUser currentUser, Clock clock) {
        setPadding(false);
        primary = new TherapistPicker("Primary therapist", roster, known);
        co = new TherapistPicker("Co-therapist", roster, known);
        screen = new ScreenForm(clock);
        screen.setVisible(false);
        add(new Paragraph("Choosing a therapist opens the couple's episode of care, in intake. You can also leave "
                + "it for later."), new FormLayout(primary, co));
        var me = currentUser.get().filter(account -> account.staffId().isPresent()
                && (account.hasRole(Roles.THERAPIST) || account.hasRole(Roles.SUPERVISOR)));
        if (me.isPresent()) {
            primary.setValue(me.get().staffId().get());
            screenNow.setHelperText("Only a therapist on the couple's care team records the screen.");
            screenNow.addValueChangeListener(change -> screen.setVisible(change.getValue()));
            add(screenNow, screen);
        }
    }

    boolean validate() {
        return !screenNow.getValue() || screen.validate();
    }

    @Nullable NewScreen screenAnswers() {
        return screenNow.getValue() ? screen.answers() : null;
    }
}
