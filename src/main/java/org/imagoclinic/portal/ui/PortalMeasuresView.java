package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imagoclinic.assessments.MeasuresAtHome.DueAtHome;
import org.imagoclinic.assessments.ui.forms.MeasureForm;
import org.imagoclinic.portal.MeasuresForMe;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The measure due for a partner, answered at home on the clinic's own form (phone first). It ends with
 * thanks, never a score: the therapist goes through the results with the couple. Below, the partner's own
 * scores over time, only where their therapist shares them.
 */
@Route(value = "portal/measures", autoLayout = false)
@PageTitle("Questionnaire · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalMeasuresView extends PartnerPortalView {

    private final MeasuresForMe measures;

    PortalMeasuresView(PortalSession session, MeasuresForMe measures) {
        super(session, "Questionnaire");
        this.measures = measures;
    }

    @Override
    void addContent() {
        List<DueAtHome> due = measures.due();
        if (due.isEmpty()) {
            Paragraph nothing = new Paragraph("Nothing to answer at the moment. Your therapist will let you know when a "
                    + "questionnaire is due.");
            nothing.setId("measures-nothing-due");
            add(nothing);
            measures.myTrend().ifPresent(trend -> add(new OwnTrendPanel(trend)));
            return;
        }
        MeasureForm form = new MeasureForm(due.getFirst().instrument());
        Button send = new Button("Send my answers");
        send.setId("measures-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = new VerticalLayout(new H2(form.instrument().name()),
                new Paragraph("Please answer alone; your partner answers their own. Your therapist goes through the "
                        + "results with you both."), form, send);
        content.setPadding(false);
        send.addClickListener(click -> {
            try {
                measures.answer(form.answers());
                content.removeAll();
                Paragraph thanks = new Paragraph("Thank you. Your answers are with your therapist.");
                thanks.setId("measures-sent");
                content.add(thanks);
            } catch (InvalidInputException incomplete) {
                form.showProblems(incomplete.fieldErrors());
                Feedback.problem("Please answer the marked questions.");
            } catch (ConflictException nothingDue) {
                Feedback.problem(nothingDue.getMessage());
            }
        });
        add(content);
        measures.myTrend().ifPresent(trend -> add(new OwnTrendPanel(trend)));
    }
}
