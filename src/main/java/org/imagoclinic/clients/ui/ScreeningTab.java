package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningHistory;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.ui.tabs.CoupleChanged;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The suitability screen (clinical content, care team only; opening it is an audited read): every
 * screen with its flags and the decision on it, recording a new screen, and the decision that ends
 * a screening review.
 */
@SpringComponent
class ScreeningTab implements CoupleTab {

    private final Screenings screenings;
    private final Couples couples;
    private final Clock clock;

    ScreeningTab(Screenings screenings, Couples couples, Clock clock) {
        this.screenings = screenings;
        this.couples = couples;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Screening";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SCREENING;
    }

    @Override
    public Component content(UUID coupleId) {
        ScreeningHistory history = screenings.historyOf(coupleId);
        Couple couple = couples.get(coupleId);
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(Ui.withId(new Paragraph("Status: " + history.status().label()), "screening-status"));
        HorizontalLayout actions = new HorizontalLayout(new Button("Record a screen",
                click -> record(couple, layout)));
        if (history.status() == ScreeningStatus.REVIEW_PENDING) {
            Div review = Ui.alert("This couple is held in screening review: no joint session can be booked until a "
                    + "therapist or supervisor on the care team records a clinical decision.");
            Button decide = new Button("Record decision", click -> decide(coupleId, layout));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(decide);
            layout.add(review);
        }
        layout.add(actions);
        if (history.status() == ScreeningStatus.NOT_SCREENED || history.status() == ScreeningStatus.PARTLY_SCREENED) {
            layout.add(Ui.alert("Couple sessions wait until both partners have been screened, each on their own: "
                    + "intimate-partner violence, coercive control, an affair, substance dependence, an acute crisis. "
                    + "Still to screen: " + unscreened(couple, history) + "."));
        }
        history.screens().forEach(screen -> layout.add(card(screen, couple, history)));
        return layout;
    }

    private static String unscreened(Couple couple, ScreeningHistory history) {
        return Stream.of(couple.partnerA(), couple.partnerB())
                .filter(partner -> history.screens().stream().noneMatch(screen -> screen.covers(partner.personId())))
                .map(Partner::displayName).collect(Collectors.joining(" and "));
    }

    private static String whose(Screen screen, Couple couple) {
        if (screen.partnerId() == null) {
            return "both partners";
        }
        return screen.partnerId().equals(couple.partnerA().personId()) ? couple.partnerA().displayName()
                : couple.partnerB().displayName();
    }

    private Div card(Screen screen, Couple couple, ScreeningHistory history) {
        Div card = Ui.card();
        HorizontalLayout flags = new HorizontalLayout(new H3("Screen of " + whose(screen, couple) + ", "
                + Ui.day(screen.screenedOn())));
        flags.setAlignItems(FlexComponent.Alignment.CENTER);
        if (screen.currentFlags().isEmpty()) {
            flags.add(Ui.badge("No current concerns", "success"));
        }
        screen.currentFlags().forEach(flag -> flags.add(Ui.badge(flag.label(), "error")));
        card.add(flags, new Paragraph("Intimate-partner violence: " + screen.intimatePartnerViolence().label()
                + " · Coercive control: " + screen.coerciveControl().label() + " · Affair: " + screen.affair().label() + " · Substance dependence: "
                + screen.substanceDependence().label() + " · Acute crisis: " + (screen.acuteCrisis() ? "Yes" : "No")
                + (screen.otherConcern() == null ? "" : " · Other: " + screen.otherConcern())));
        if (screen.notes() != null) {
            card.add(new Paragraph(screen.notes()));
        }
        if (screen.raisedByRecord() != null) {
            card.add(new Paragraph("Raised by the record: " + screen.raisedByRecord()));
        }
        card.add(Ui.muted("Recorded by " + screen.recordedBy() + ", " + Ui.when(screen.recordedAt(), clock.getZone())));
        history.decisionOn(screen.id()).ifPresent(decision -> card.add(new Paragraph("Decision of "
                + Ui.day(decision.decidedOn()) + ": " + decision.decision().label() + ". " + decision.reason()
                + " (" + decision.recordedBy() + ")")));
        return card;
    }

    private void record(Couple couple, Component anchor) {
        ScreenForm form = new ScreenForm(clock, Map.of(PartnerSlot.A, couple.partnerA().displayName(),
                PartnerSlot.B, couple.partnerB().displayName()));
        new FormDialog("Record a partner's screen", form, "Save screen", () -> form.validate() && Feedback.attempt(() -> {
            Screen screen = screenings.record(couple.id(), form.answers());
            Feedback.done(screen.flagged() ? "Screen saved: the couple is held in screening review." : "Screen saved.");
            CoupleChanged.fire(anchor);
        }, form.fields())).open();
    }

    private void decide(UUID coupleId, Component anchor) {
        RadioButtonGroup<ClinicalDecision> decision = new RadioButtonGroup<>("Decision");
        decision.setItems(ClinicalDecision.values());
        decision.setItemLabelGenerator(ClinicalDecision::label);
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(InputLimits.LINE);
        reason.setHelperText("Why, in a sentence or two; kept with the screen");
        DatePicker on = new DatePicker("Decided on", LocalDate.now(clock));
        on.setMax(LocalDate.now(clock));
        FormLayout form = new FormLayout(decision, on, reason);
        form.setColspan(reason, 2);
        new FormDialog("Record the clinical decision", form, "Save decision", () -> Feedback.attempt(() -> {
            screenings.decide(coupleId, new NewDecision(decision.getValue(), reason.getValue(), on.getValue()));
            Feedback.done("Decision recorded: the screening review is over.");
            CoupleChanged.fire(anchor);
        }, Map.of("decision", decision, "reason", reason, "decidedOn", on))).open();
    }
}
