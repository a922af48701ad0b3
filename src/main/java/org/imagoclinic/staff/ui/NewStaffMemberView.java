package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.SavedStaffMember;
import org.imagoclinic.staff.StaffDirectory;

/** Adds someone to the staff directory; with a role they get a sign-in whose one-time password is shown once. */
@Route("admin/staff/new")
@PageTitle("Add staff member · Imago Clinic")
@RolesAllowed(Roles.ADMIN)
class NewStaffMemberView extends VerticalLayout {

    private final StaffDirectory directory;
    private final StaffForm form;

    private final Clock clock;

    NewStaffMemberView(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.form = new StaffForm(directory);
        setMaxWidth("60rem");
        form.edit(new StaffFormData(), false);
        form.supervision(null, null);
        Button save = new Button("Add staff member", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", click -> getUI().ifPresent(ui -> ui.navigate(StaffListView.class)));
        add(new H2("Add a staff member"), form, new HorizontalLayout(save, cancel));
        form.focusFirstField();
    }

    private void save() {
        form.validDetails().ifPresent(details -> {
            try {
                SavedStaffMember saved = directory.add(details);
                form.newSupervisor().ifPresent(supervisor -> directory.assignSupervisor(saved.member().id(), supervisor,
                        LocalDate.now(clock)));
                Runnable open = () -> StaffMemberView.open(saved.member().id());
                if (saved.newSignIn() == null) {
                    open.run();
                } else {
                    new OneTimePasswordDialog(saved.member().displayName() + " can now sign in", saved.newSignIn(),
                            open).open();
                }
            } catch (InvalidInputException | ConflictException refused) {
                form.showRefusal(refused);
            }
        });
    }
}
