package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasuresAtHome.OwnScore;
import org.imagoclinic.assessments.MeasuresAtHome.OwnTrend;

/**
 * A partner's own questionnaire totals over time, oldest first, with the clinic's cut-off in plain words
 * (ADR 0058). Shown only while their therapist shares it; a list, not a chart, so it reads on any phone
 * and to a screen reader.
 */
class OwnTrendPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    OwnTrendPanel(OwnTrend trend) {
        setPadding(false);
        setId("own-trend");
        Instrument instrument = trend.instrument();
        add(new H2("Your scores over time"), new Paragraph("Your therapist has chosen to show you your own answers to the "
                + instrument.name() + " as totals from " + instrument.minScore() + " to " + instrument.maxScore() + ". "
                + (instrument.higherIsBetter() ? "Higher means more satisfied with your relationship. "
                : "Lower means more satisfied with your relationship. ")
                + "Only your own answers are shown; your partner's are not."));
        if (instrument.clinicalCutoff() != null) {
            BigDecimal cutoff = instrument.clinicalCutoff().stripTrailingZeros();
            Paragraph line = new Paragraph("The clinic uses " + cutoff.toPlainString() + " as a guide: "
                    + (instrument.higherIsBetter() ? "below " : "above ") + cutoff.toPlainString() + " is where people "
                    + "who are clearly unhappy in their relationship usually score, and "
                    + (instrument.higherIsBetter() ? "above" : "below") + " it where most contented couples score. It is "
                    + "not a verdict on you or your relationship; your therapist will talk it through with you.");
            line.setId("own-trend-cutoff");
            add(line);
        }
        UnorderedList scores = new UnorderedList();
        scores.setId("own-trend-scores");
        if (trend.scores().isEmpty()) {
            scores.add(new ListItem("No answers yet."));
        }
        for (OwnScore score : trend.scores()) {
            String side = instrument.clinicalCutoff() == null ? ""
                    : score.clinicalRange() ? " (the unhappy side of the guide)" : " (the contented side of the guide)";
            scores.add(new ListItem(score.on().format(DAY) + ": " + score.score() + side));
        }
        add(scores);
    }
}
