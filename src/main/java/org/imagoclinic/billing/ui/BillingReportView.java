package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.billing.BillingReport;
import org.imagoclinic.billing.BillingReports;
import org.imagoclinic.security.Roles;

/** The year's billing: charged, invoiced, collected and the policy fees per month, charges per therapist; CSV for the accountant. */
@Route("billing/report")
@PageTitle("Billing report · Imago Clinic")
@Menu(title = "Billing report", order = 63, icon = "vaadin:invoice")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.SUPERVISOR})
class BillingReportView extends VerticalLayout {

    private final BillingReports reports;
    private final Grid<BillingReport.Month> months = new Grid<>();
    private final Grid<BillingReport.TherapistLine> therapists = new Grid<>();
    private final Paragraph outstanding = new Paragraph();
    private final HorizontalLayout bar = new HorizontalLayout();
    private final Select<Integer> year = new Select<>();

    BillingReportView(BillingReports reports, Clock clock) {
        this.reports = reports;
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel("Year");
        year.setItems(thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.addValueChangeListener(change -> show(change.getValue()));
        months.addColumn(m -> m.month().getMonth().getDisplayName(TextStyle.FULL, org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale())).setHeader("Month");
        months.addColumn(m -> Shown.money(m.charged())).setHeader("Charged");
        months.addColumn(m -> Shown.money(m.invoiced().minus(m.credited()))).setHeader("Invoiced less credits");
        months.addColumn(m -> Shown.money(m.collected().minus(m.refunded()))).setHeader("Collected less refunds");
        months.addColumn(m -> Shown.money(m.noShowFees())).setHeader("No-show fees");
        months.addColumn(m -> Shown.money(m.lateCancellationFees())).setHeader("Late-cancellation fees");
        months.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        months.setAllRowsVisible(true);
        therapists.addColumn(BillingReport.TherapistLine::name).setHeader("Therapist");
        therapists.addColumn(BillingReport.TherapistLine::sessions).setHeader("Sessions charged");
        therapists.addColumn(t -> Shown.money(t.charged())).setHeader("Charged (fees included)");
        therapists.addThemeVariants(GridVariant.LUMO_COMPACT);
        therapists.setAllRowsVisible(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar, outstanding, months, new H4("Per therapist"), therapists);
        show(thisYear);
    }

    private void show(int chosen) {
        BillingReport report = reports.year(chosen);
        List<BillingReport.Month> rows = new ArrayList<>(report.months());
        months.setItems(rows);
        months.getColumns().getFirst().setFooter("Year: " + Shown.money(report.total().charged()) + " charged");
        therapists.setItems(report.therapists());
        outstanding.setText("Invoices still ask for " + report.currency() + " " + Shown.money(report.outstandingToday())
                + " today. Amounts in " + report.currency() + ".");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = reports.csv(chosen).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(file), "billing-" + chosen + ".csv", "text/csv", file.length);
        }), "Download CSV");
        csv.getElement().setAttribute("download", true);
        bar.removeAll();
        bar.add(year, csv);
    }
}
