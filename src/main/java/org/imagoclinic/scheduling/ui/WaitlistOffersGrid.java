package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistOffer;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The slots of cancelled sessions offered to waiting couples by message (ADR 0046): who was offered
 * what, when, until when, and their answer; the front desk books the couple who says yes or records
 * a no, and the slot goes to the next couple.
 */
class WaitlistOffersGrid extends VerticalLayout {

    private final Grid<WaitlistOffer> grid = new Grid<>();
    private final Waitlist waitlist;
    private final ZoneId zone;
    private final Runnable booked;

    WaitlistOffersGrid(Waitlist waitlist, TherapistProfiles therapists, ZoneId zone, Runnable booked) {
        this.waitlist = waitlist;
        this.zone = zone;
        this.booked = booked;
        setPadding(false);
        grid.addColumn(WaitlistOffer::coupleName).setHeader("Couple");
        grid.addColumn(offer -> Show.when(offer.start(), offer.end()) + " · " + therapists.of(offer.therapistId()).name()
                + (offer.place().isBlank() ? "" : " · " + offer.place())).setHeader("Slot offered").setFlexGrow(2);
        grid.addColumn(offer -> at(offer.offeredAt())).setHeader("Offered").setAutoWidth(true);
        grid.addColumn(offer -> offer.open() ? "until " + at(offer.expiresAt()) : "").setHeader("Open").setAutoWidth(true);
        grid.addComponentColumn(this::answer).setHeader("Answer").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("waitlist-offers");
        grid.setEmptyStateText("No slot offered in the last 30 days.");
        add(new H3("Slots offered from cancellations"), new Paragraph("When a couple's session is cancelled, its slot "
                + "is offered by message to the couples waiting whom it suits, in the order of the list, two at a time. "
                + "They call to answer; an offer nobody answers in time goes to the next couple."), grid);
        refresh();
    }

    private String at(Instant instant) {
        return Show.DAY.format(instant.atZone(zone)) + " " + Show.TIME.format(instant.atZone(zone));
    }

    private Span answer(WaitlistOffer offer) {
        Span answer = new Span(offer.answer().label() + (offer.answeredAt() == null ? ""
                : " · " + at(offer.answeredAt()) + (offer.answeredBy() == null ? "" : ", " + offer.answeredBy())));
        answer.getElement().getThemeList().add(offer.open() ? "badge" : "badge contrast");
        return answer;
    }

    private HorizontalLayout actions(WaitlistOffer offer) {
        if (!offer.open()) {
            return new HorizontalLayout();
        }
        Button yes = new Button("Said yes: book", click -> {
            Appointment[] made = new Appointment[1];
            if (Feedback.attempt(() -> made[0] = waitlist.acceptOffer(offer.id()), Map.of())) {
                Feedback.done("Booked " + made[0].coupleName() + ", " + Show.when(made[0].start(), made[0].end()) + ".");
                booked.run();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Said no", click -> {
            if (Feedback.attempt(() -> waitlist.declineOffer(offer.id()), Map.of())) {
                Feedback.done(offer.coupleName() + " said no; the slot goes to the next couple it suits.");
                refresh();
            }
        });
        no.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(yes, no);
    }

    void refresh() {
        grid.setItems(waitlist.offers());
    }
}
