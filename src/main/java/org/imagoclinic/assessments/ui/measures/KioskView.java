package org.imagoclinic.assessments.ui.measures;

import org.imagoclinic.assessments.ui.forms.MeasureForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imagoclinic.assessments.KioskForm;
import org.imagoclinic.assessments.MeasureKiosk;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The clinic's tablet under a one-time kiosk link: one form for one partner, no menu, no sign-in,
 * nothing else; it ends by thanking them, without the score.
 */
@Route(value = "kiosk/:token", autoLayout = false)
@PageTitle("Questionnaire · Imago Clinic")
@AnonymousAllowed
class KioskView extends VerticalLayout implements BeforeEnterObserver {

    private final MeasureKiosk kiosk;
    private String token = "";

    KioskView(MeasureKiosk kiosk) {
        this.kiosk = kiosk;
        setMaxWidth("760px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        try {
            showForm(kiosk.formFor(token));
        } catch (NotFoundException unusable) {
            end("This link can't be used", unusable.getMessage());
        }
    }

    private void showForm(KioskForm form) {
        H2 greeting = new H2("Hello " + form.partnerFirstName());
        greeting.setId("kiosk-greeting");
        MeasureForm questions = new MeasureForm(form.instrument());
        Button send = new Button("Send my answers");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(click -> send(questions));
        add(greeting, new Paragraph("Please answer these questions about your relationship on your own. "
                + "Your answers go to your therapist."), questions, send);
    }

    private void send(MeasureForm questions) {
        try {
            kiosk.submit(token, questions.answers());
            end("Thank you", "Your answers have been saved. Please hand the tablet back to your therapist.");
        } catch (InvalidInputException incomplete) {
            questions.showProblems(incomplete.fieldErrors());
            Feedback.problem("Please answer the marked questions.");
        } catch (NotFoundException unusable) {
            end("This link can't be used", unusable.getMessage());
        }
    }

    private void end(String title, String message) {
        removeAll();
        H2 heading = new H2(title);
        heading.setId("kiosk-end");
        Paragraph text = new Paragraph(message);
        text.setId("kiosk-message");
        add(heading, text);
    }
}
