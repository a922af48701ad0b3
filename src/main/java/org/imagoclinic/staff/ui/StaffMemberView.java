package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;

/** One person's page: their details, sign-in and supervision, and what an administrator may do about them. */
@Route("admin/staff/:staffId(" + StaffMemberView.UUID_PATTERN + ")")
@PageTitle("Staff member · Imago Clinic")
@RolesAllowed(Roles.ADMIN)
class StaffMemberView extends VerticalLayout implements BeforeEnterObserver {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String PARAMETER = "staffId";

    private final StaffDirectory directory;
    private final Clock clock;

    StaffMemberView(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        setMaxWidth("60rem");
    }

    static void open(UUID id) {
        UI.getCurrent().navigate(StaffMemberView.class, parameters(id));
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters(PARAMETER, id.toString());
    }

    /** The person the route names, or null after sending the browser to the not-found page. */
    static @Nullable StaffMember memberOf(BeforeEnterEvent event, StaffDirectory directory) {
        try {
            return directory.get(UUID.fromString(event.getRouteParameters().get(PARAMETER).orElseThrow()));
        } catch (NotFoundException | IllegalArgumentException unknown) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no such staff member.");
            return null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffMember member = memberOf(event, directory);
        if (member != null) {
            show(member);
        }
    }

    private void show(StaffMember member) {
        removeAll();
        H2 name = new H2(member.displayName());
        Span status = new Span(member.active() ? "Active" : "Inactive");
        status.setId("status");
        status.getElement().getThemeList().add(member.active() ? "badge success" : "badge contrast");
        HorizontalLayout heading = new HorizontalLayout(name, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, details(member));
        if (member.active()) {
            Button edit = new Button("Edit", click -> getUI().ifPresent(ui ->
                    ui.navigate(EditStaffMemberView.class, parameters(member.id()))));
            Button deactivate = new Button("Deactivate", click -> confirmDeactivation(member));
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(edit, deactivate));
        }
        Runnable refresh = () -> show(directory.get(member.id()));
        add(new SignInSection(directory, member, refresh), new SupervisionSection(directory, member, clock, refresh));
    }

    private DescriptionList details(StaffMember member) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("staff-facts");
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)").set("margin", "0");
        fact(facts, "Email", member.email());
        fact(facts, "Phone", member.phone() == null ? "–" : member.phone());
        fact(facts, "Roles", member.roles().isEmpty() ? "None" : String.join(", ", member.roleLabels()));
        TherapistDetails therapist = member.therapist();
        if (therapist != null) {
            fact(facts, "Credentials", therapist.credentials());
            fact(facts, "Licence number", therapist.licenceNumber() == null ? "–" : therapist.licenceNumber());
            fact(facts, "NPI", therapist.npi() == null ? "–" : therapist.npi());
            fact(facts, "Discipline", therapist.discipline().label());
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                    .set("border-radius", "50%").set("margin-right", "0.4em")
                    .set("background-color", therapist.calendarColour());
            DescriptionList.Description colour = new DescriptionList.Description(swatch,
                    new Span(therapist.calendarColour()));
            colour.getStyle().set("margin", "0");
            facts.add(term("Calendar colour"), colour);
            fact(facts, "Under supervision", therapist.underSupervision() ? "Yes" : "No");
        }
        return facts;
    }

    private static void fact(DescriptionList facts, String label, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0");
        facts.add(term(label), description);
    }

    private static DescriptionList.Term term(String label) {
        DescriptionList.Term term = new DescriptionList.Term(label);
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return term;
    }

    private void confirmDeactivation(StaffMember member) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Deactivate " + member.displayName() + "?");
        confirm.setText("They can no longer sign in, and their supervision links end today. They stay on every "
                + "record as inactive. This can't be undone here.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Deactivate");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                show(directory.deactivate(member.id()));
                Notification.show(member.displayName() + " is deactivated.");
            } catch (ConflictException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.open();
    }
}
