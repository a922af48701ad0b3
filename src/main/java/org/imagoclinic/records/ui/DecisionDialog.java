package org.imagoclinic.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.records.CorrectionDecision;
import org.imagoclinic.records.CorrectionDecision.Outcome;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequests;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The clinician's decision on a partner's correction request: an addendum to one of the signed notes the
 * partner may read (the note itself never changes), or a refusal with its reason.
 */
class DecisionDialog extends Dialog {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    DecisionDialog(RecordRequest request, RecordRequests requests, SessionNotes notes, Runnable done) {
        setHeaderTitle("Decide on the correction " + request.partnerName() + " asked for");
        Paragraph asked = new Paragraph(request.details() == null ? "" : "They asked: " + request.details());
        Select<Outcome> outcome = new Select<>();
        outcome.setLabel("Decision");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> o == Outcome.AMENDED ? "Amend a note (addendum)" : "Decline");
        Select<SessionNote> note = new Select<>();
        note.setLabel("Note to amend");
        List<SessionNote> amendable = new ArrayList<>(notes.notesOf(request.coupleId(), null, false));
        amendable.addAll(notes.notesOf(request.coupleId(), request.partnerId(), false));
        note.setItems(amendable.stream().filter(n -> n.status().signed()).toList());
        note.setItemLabelGenerator(n -> DAY.format(n.sessionOn()) + (n.joint() ? ", joint session" : ", individual session")
                + ", " + n.authorName());
        TextArea text = new TextArea("Amendment, or why it is declined");
        text.setWidthFull();
        outcome.addValueChangeListener(change -> note.setVisible(change.getValue() != Outcome.DECLINED));
        add(asked, new FormLayout(outcome, note, text));
        Button confirm = new Button("Record the decision", click -> {
            CorrectionDecision decision = new CorrectionDecision(outcome.getValue(),
                    outcome.getValue() == Outcome.AMENDED && note.getValue() != null ? note.getValue().id() : null,
                    text.getValue());
            if (Feedback.attempt(() -> requests.decide(request.id(), decision),
                    Map.of("outcome", outcome, "noteId", note, "text", text))) {
                close();
                Feedback.done("Decision recorded.");
                done.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
