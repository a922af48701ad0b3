package org.imagoclinic.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.imagoclinic.security.BreakGlassReview;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The review queue: every break-glass grant nobody has acknowledged yet, oldest first, with who,
 * which couple, why and when; a supervisor or administrator acknowledges each after looking at it.
 */
@Route("break-glass")
@PageTitle("Break-glass review · Imago Clinic")
@Menu(title = "Break-glass review", order = 94, icon = "vaadin:unlock")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
class BreakGlassReviewView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = org.imagoclinic.shared.ui.components.ClinicFormat.WEEKDAY_AND_TIME.formatter();

    private final transient BreakGlassReview review;
    private final Grid<BreakGlassGrant> queue = new Grid<>();
    private final Paragraph empty = new Paragraph("Every break-glass access has been reviewed.");

    BreakGlassReviewView(BreakGlassReview review, Clock clock) {
        this.review = review;
        setSizeFull();
        queue.addColumn(grant -> WHEN.format(grant.grantedAt().atZone(clock.getZone()))).setHeader("Opened").setAutoWidth(true);
        queue.addColumn(BreakGlassGrant::username).setHeader("By").setAutoWidth(true);
        queue.addComponentColumn(grant -> new Anchor("couples/" + grant.coupleId(), "Couple's page")).setHeader("Couple")
                .setAutoWidth(true);
        queue.addColumn(grant -> grant.category().label()).setHeader("Why").setFlexGrow(1);
        queue.addColumn(BreakGlassGrant::reason).setHeader("In their words").setFlexGrow(2);
        queue.addComponentColumn(this::acknowledgeButton).setAutoWidth(true);
        add(new H2("Break-glass review"), new Paragraph("Clinicians who opened a couple's records outside their care team."
                + " Look at what they opened in the audit trail, then acknowledge it."), empty, queue);
        refresh();
    }

    private Button acknowledgeButton(BreakGlassGrant grant) {
        Button acknowledge = new Button("Acknowledge", click -> {
            if (Feedback.attempt(() -> review.acknowledge(grant.id()), Map.of())) {
                Feedback.done("Break-glass access by " + grant.username() + " acknowledged.");
            }
            refresh();
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return acknowledge;
    }

    private void refresh() {
        var waiting = review.awaitingReview();
        queue.setItems(waiting);
        empty.setVisible(waiting.isEmpty());
        queue.setVisible(!waiting.isEmpty());
    }
}
