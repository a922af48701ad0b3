package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagoclinic.clients.CareStatus;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningHold;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;

/**
 * The couples list, paged lazily from the database: search by any partner's name, filter by
 * therapist, care status and screening hold. No clinical columns: therapists and supervisors also
 * get a screening-flag filter, which finds only their own (and their supervisees') couples and is
 * audited.
 */
@Route("couples")
@PageTitle("Couples · Imago Clinic")
@Menu(title = "Couples", order = 10, icon = "vaadin:users")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class CouplesView extends VerticalLayout {

    final TextField name = new TextField();
    final ComboBox<UUID> therapist = new ComboBox<>("Therapist");
    final ComboBox<CareStatus> status = new ComboBox<>("Status");
    final ComboBox<ScreeningHold> hold = new ComboBox<>("Joint sessions");
    final ComboBox<ScreeningFlag> flag = new ComboBox<>("Screening flag");
    final Grid<CoupleSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<CoupleSummary, Void, CoupleQuery> rows;

    CouplesView(Couples couples, TherapistRoster roster, CurrentUser currentUser) {
        setSizeFull();
        rows = new CallbackDataProvider<CoupleSummary, CoupleQuery>(
                query -> couples.find(query.getFilter().orElse(CoupleQuery.all()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> couples.count(query.getFilter().orElse(CoupleQuery.all())))
                .withConfigurableFilter();
        configureFilters(couples, roster, currentUser);
        configureGrid(roster);

        HorizontalLayout header = new HorizontalLayout(new H2("Couples"));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        boolean registers = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.THERAPIST)
                || me.hasRole(Roles.SUPERVISOR)).orElse(false);
        if (registers) {
            Button add = new Button("New couple", VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(NewCoupleView.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addToEnd(add);
        }
        HorizontalLayout filters = new HorizontalLayout(name, therapist, status, hold, flag);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(header, filters, grid);
        applyFilters();
    }

    private void configureFilters(Couples couples, TherapistRoster roster, CurrentUser currentUser) {
        name.setLabel("Name");
        name.setPlaceholder("a partner's first or last name");
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        List<UUID> therapists = Stream.concat(roster.assignable().stream().map(TherapistRoster.Therapist::staffId),
                couples.therapistsWithCouples().stream()).distinct().collect(Collectors.toList());
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(roster::nameOf);
        status.setItems(CareStatus.values());
        status.setItemLabelGenerator(CareStatus::label);
        hold.setItems(ScreeningHold.values());
        hold.setItemLabelGenerator(ScreeningHold::label);
        flag.setItems(ScreeningFlag.values());
        flag.setItemLabelGenerator(ScreeningFlag::label);
        flag.setHelperText("Among your own couples");
        flag.setVisible(currentUser.get().map(me -> me.staffId().isPresent()
                && (me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR))).orElse(false));
        Stream.of(therapist, status, hold, flag).forEach(box -> box.setClearButtonVisible(true));
        name.addValueChangeListener(change -> applyFilters());
        therapist.addValueChangeListener(change -> applyFilters());
        status.addValueChangeListener(change -> applyFilters());
        hold.addValueChangeListener(change -> applyFilters());
        flag.addValueChangeListener(change -> applyFilters());
    }

    private void configureGrid(TherapistRoster roster) {
        grid.addColumn(CoupleSummary::displayName).setHeader("Couple").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CoupleSummary::partnerNames).setHeader("Partners");
        grid.addColumn(row -> row.careStatus().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.primaryTherapistId() == null ? "" : roster.nameOf(row.primaryTherapistId())
                + (row.coTherapistId() == null ? "" : " with " + roster.nameOf(row.coTherapistId())))
                .setHeader("Therapist");
        grid.addComponentColumn(row -> row.screeningHold() == ScreeningHold.NONE ? Ui.muted("")
                : Ui.badge(row.screeningHold().label(), "contrast")).setHeader("Joint sessions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setDataProvider(rows);
        grid.setSizeFull();
        grid.setEmptyStateText("No couples match these filters. Clear a filter, or register a couple with “New couple”.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CoupleView.class,
                new RouteParameters(CoupleView.COUPLE_ID, click.getItem().id().toString()))));
    }

    private void applyFilters() {
        rows.setFilter(new CoupleQuery(name.getValue(), therapist.getValue(), status.getValue(), hold.getValue(),
                flag.getValue()));
    }
}
