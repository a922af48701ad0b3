package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.OutcomeReport;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.assessments.OutcomeReport.PartnerOutcome;

/**
 * The outcome per instrument: each partner's trend with the clinical-range band and their class,
 * the couple's class, and the norms used with their source (or why no class can be given).
 */
class OutcomeSection extends VerticalLayout {

    OutcomeSection(OutcomeReport report) {
        setPadding(false);
        add(new H4("Outcomes this episode"));
        if (report.instruments().isEmpty()) {
            add(Show.muted("No measures in this episode yet."));
        }
        report.instruments().forEach(this::addInstrument);
    }

    private void addInstrument(InstrumentOutcome outcome) {
        add(new H5(outcome.instrumentName()));
        FlexLayout charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        for (PartnerOutcome partner : outcome.partners()) {
            Div column = new Div(TrendChart.of(outcome, partner), partnerLine(partner));
            column.getStyle().set("flex", "1 1 360px").set("min-width", "300px");
            charts.add(column);
        }
        add(charts);
        Paragraph couple = new Paragraph("Couple: " + (outcome.coupleOutcome() == null ? "not classified"
                : outcome.coupleOutcome().label()));
        couple.setId("couple-outcome-" + outcome.instrumentCode());
        couple.getStyle().set("font-weight", "600");
        add(couple);
        if (outcome.noClassificationReason() != null) {
            Paragraph reason = new Paragraph(outcome.noClassificationReason());
            reason.addClassName("no-classification");
            add(reason);
        }
        add(normsLine(outcome.norms()));
    }

    private static Paragraph partnerLine(PartnerOutcome partner) {
        String text;
        if (partner.baseline() == null || partner.current() == null) {
            text = partner.partnerName() + ": not measured yet";
        } else {
            text = partner.partnerName() + ": baseline " + partner.baseline().score() + " (" + Show.day(partner.baseline().on())
                    + "), now " + partner.current().score() + " (" + Show.day(partner.current().on()) + ")";
            if (partner.outcome() != null && partner.reliableChangeIndex() != null) {
                text += "; RC " + String.format(Locale.ENGLISH, "%.2f", partner.reliableChangeIndex()) + ": "
                        + partner.outcome().label();
            }
        }
        Paragraph line = new Paragraph(text);
        line.setId("outcome-" + partner.partnerId());
        return line;
    }

    private static Paragraph normsLine(Norms norms) {
        Paragraph line = norms == null ? new Paragraph("Norms used: none yet.")
                : new Paragraph("Norms used: " + norms.describe() + ".");
        line.addClassName("norms-used");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return line;
    }
}
