package org.imagoclinic.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import org.imagoclinic.reporting.CouplesBehind;

/**
 * The couples behind a figure, for a clinician: each couple's name a link to their page, its episode, how much
 * it brings to the figure and why ("Recovered; Deteriorated"), the ones counted first; and how many more are
 * outside the reader's care team.
 */
final class CouplesBehindList {

    private CouplesBehindList() {
    }

    static void show(VerticalLayout into, String heading, CouplesBehind couples) {
        into.removeAll();
        into.add(new H3(heading));
        couples.couples().stream().sorted(Comparator.comparing(CouplesBehind.Line::counted).reversed()
                .thenComparing(CouplesBehind.Line::name)).forEach(line -> {
                    Anchor couple = new Anchor("couples/" + line.coupleId(), line.name());
                    into.add(new Paragraph(couple, new Span(" · opened " + Charts.day(line.openedOn())
                            + (line.closedOn() == null ? "" : ", closed " + Charts.day(line.closedOn())) + " · "
                            + line.counted() + " of " + line.of() + " · " + line.detail())));
                });
        if (couples.couples().isEmpty() && couples.notListed() == 0) {
            into.add(new Paragraph("No couple is behind this figure."));
        }
        if (couples.notListed() > 0) {
            into.add(new Paragraph(couples.notListed() + " more couples behind this figure are outside your care team "
                    + "and are not named here."));
        }
    }
}
