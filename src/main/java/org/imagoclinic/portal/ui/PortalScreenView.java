package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.portal.IntakeAtHome;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The private safety questions, the same the clinic asks, answered alone (phone first). Nothing is
 * pre-selected and nothing answered is ever shown again on this page: the answers go to the clinicians only.
 */
@Route(value = "portal/screen", autoLayout = false)
@PageTitle("Safety questions · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalScreenView extends PartnerPortalView {

    private final IntakeAtHome intake;

    PortalScreenView(PortalSession session, IntakeAtHome intake) {
        super(session, "Safety questions");
        this.intake = intake;
    }

    @Override
    void addContent() {
        add(new Paragraph("Please answer these alone. Your answers go "
                + "to your therapist only: your partner never sees them, and they are not shown here again once sent. "
                + "Couples therapy is not safe for everyone, so your therapist asks every partner these questions."),
                new Paragraph("If you are in danger now, call 999."), leaveQuicklyExplained(), form());
    }

    /** Why the red button is there, and what it does and does not do (ADR 0055). */
    private static Paragraph leaveQuicklyExplained() {
        Paragraph explained = new Paragraph("If someone comes in while you answer, press \u201cLeave quickly\u201d at the "
                + "top of any portal page: the page is replaced at once by a weather site, you are signed out, and going "
                + "back shows nothing you wrote or read here. Your browser's history still lists the portal's address: "
                + "on a shared phone or computer, use a private window, or delete the history afterwards.");
        explained.setId("screen-leave-quickly-explained");
        return explained;
    }

    private VerticalLayout form() {
        RadioButtonGroup<RiskStatus> violence = risk("screen-violence", "Has your partner hit, pushed, choked or hurt "
                + "you, or threatened to, or made you afraid for your safety?");
        RadioButtonGroup<RiskStatus> control = risk("screen-control", "Does your partner control what you do, whom you "
                + "see, your phone or your money, or threaten or shut you off from others so that you feel you can't say no?");
        RadioButtonGroup<AffairStatus> affair = new RadioButtonGroup<>("Is either of you in an affair?");
        affair.setItems(AffairStatus.values());
        affair.setItemLabelGenerator(PortalScreenView::affairAnswer);
        RadioButtonGroup<RiskStatus> substance = risk("screen-substance", "Do you or your partner depend on alcohol or "
                + "drugs?");
        Checkbox crisis = new Checkbox("I have thoughts of ending my life, or I am in a crisis right now");
        crisis.setId("screen-crisis");
        TextArea notes = new TextArea("Anything else your therapist should know (optional)");
        notes.setId("screen-notes");
        notes.setMaxLength(InputLimits.TEXT);
        notes.setWidthFull();
        vertical(affair, "screen-affair");
        Button send = new Button("Send to my therapist");
        send.setId("screen-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(violence, control, affair, substance, crisis, notes, send);
        form.setPadding(false);
        send.addClickListener(click -> {
            NewScreen answers = new NewScreen(null, null, violence.getValue(), control.getValue(), affair.getValue(),
                    substance.getValue(), crisis.getValue(), null, false, notes.getValue());
            if (Feedback.attempt(() -> intake.answerSafetyScreen(answers), Map.of("intimatePartnerViolence", violence,
                    "coerciveControl", control, "affair", affair, "substanceDependence", substance, "notes", notes))) {
                form.removeAll();
                Paragraph sent = new Paragraph("Thank you. Your answers are with your therapist, who will talk them "
                        + "through with you. If something changes, you can answer again here.");
                sent.setId("screen-sent");
                form.add(sent);
            }
        });
        return form;
    }

    private static RadioButtonGroup<RiskStatus> risk(String id, String question) {
        RadioButtonGroup<RiskStatus> group = new RadioButtonGroup<>(question);
        group.setItems(RiskStatus.values());
        group.setItemLabelGenerator(status -> switch (status) {
            case NONE -> "No";
            case PAST -> "Not now, but in the past";
            case CURRENT -> "Yes, now";
        });
        vertical(group, id);
        return group;
    }

    private static void vertical(RadioButtonGroup<?> group, String id) {
        group.setId(id);
        group.setRequiredIndicatorVisible(true);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setWidthFull();
    }

    private static String affairAnswer(AffairStatus status) {
        return switch (status) {
            case NONE -> "No";
            case ENDED -> "There was one; it has ended";
            case ONGOING_DISCLOSED -> "Yes, and we both know about it";
            case ONGOING_UNDISCLOSED -> "Yes, and my partner does not know";
        };
    }
}
