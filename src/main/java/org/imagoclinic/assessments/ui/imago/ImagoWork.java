package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The "Imago work" tab: which record is shown (the joint record or one partner's own), a button per
 * kind of record, the timeline of everything recorded, and the session notes.
 */
class ImagoWork extends VerticalLayout {

    private final Couple couple;
    private final ImagoRecords records;
    private final Clock clock;
    private final Appointments appointments;
    final Select<Partner> shown;
    final Grid<ImagoRecord> timeline = new Grid<>();
    final NotesPart notes;

    ImagoWork(Couple couple, ImagoRecords records, SessionNotes sessionNotes, Appointments appointments,
              CurrentUser currentUser, Clock clock) {
        this.couple = couple;
        this.appointments = appointments;
        this.records = records;
        this.clock = clock;
        setPadding(false);
        shown = Partners.select(couple, "Record shown");
        shown.setItemLabelGenerator(partner -> partner == null ? "Joint record" : partner.displayName() + "'s own record");
        shown.setEmptySelectionAllowed(true);
        shown.setEmptySelectionCaption("Joint record");
        shown.setWidth("20em");
        notes = new NotesPart(new NoteSessions(couple, sessionNotes, records, appointments, currentUser, clock));
        shown.addValueChangeListener(change -> refresh());
        add(shown);
        if (couple.relationship().confidentialityPolicy() == ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS) {
            Paragraph policy = new Paragraph("Confidential individual sessions: a partner's individual-session notes and "
                    + "wound explorations appear only on that partner's own record, for the care team.");
            policy.setId("confidentiality-notice");
            policy.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(policy);
        }
        add(recordButtons(), new H4("Timeline"), timeline(), new H4("Session notes"), notes);
        refresh();
    }

    private FlexLayout recordButtons() {
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (ImagoRecordKind kind : ImagoRecordKind.values()) {
            Button button = new Button(kind.label(), click -> new RecordDialog<>(couple, Forms.of(kind, couple), records,
                    recentSessions(), today(), partnerId(), this::refresh).open());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(button);
        }
        return buttons;
    }

    private Grid<ImagoRecord> timeline() {
        timeline.addColumn(record -> Dates.day(record.recordedOn())).setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(record -> record.kind().label()).setHeader("Record").setAutoWidth(true);
        timeline.addColumn(record -> record.partnerId() == null ? "Both" : Partners.name(couple, record.partnerId()))
                .setHeader("Partner").setAutoWidth(true);
        timeline.addColumn(record -> TimelineSummary.of(record, couple)).setHeader("Summary").setFlexGrow(1);
        timeline.addColumn(record -> record.current() ? "" : "Revised").setHeader("").setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(ImagoRecord::authorName).setHeader("By").setAutoWidth(true);
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        timeline.setAllRowsVisible(true);
        timeline.setEmptyStateText("Nothing recorded yet.");
        timeline.addItemClickListener(click -> new RecordView(couple, click.getItem(), records, recentSessions(), today(), this::refresh).open());
        return timeline;
    }

    void refresh() {
        List<ImagoRecord> entries = records.timeline(couple.id(), partnerId());
        timeline.setItems(entries);
        notes.show(partnerId());
    }

    private @Nullable UUID partnerId() {
        return Partners.id(shown);
    }

    /** The couple's sessions of the last three months that took place, newest first. */
    private List<Appointment> recentSessions() {
        return appointments.find(AppointmentQuery.ofCouple(couple.id(), today().minusDays(90), today())).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED
                        || appointment.status() == AppointmentStatus.CHECKED_IN)
                .sorted(Comparator.comparing(Appointment::start).reversed())
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
