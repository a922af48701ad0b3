package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imagoclinic.scheduling.BookingRules;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/** The booking rules an administrator sets for the clinic: treatment consent before a couple's first session. */
@Route("admin/booking-rules")
@PageTitle("Booking rules · Imago Clinic")
@Menu(title = "Booking rules", order = 82, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.ADMIN)
class BookingRulesView extends VerticalLayout {

    BookingRulesView(BookingRules rules) {
        Checkbox consent = new Checkbox("Require both partners' treatment consent before a couple's first session",
                rules.treatmentConsentBeforeFirstSession());
        consent.setId("rule-treatment-consent");
        consent.setHelperText("On: booking a first session is refused until both partners' treatment consent is "
                + "recorded. Off: whoever books is warned, and may book.");
        consent.addValueChangeListener(change -> {
            if (change.isFromClient() && Show.attempt(() -> rules.requireTreatmentConsentBeforeFirstSession(
                    change.getValue()), Map.of())) {
                Feedback.done(change.getValue() ? "A first session now needs both partners' treatment consent."
                        : "A first session can be booked without treatment consent; whoever books is warned.");
            }
        });
        add(new H3("Booking rules"), consent);
    }
}
