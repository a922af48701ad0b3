package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.SavedStaffMember;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.SupervisionLink;

/** Changes a staff member's details and roles; their sign-in account follows. */
@Route("admin/staff/:staffId(" + StaffMemberView.UUID_PATTERN + ")/edit")
@PageTitle("Edit staff member · Imago Clinic")
@RolesAllowed(Roles.ADMIN)
class EditStaffMemberView extends VerticalLayout implements BeforeEnterObserver {

    private final StaffDirectory directory;
    private final StaffForm form;
    private final H2 heading = new H2();
    private UUID id;

    private final Clock clock;

    EditStaffMemberView(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.form = new StaffForm(directory);
        setMaxWidth("60rem");
        Button save = new Button("Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", click -> StaffMemberView.open(id));
        add(heading, form, new HorizontalLayout(save, cancel));
        form.focusFirstField();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffMember member = StaffMemberView.memberOf(event, directory);
        if (member == null) {
            return;
        }
        if (!member.active()) {
            event.forwardTo(StaffMemberView.class, StaffMemberView.parameters(member.id()));
            return;
        }
        id = member.id();
        heading.setText("Edit " + member.displayName());
        form.edit(StaffFormData.of(member), member.username() != null);
        LocalDate today = LocalDate.now(clock);
        form.supervision(member.id(), directory.supervisionHistory(member.id()).stream()
                .filter(link -> link.holdsOn(today)).map(SupervisionLink::supervisorId).findFirst().orElse(null));
    }

    private void save() {
        form.validDetails().ifPresent(details -> {
            try {
                SavedStaffMember saved = directory.change(id, details);
                form.newSupervisor().ifPresent(supervisor -> directory.assignSupervisor(id, supervisor, LocalDate.now(clock)));
                if (saved.newSignIn() == null) {
                    Notification.show("Saved " + saved.member().displayName() + ".");
                    StaffMemberView.open(id);
                } else {
                    new OneTimePasswordDialog(saved.member().displayName() + " can now sign in", saved.newSignIn(),
                            () -> StaffMemberView.open(id)).open();
                }
            } catch (InvalidInputException | ConflictException refused) {
                form.showRefusal(refused);
            }
        });
    }
}
