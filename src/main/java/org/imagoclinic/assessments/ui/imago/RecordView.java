package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.RequestFollowUp;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;

/** One record read back, with what can be done next: revise it, or follow a request up. */
class RecordView extends Dialog {

    RecordView(Couple couple, ImagoRecord record, ImagoRecords records, List<Appointment> sessions, LocalDate today,
               Runnable onChange) {
        setHeaderTitle(record.kind().label() + " · " + record.recordedOn());
        setWidth("min(56rem, 96vw)");
        Paragraph meta = new Paragraph("Recorded by " + record.authorName()
                + (record.partnerId() == null ? "" : " · " + Partners.name(couple, record.partnerId()))
                + (record.current() ? "" : " · an earlier version, since revised"));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DescriptionList details = new DescriptionList();
        RecordDetails.of(couple, record.content()).forEach(line -> details.add(new Term(line[0]), new Description(line[1])));
        add(meta, details);
        if (record.kind() == ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST) {
            add(new H4("Follow-ups"));
            var followUps = records.followUpsOf(record.coupleId(), record.id());
            if (followUps.isEmpty()) {
                add(new Paragraph("Not followed up yet."));
            }
            for (RequestFollowUp followUp : followUps) {
                add(new Paragraph(followUp.followedUpOn() + ": " + followUp.outcome().label()
                        + (followUp.note() == null ? "" : " (" + followUp.note() + ")") + ", by " + followUp.recordedBy()));
            }
            getFooter().add(new Button("Record a follow-up", click -> {
                close();
                new FollowUpDialog(record, records, today, onChange).open();
            }));
        }
        if (record.kind().versioned() && record.current()) {
            getFooter().add(new Button("Revise", click -> {
                close();
                new RecordDialog<>(couple, Forms.filled(couple, record.content()), records, sessions, today,
                        record.partnerId(),
                        onChange).open();
            }));
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
