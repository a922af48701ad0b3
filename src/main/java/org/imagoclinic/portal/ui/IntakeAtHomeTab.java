package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.portal.IntakeAtHome;
import org.imagoclinic.portal.IntakeAtHome.IntakeAnswers;
import org.imagoclinic.portal.IntakeAtHome.PartnerIntake;
import org.imagoclinic.security.RecordKind;
import org.jspecify.annotations.Nullable;

/**
 * The couple page's "Intake at home" tab for the care team: each partner's own intake answers from the
 * portal, newest sending. Safety screens answered at home are on the Screening tab with the others.
 */
@org.springframework.stereotype.Component
class IntakeAtHomeTab implements CoupleTab {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private final Couples couples;
    private final IntakeAtHome intake;
    private final Clock clock;

    IntakeAtHomeTab(Couples couples, IntakeAtHome intake, Clock clock) {
        this.couples = couples;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Intake at home";
    }

    @Override
    public int order() {
        return 155;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.INTAKE;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        List<PartnerIntake> answered = intake.ofCouple(coupleId);
        VerticalLayout layout = new VerticalLayout(new Paragraph("Each partner's own answers from the portal, for the "
                + "care team only: never shown to the other partner. Safety screens answered at home are on the "
                + "Screening tab."));
        layout.setPadding(false);
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            Div answers = new Div();
            answers.setId("intake-at-home-" + partner.slot().name().toLowerCase(Locale.ROOT));
            answered.stream().filter(one -> one.personId().equals(partner.personId())).findFirst().ifPresentOrElse(
                    one -> show(answers, one), () -> answers.add(new Paragraph("Not answered yet.")));
            layout.add(new H4(partner.displayName()), answers);
        }
        return layout;
    }

    private void show(Div into, PartnerIntake one) {
        IntakeAnswers answers = one.answers();
        into.add(new Paragraph("Sent on " + one.answeredAt().atZone(clock.getZone()).format(DAY) + "."));
        line(into, "What brings them", answers.whatBringsYou());
        line(into, "What they hope will change", answers.hopes());
        line(into, "Therapy before", answers.priorTherapy() ? "Yes" + (answers.priorTherapyNotes() == null ? ""
                : ": " + answers.priorTherapyNotes()) : "No");
        line(into, "For the therapist only", answers.forTherapistOnly());
    }

    private static void line(Div into, String label, @Nullable String text) {
        if (text != null) {
            into.add(new Paragraph(label + ": " + text));
        }
    }
}
