package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;

/** The staff directory for administrators: searched by name or email, filtered by status, paged in SQL. */
@Route("admin/staff")
@PageTitle("Staff · Imago Clinic")
@Menu(title = "Staff", order = 80, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class StaffListView extends VerticalLayout {

    static final String ACTIVE = "Active";
    static final String INACTIVE = "Inactive";
    static final String EVERYONE = "Everyone";

    private final TextField search = new TextField();
    private final Select<String> status = new Select<>();
    private final Grid<StaffMember> grid = new Grid<>();

    StaffListView(StaffDirectory directory) {
        setSizeFull();
        search.setPlaceholder("Search by name or email");
        search.setAriaLabel("Search by name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        status.setAriaLabel("Status");
        status.setItems(ACTIVE, INACTIVE, EVERYONE);
        status.setValue(ACTIVE);
        Button add = new Button("Add staff member", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewStaffMemberView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, status, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        search.setMaxWidth("100%");

        grid.addColumn(StaffMember::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(StaffMember::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(member -> String.join(", ", member.roleLabels())).setHeader("Roles");
        grid.addColumn(member -> member.active() ? ACTIVE : INACTIVE).setHeader("Status").setAutoWidth(true);
        grid.setItems(query -> directory.find(query(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(query()));
        grid.addItemClickListener(click -> StaffMemberView.open(click.getItem().id()));
        grid.setSizeFull();
        grid.setEmptyStateText("No staff member matches: clear the search, choose “" + EVERYONE
                + "”, or press “Add staff member”.");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2("Staff"), toolbar, grid);
    }

    private StaffQuery query() {
        Boolean active = switch (status.getValue() == null ? EVERYONE : status.getValue()) {
            case ACTIVE -> true;
            case INACTIVE -> false;
            default -> null;
        };
        return new StaffQuery(search.getValue(), active);
    }
}
