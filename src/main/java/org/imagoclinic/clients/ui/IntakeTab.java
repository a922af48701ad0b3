package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Intake;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.ui.tabs.CoupleChanged;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.shared.ui.components.Feedback;

/** What brought the couple (clinical content): for the care team only, and opening the tab is an audited read. */
@SpringComponent
class IntakeTab implements CoupleTab {

    private final Couples couples;
    private final Clock clock;

    IntakeTab(Couples couples, Clock clock) {
        this.couples = couples;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Intake";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.INTAKE;
    }

    @Override
    public Component content(UUID coupleId) {
        Intake intake = couples.intakeOf(coupleId);
        IntakeDetails details = intake.details();
        DescriptionList list = Ui.facts();
        Ui.fact(list, "Presenting concerns", details.presentingConcerns());
        Ui.fact(list, "Tags", String.join(", ", details.concernTags()));
        Ui.fact(list, "Life stage", details.lifeStage() == null ? null : details.lifeStage().label()
                + (details.lifeStageNote() == null ? "" : ": " + details.lifeStageNote()));
        Ui.fact(list, "Their goals", details.goals());
        Ui.fact(list, "Couples therapy before", details.priorTherapy() ? "Yes" + (details.priorTherapyNotes() == null ? ""
                : ": " + details.priorTherapyNotes()) : "No");
        Ui.fact(list, "Last written", Ui.when(intake.updatedAt(), clock.getZone()) + " by " + intake.updatedBy());
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Button("Edit intake", click -> edit(coupleId, details, layout)), list);
        return layout;
    }

    private void edit(UUID coupleId, IntakeDetails details, Component anchor) {
        IntakeForm form = new IntakeForm();
        form.setDetails(details);
        new FormDialog("Edit intake", form, "Save", () -> Feedback.attempt(() -> {
            couples.updateIntake(coupleId, form.details());
            Feedback.done("Intake saved.");
            CoupleChanged.fire(anchor);
        }, form.fields())).open();
    }

}
