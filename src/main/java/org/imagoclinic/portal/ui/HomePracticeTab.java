package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.portal.TrendSharing;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The couple page's "Home practice" tab for the care team: what each partner logged in the portal, by week,
 * and whether each partner sees their own scores over time there (ADR 0058).
 */
@org.springframework.stereotype.Component
class HomePracticeTab implements CoupleTab {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.SHORT_DAY.formatter();

    private final Couples couples;
    private final HomePractice practice;
    private final Clock clock;
    private final TrendSharing sharing;
    private final ClinicalAccess access;

    HomePracticeTab(Couples couples, HomePractice practice, Clock clock, TrendSharing sharing, ClinicalAccess access) {
        this.couples = couples;
        this.practice = practice;
        this.clock = clock;
        this.sharing = sharing;
        this.access = access;
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
        if (access.may(RecordKind.MEASURE, coupleId)) {
            layout.add(sharingSwitches(couple));
        }
        layout.setPadding(false);
        week.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(logs, couple, change.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            }
        });
        show(logs, couple, week.getValue());
        return layout;
    }

    /** One switch per partner: whether they see their own CSI scores over time in the portal (off by default). */
    private Component sharingSwitches(Couple couple) {
        Set<UUID> shared = sharing.sharedWith(couple.id());
        VerticalLayout section = new VerticalLayout(new H4("Own scores in the portal"), new Paragraph("A partner sees "
                + "their own questionnaire scores over time, with the clinic's cut-off explained, only if you switch it "
                + "on here. Never their partner's."));
        section.setPadding(false);
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            Checkbox on = new Checkbox("Show " + partner.displayName() + " their own scores",
                    shared.contains(partner.personId()));
            on.setId("own-trend-" + partner.slot().name().toLowerCase(Locale.ROOT));
            on.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    sharing.share(couple.id(), partner.personId(), change.getValue());
                    Feedback.done(change.getValue() ? partner.displayName() + " now sees their own scores."
                            : partner.displayName() + " no longer sees their own scores.");
                }
            });
            section.add(on);
        }
        return section;
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
