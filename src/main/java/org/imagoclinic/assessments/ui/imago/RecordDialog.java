package org.imagoclinic.assessments.ui.imago;

import org.imagoclinic.shared.PlausibleDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Records one Imago record (or a revision of one) through the service; on a refusal the form stays
 * filled and each message appears next to its field.
 */
class RecordDialog<T extends ImagoContent> extends Dialog {

    private static final DateTimeFormatter SESSION = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME.formatter();

    final RecordForm<T> form;
    final Select<Partner> partner;
    final DatePicker day = new DatePicker("Day");
    final Select<Appointment> session = new Select<>();
    final Paragraph problems = new Paragraph();
    final Button save;

    RecordDialog(Couple couple, RecordForm<T> form, ImagoRecords records, List<Appointment> sessions, LocalDate today,
                 @Nullable UUID partnerId, Runnable onSaved) {
        this.form = form;
        ImagoRecordKind kind = form.kind();
        setHeaderTitle(kind.label() + " · " + couple.displayName());
        setWidth("min(64rem, 96vw)");
        partner = Partners.select(couple, kind == ImagoRecordKind.POSITIVE_TRAITS ? "Listed by" : "Partner");
        partner.setValue(Partners.of(couple, partnerId));
        partner.setVisible(kind.individual() && kind != ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST);
        day.setValue(today);
        day.setMax(today);
        day.setMin(PlausibleDates.earliest());
        session.setLabel("Recorded in the session");
        session.setItems(sessions);
        session.setItemLabelGenerator(appointment -> appointment == null ? "Not in a session"
                : SESSION.format(appointment.start()) + ", " + appointment.kind().label().toLowerCase());
        session.setEmptySelectionAllowed(true);
        session.setEmptySelectionCaption("Not in a session");
        sessions.stream().filter(appointment -> appointment.start().toLocalDate().equals(today)).findFirst()
                .ifPresent(session::setValue);
        session.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                day.setValue(change.getValue().start().toLocalDate());
            }
        });
        problems.setId("record-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);
        add(problems, new HorizontalLayout(partner, session, day), form);
        save = new Button("Save", click -> save(couple, records, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(Couple couple, ImagoRecords records, Runnable onSaved) {
        problems.setVisible(false);
        partner.setInvalid(false);
        try {
            records.record(couple.id(), new NewImagoRecord<>(Partners.id(partner),
                    session.getValue() == null ? null : session.getValue().id(), day.getValue(), form.content()));
        } catch (InvalidInputException invalid) {
            Map<String, String> errors = new LinkedHashMap<>(invalid.fieldErrors());
            String partnerProblem = errors.remove("partnerId");
            if (partnerProblem != null) {
                partner.setErrorMessage(partnerProblem);
                partner.setInvalid(true);
            }
            Map<String, String> unplaced = form.showErrors(errors);
            if (!unplaced.isEmpty()) {
                show(String.join(" ", unplaced.values()));
            }
            return;
        } catch (AccessDeniedException | ConflictException | BusinessRuleException | NotFoundException refused) {
            show(refused.getMessage());
            return;
        }
        Notification.show(form.kind().label() + " recorded.");
        close();
        onSaved.run();
    }

    private void show(String message) {
        problems.setText(message);
        problems.setVisible(true);
    }
}
