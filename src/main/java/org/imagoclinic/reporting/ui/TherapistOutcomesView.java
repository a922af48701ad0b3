package org.imagoclinic.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.reporting.CouplesBehind;
import org.imagoclinic.reporting.DashboardFigure;
import org.imagoclinic.reporting.OutcomesDashboard;
import org.imagoclinic.reporting.OutcomesDashboards;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.ShareInterval;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.reporting.TherapistOutcomes;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Chart;
import org.imagoclinic.staff.Clinicians;

/**
 * The supervisors' outcomes dashboard: funnel plots of the partners' and couples' improvement by
 * therapist, and each therapist's shares with 95 % Wilson intervals beside the clinic's. A clinician
 * clicks a figure to list the couples behind it, each linking to the couple's page.
 */
@Route("reports/therapists")
@PageTitle("Outcomes by therapist · Imago Clinic")
@Menu(title = "Outcomes by therapist", order = 61, icon = "vaadin:scatter-chart")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
class TherapistOutcomesView extends VerticalLayout {

    private final OutcomesDashboards dashboards;
    private final FilterBar filters;
    final Paragraph norms = new Paragraph();
    final Paragraph nothing = new Paragraph();
    final Paragraph suppressed = Charts.suppressionNote();
    final Chart partnersFunnel = new Chart();
    final Chart couplesFunnel = new Chart();
    final Grid<TherapistOutcomes> table = new Grid<>();
    final VerticalLayout behind = new VerticalLayout();
    private OutcomesDashboard dashboard;

    TherapistOutcomesView(OutcomesDashboards dashboards, Reports reports, Clinicians clinicians, CurrentUser user,
                          Clock clock) {
        this.dashboards = dashboards;
        filters = new FilterBar(clinicians, clock, true, reports.offersClinicalFilters(), this::show);
        filters.therapist.setVisible(false);
        behind.setPadding(false);
        table.setAllRowsVisible(true);
        table.addColumn(TherapistOutcomes::name).setHeader("Therapist").setAutoWidth(true);
        table.addColumn(row -> SmallCounts.inWords(row.episodes())).setHeader("Episodes");
        for (DashboardFigure figure : DashboardFigure.values()) {
            table.addComponentColumn(row -> cell(row, figure)).setHeader(figure.label() + " (95 % CI)").setAutoWidth(true);
        }
        table.addColumn(row -> row.partnersFunnel() == null || row.partnersImproved().share() == null ? ""
                : row.partnersFunnel().position(row.partnersImproved().share())).setHeader("Partners against the funnel");
        add(new H2("Outcomes by therapist"), filters, norms, suppressed, nothing, new H3("Partners recovered or improved"),
                partnersFunnel, new H3("Couples improved"), couplesFunnel, new H3("Each therapist beside the clinic"), table,
                behind);
        show(ReportFilter.lastYear(LocalDate.now(clock)));
    }

    void show(ReportFilter filter) {
        dashboard = dashboards.dashboard(filter);
        norms.setText("Classes from the norms: " + dashboard.norms().describe() + " Drop-out: ended as dropped out "
                + "before " + dashboard.dropOutThreshold() + " attended sessions.");
        var funnelOfPartners = FunnelChart.option(dashboard.clinic(), dashboard.therapists(),
                TherapistOutcomes::partnersImproved);
        var funnelOfCouples = FunnelChart.option(dashboard.clinic(), dashboard.therapists(),
                TherapistOutcomes::couplesImproved);
        partnersFunnel.setOption(funnelOfPartners);
        couplesFunnel.setOption(funnelOfCouples);
        partnersFunnel.setVisible(!funnelOfPartners.isEmpty());
        couplesFunnel.setVisible(!funnelOfCouples.isEmpty());
        nothing.setText(dashboard.norms().configured() ? "No partner or couple in this period could be classified yet: "
                + "each partner needs two scores." : "No partner or couple can be classified yet. "
                + dashboard.norms().withoutNorms());
        nothing.setVisible(funnelOfPartners.isEmpty());
        suppressed.setVisible(dashboard.smallCountsSuppressed());
        List<TherapistOutcomes> rows = new ArrayList<>();
        rows.add(dashboard.clinic());
        rows.addAll(dashboard.therapists());
        table.setItems(rows);
        behind.removeAll();
    }

    private Component cell(TherapistOutcomes row, DashboardFigure figure) {
        String text = inWords(row.figure(figure));
        if (!dashboard.drillDown() || Integer.valueOf(0).equals(row.figure(figure).n())) {
            return new Span(text);
        }
        Button button = new Button(text, click -> showCouplesBehind(row, figure));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    static String inWords(ShareInterval share) {
        if (Integer.valueOf(0).equals(share.n())) {
            return "–";
        }
        return SmallCounts.inWords(share.count()) + " of " + SmallCounts.inWords(share.n()) + " · " + Charts.percent(share.share()) + " (" + Charts.percent(share.lower())
                + "–" + Charts.percent(share.upper()) + ")";
    }

    void showCouplesBehind(TherapistOutcomes row, DashboardFigure figure) {
        CouplesBehind couples = dashboards.couplesBehind(dashboard.filter(), row.therapistId(), figure);
        CouplesBehindList.show(behind, figure.label() + " · " + row.name() + ": " + inWords(couples.share()), couples);
    }
}
