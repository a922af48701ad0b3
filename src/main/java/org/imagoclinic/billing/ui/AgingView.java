package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.billing.AgingReport;
import org.imagoclinic.billing.AgingReport.Row;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.security.Roles;

/** Who owes what, by how old their invoices are; a click opens the couple's page. */
@Route("billing/aging")
@PageTitle("Balances owed · Imago Clinic")
@Menu(title = "Balances owed", order = 45, icon = "vaadin:money")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.SUPERVISOR})
class AgingView extends VerticalLayout {

    AgingView(Payments payments) {
        AgingReport report = payments.aging();
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::name).setHeader("Couple");
        grid.addColumn(row -> Shown.money(row.current())).setHeader("Up to 30 days").setAutoWidth(true);
        grid.addColumn(row -> Shown.money(row.days31to60())).setHeader("31–60 days").setAutoWidth(true);
        grid.addColumn(row -> Shown.money(row.days61to90())).setHeader("61–90 days").setAutoWidth(true);
        grid.addColumn(row -> Shown.money(row.over90())).setHeader("Over 90 days").setAutoWidth(true);
        grid.addColumn(row -> Shown.money(row.total())).setHeader("Total").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody owes anything on an issued invoice.");
        List<Row> rows = new ArrayList<>(report.rows());
        if (!rows.isEmpty()) {
            rows.add(report.totals());
        }
        grid.setItems(rows);
        grid.addItemClickListener(click -> {
            if (click.getItem().coupleId() != null) {
                getUI().ifPresent(ui -> ui.navigate("couples/" + click.getItem().coupleId()));
            }
        });
        setSizeFull();
        add(new H3("Balances owed on " + Shown.day(report.asOf()) + " (" + report.currency() + ")"), grid);
    }
}
