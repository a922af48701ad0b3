package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.security.RecordKind;

/** The couple page's "Home practice" tab for the care team: what each partner logged in the portal, by week. */
@org.springframework.stereotype.Component
class HomePracticeTab implements CoupleTab {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.SHORT_DAY.formatter();

    private final Couples couples;
    private final HomePractice practice;
    private final Clock clock;

    HomePracticeTab(Couples couples, HomePractice practice, Clock clock) {
        this.couples = couples;
        this.practice = practice;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Home practice";
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.EXERCISE;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        DatePicker week = new DatePicker("Week of");
        week.setId("home-practice-week");
        week.setValue(LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        VerticalLayout logs = new VerticalLayout();
        logs.setPadding(false);
        VerticalLayout layout = new VerticalLayout(new Paragraph("What each partner logged at home in their portal, "
                + "Monday to Sunday. Each partner sees only their own entries."));
        for (HomePractice.StoppedPractising quiet : practice.stoppedPractising(coupleId)) {
            Partner partner = couple.partnerA().personId().equals(quiet.personId()) ? couple.partnerA() : couple.partnerB();
            Paragraph line = new Paragraph(partner.displayName() + " stopped practising: nothing logged for " + quiet.days()
                    + " days" + (quiet.lastDay() == null ? " since the invitation." : " (last on "
                    + quiet.lastDay().format(DAY) + ")."));
            line.setId("home-practice-stopped-" + partner.slot().name().toLowerCase(Locale.ROOT));
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            layout.add(line);
        }
        layout.add(week, logs);
        layout.setPadding(false);
        week.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(logs, couple, change.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            }
        });
        show(logs, couple, week.getValue());
        return layout;
    }

    private void show(VerticalLayout logs, Couple couple, LocalDate monday) {
        logs.removeAll();
        List<PracticeEntry> entries = practice.ofCoupleInWeek(couple.id(), monday);
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            List<PracticeEntry> own = entries.stream().filter(e -> e.personId().equals(partner.personId())).toList();
            UnorderedList list = new UnorderedList();
            list.setId("home-practice-" + partner.slot().name().toLowerCase(Locale.ROOT));
            if (own.isEmpty()) {
                list.add(new ListItem("Nothing logged this week."));
            }
            own.forEach(entry -> list.add(new ListItem(entry.day().format(DAY) + " · " + entry.summary())));
            logs.add(new H4(partner.displayName() + " (" + own.stream().map(PracticeEntry::day).distinct().count()
                    + " of 7 days)"), list);
        }
    }
}
