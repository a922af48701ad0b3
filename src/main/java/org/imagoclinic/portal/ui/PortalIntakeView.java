package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.imagoclinic.portal.IntakeAtHome;
import org.imagoclinic.portal.IntakeAtHome.IntakeAnswers;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * A partner's own intake questions, answered alone (phone first). The form starts empty every time: what
 * was sent goes to the clinicians only and is not shown here again, so a shared phone does not show it.
 */
@Route(value = "portal/intake", autoLayout = false)
@PageTitle("About you · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalIntakeView extends PartnerPortalView {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.LONG_DAY.formatter();

    private final IntakeAtHome intake;
    private final Clock clock;

    PortalIntakeView(PortalSession session, IntakeAtHome intake, Clock clock) {
        super(session, "About you");
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    void addContent() {
        add(new Paragraph("Your own answers, for your therapist only: your "
                + "partner answers their own and never sees yours."));
        intake.intakeSentAt().ifPresent(sent -> {
            Paragraph before = new Paragraph("You sent your answers on " + sent.atZone(clock.getZone()).format(DAY)
                    + ". Send them again only if you want to change something; your therapist sees every version.");
            before.setId("intake-sent-before");
            add(before);
        });
        add(form());
    }

    private VerticalLayout form() {
        TextArea whatBringsYou = area("What brings you to couples therapy?", "intake-what-brings-you");
        whatBringsYou.setRequiredIndicatorVisible(true);
        TextArea hopes = area("What do you hope will change?", "intake-hopes");
        Checkbox priorTherapy = new Checkbox("I have had couples or individual therapy before");
        priorTherapy.setId("intake-prior-therapy");
        TextArea priorNotes = area("With whom, when, and how it went (optional)", "intake-prior-notes");
        TextArea forTherapist = area("Anything you want your therapist to know that you would not say with your partner "
                + "there (optional)", "intake-for-therapist");
        Button send = new Button("Send to my therapist");
        send.setId("intake-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(whatBringsYou, hopes, priorTherapy, priorNotes, forTherapist, send);
        form.setPadding(false);
        send.addClickListener(click -> {
            IntakeAnswers answers = new IntakeAnswers(whatBringsYou.getValue(), hopes.getValue(), priorTherapy.getValue(),
                    priorNotes.getValue(), forTherapist.getValue());
            if (Feedback.attempt(() -> intake.answerIntake(answers), Map.of("whatBringsYou", whatBringsYou, "hopes", hopes,
                    "priorTherapyNotes", priorNotes, "forTherapistOnly", forTherapist))) {
                form.removeAll();
                Paragraph sent = new Paragraph("Thank you. Your answers are with your therapist.");
                sent.setId("intake-sent");
                form.add(sent);
            }
        });
        return form;
    }

    private static TextArea area(String label, String id) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(InputLimits.TEXT);
        return area;
    }
}
