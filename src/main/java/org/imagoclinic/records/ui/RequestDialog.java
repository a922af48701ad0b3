package org.imagoclinic.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.records.NewRecordRequest;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.records.RecordRequests;
import org.imagoclinic.shared.ui.components.Feedback;

/** Records a partner's request as the clinic received it: who asked, for what, on which day. */
class RequestDialog extends Dialog {

    RequestDialog(Couple couple, RecordRequests requests, Clock clock, Runnable done) {
        setHeaderTitle("Record a request");
        Select<Partner> partner = new Select<>();
        partner.setLabel("Who asked");
        partner.setItems(couple.partnerA(), couple.partnerB());
        partner.setItemLabelGenerator(Partner::displayName);
        Select<RecordRequestKind> kind = new Select<>();
        kind.setLabel("For what");
        kind.setItems(RecordRequestKind.values());
        kind.setItemLabelGenerator(RecordRequestKind::label);
        DatePicker receivedOn = new DatePicker("Received on", LocalDate.now(clock));
        receivedOn.setHelperText("The clinic has 30 days from this day.");
        TextArea details = new TextArea("How it came, and anything the partner said");
        details.setWidthFull();
        add(new FormLayout(partner, kind, receivedOn, details));
        Button confirm = new Button("Record", click -> {
            NewRecordRequest request = new NewRecordRequest(kind.getValue(),
                    partner.getValue() == null ? null : partner.getValue().personId(), receivedOn.getValue(), details.getValue());
            RecordRequest[] recorded = new RecordRequest[1];
            if (Feedback.attempt(() -> recorded[0] = requests.record(couple.id(), request),
                    Map.of("partnerId", partner, "kind", kind, "receivedOn", receivedOn, "details", details))) {
                close();
                Feedback.done(answer(recorded[0]));
                done.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    /** What the clinic does next; an erasure is answered at once (ADR 0049). */
    private static String answer(RecordRequest recorded) {
        if (recorded.kind() != RecordRequestKind.ERASURE) {
            return "Request recorded.";
        }
        return recorded.decisionReason() != null ? "Request recorded and declined: " + recorded.decisionReason()
                : "Request recorded. The couple is on the disposal list for an administrator to approve.";
    }
}
