package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.JointSessionPurpose;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.clients.ui.tabs.BookingLink;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.RecordKind;

/** The couple at a glance: relationship, care, what may be booked and what to do next. Nothing clinical. */
@SpringComponent
class OverviewTab implements CoupleTab {

    private final Couples couples;
    private final BookingEligibility booking;
    private final TherapistRoster roster;
    private final Clock clock;

    OverviewTab(Couples couples, BookingEligibility booking, TherapistRoster roster, Clock clock) {
        this.couples = couples;
        this.booking = booking;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        Relationship relationship = couple.relationship();
        DescriptionList facts = Ui.facts();
        Ui.fact(facts, "Relationship", relationship.status().label() + (relationship.togetherSince() == null ? ""
                : ", together since " + relationship.togetherSinceText()));
        Ui.fact(facts, "Children", relationship.childrenCount() == null ? "Not recorded" : relationship.childrenCount()
                + (relationship.childrenAges().isEmpty() ? "" : " (aged " + relationship.childrenAges().stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
        Ui.fact(facts, "Referred by", relationship.referralSource() == null ? "Not recorded" : relationship.referralSource());
        Ui.fact(facts, "Confidentiality policy", relationship.confidentialityPolicy().label() + ": "
                + relationship.confidentialityPolicy().explanation());
        Ui.fact(facts, "Episode of care", couple.openEpisode().map(open -> open.status().label() + " since "
                + Ui.day(open.startedOn() == null ? open.openedOn() : open.startedOn())
                + (open.primaryTherapistId() == null ? ", no therapist yet" : ", with " + roster.nameOf(open.primaryTherapistId())
                + (open.coTherapistId() == null ? "" : " and " + roster.nameOf(open.coTherapistId()))))
                .orElse("None open"));
        Ui.fact(facts, "Registered", Ui.when(couple.registeredAt(), clock.getZone()) + " by " + couple.registeredBy());

        BookingEligibility.Answer intake = booking.jointSession(coupleId, JointSessionPurpose.INTAKE);
        BookingEligibility.Answer treatment = booking.jointSession(coupleId, JointSessionPurpose.TREATMENT);
        Paragraph bookable = Ui.withId(new Paragraph(treatment.allowed() ? treatment.reason()
                : intake.allowed() ? treatment.reason() + " " + intake.reason() : treatment.reason()), "booking-answer");
        VerticalLayout layout = new VerticalLayout(facts, new H3("Booking"), bookable);
        booking.atAGlance(coupleId).treatmentConsentWarning()
                .ifPresent(warning -> layout.add(Ui.withId(new Paragraph(warning), "consent-warning")));
        if (treatment.allowed() || intake.allowed()) {
            Anchor book = new Anchor(BookingLink.to(coupleId, couple.openEpisode()
                    .map(open -> open.primaryTherapistId()).orElse(null)), "Book a session");
            book.setId("overview-book");
            layout.add(book);
        }
        layout.setPadding(false);
        return layout;
    }

}
