package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;

/** Chooses a therapist's supervisor among the active supervisors, from a first day; the current link ends that day. */
class AssignSupervisorDialog extends Dialog {

    private final ComboBox<StaffMember> supervisor = new ComboBox<>("Supervisor");
    private final DatePicker startsOn = new DatePicker("From");
    private final Paragraph problem = new Paragraph();

    AssignSupervisorDialog(StaffDirectory directory, StaffMember supervisee, LocalDate today, Runnable afterSave) {
        setHeaderTitle("Supervisor of " + supervisee.displayName());
        setWidth("28rem");
        supervisor.setItems(directory.activeSupervisors().stream()
                .filter(candidate -> !candidate.id().equals(supervisee.id())).toList());
        supervisor.setItemLabelGenerator(StaffMember::displayName);
        supervisor.setRequiredIndicatorVisible(true);
        supervisor.setWidthFull();
        startsOn.setValue(today);
        startsOn.setRequiredIndicatorVisible(true);
        startsOn.setWidthFull();
        startsOn.setHelperText("The current supervision, if any, ends the day before");
        problem.setId("assign-problem");
        problem.setVisible(false);
        add(new VerticalLayout(supervisor, startsOn, problem));

        Button assign = new Button("Assign", click -> assign(directory, supervisee, afterSave));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), assign);
    }

    private void assign(StaffDirectory directory, StaffMember supervisee, Runnable afterSave) {
        supervisor.setInvalid(false);
        startsOn.setInvalid(false);
        problem.setVisible(false);
        if (supervisor.getValue() == null || startsOn.getValue() == null) {
            mark(supervisor.getValue() == null, supervisor, "Choose the supervisor.");
            mark(startsOn.getValue() == null, startsOn, "Give the first day of the supervision.");
            return;
        }
        try {
            directory.assignSupervisor(supervisee.id(), supervisor.getValue().id(), startsOn.getValue());
            close();
            afterSave.run();
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, message) -> {
                switch (field) {
                    case "supervisorId" -> mark(true, supervisor, message);
                    case "startsOn" -> mark(true, startsOn, message);
                    default -> showProblem(message);
                }
            });
        } catch (ConflictException conflict) {
            showProblem(conflict.getMessage());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static void mark(boolean wrong, com.vaadin.flow.component.HasValidation field, String message) {
        if (wrong) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
