package org.imagoclinic.reporting.ui;

import static org.imagoclinic.reporting.SmallCounts.inWords;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.DashboardFigure;
import org.imagoclinic.reporting.OutcomesDashboards;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportExports;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.reporting.TherapistFigures;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Clinicians;

/** The outcomes report: episodes, outcome classes as stacked bars, change and effect size, therapists, exports. */
@Route("reports/outcomes")
@PageTitle("Outcomes · Imago Clinic")
@Menu(title = "Outcomes report", order = 60, icon = "vaadin:chart")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class OutcomesView extends VerticalLayout {

    private final Reports reports;
    private final ReportExports exports;
    private final FilterBar filters;
    private final Paragraph episodes = new Paragraph();
    private final Paragraph suppressed = Charts.suppressionNote();
    private final Paragraph norms = new Paragraph();
    private final Paragraph change = new Paragraph();
    final Numbers classes = new Numbers("Class", "Partners", "Share of partners", "Couples", "Share of couples");
    final Numbers caseload = new Numbers("Therapist", "Episodes in the period", "Started in the period",
            "Couples classified (n)", "Couples improved",
            "Partners measured (n)", "Mean change", "Rank");
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final HorizontalLayout drillDowns = new HorizontalLayout();
    final VerticalLayout behind = new VerticalLayout();
    private final OutcomesDashboards dashboards;

    OutcomesView(Reports reports, ReportExports exports, OutcomesDashboards dashboards, Clinicians clinicians,
                 CurrentUser user, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        this.dashboards = dashboards;
        boolean lead = user.require().hasRole(Roles.SUPERVISOR) || user.require().hasRole(Roles.ADMIN);
        filters = new FilterBar(clinicians, clock, lead, reports.offersClinicalFilters(), this::show);
        behind.setPadding(false);
        behind.setId("couples-behind");
        add(new H2("Outcomes"), filters, suppressed, episodes, norms, new H3("Outcome classes"), classes, drillDowns, behind,
                change,
                new H3(lead ? "Caseload by therapist" : "My caseload"), caseload, downloads);
        if (user.require().hasRole(Roles.ADMIN)) {
            add(new Button("Rebuild the report tables", click -> {
                int replayed = reports.rebuild();
                Notification.show("Rebuilt from " + replayed + " events.");
                show(filters.filter());
            }));
        }
        show(ReportFilter.lastYear(LocalDate.now(clock)));
    }

    void show(ReportFilter filter) {
        if (filter == null) {
            return;
        }
        OutcomesReport report = reports.outcomes(filter);
        suppressed.setVisible(report.smallCountsSuppressed());
        episodes.setText("Episodes in the period: " + inWords(report.episodesInPeriod()) + " · started: "
                + inWords(report.episodesStarted()) + " · active at the end: "
                + inWords(report.episodesActive()) + " · ended: " + SmallCounts.total(report.episodesEnded()) + (report.endedBy().isEmpty() ? "" : " (" + report.endedByInWords() + ")"));
        norms.setText("Norms: " + report.norms().describe());
        var c = report.change();
        change.setText("Partners with at least two measures: " + inWords(c.partners()) + " · mean baseline " + Charts.number(c.meanBaseline())
                + " → current " + Charts.number(c.meanCurrent()) + " · mean change " + Charts.number(c.meanChange())
                + " · Cohen's d " + Charts.number(c.cohensD()) + " (" + c.formula() + "). Too few measures: "
                + inWords(report.partners().tooFewMeasures()) + " partners, " + inWords(report.couples().tooFewMeasures())
                + " couples; not classified for want of norms: " + inWords(report.couples().withoutNorms()) + " couples.");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.partners().classes().size(); i++) {
            ClassCount p = report.partners().classes().get(i);
            ClassCount k = report.couples().classes().get(i);
            rows.add(List.of(p.label() + " / " + k.label(), inWords(p.count()), Charts.percent(p.share()),
                    inWords(k.count()), Charts.percent(k.share())));
        }
        if (report.norms().configured()) {
            classes.show(Charts.stackedClasses(report.partners(), report.couples()), rows);
        } else {
            classes.explain("No partner or couple can be classed as recovered, improved, unchanged or deteriorated yet. "
                    + report.norms().withoutNorms() + " An administrator can also enter published norms under Measure "
                    + "norms. The change in scores below does not need them.");
        }
        drillDowns.removeAll();
        behind.removeAll();
        if (reports.offersClinicalFilters() && report.norms().configured()) {
            for (DashboardFigure figure : List.of(DashboardFigure.PARTNERS_IMPROVED, DashboardFigure.PARTNERS_DETERIORATED,
                    DashboardFigure.COUPLES_IMPROVED)) {
                drillDowns.add(new Button("Couples behind: " + figure.label().toLowerCase(java.util.Locale.UK), click ->
                        CouplesBehindList.show(behind, figure.label() + ": the couples behind the figure",
                                dashboards.couplesBehind(filter, null, figure))));
            }
        }
        drillDowns.setVisible(drillDowns.getComponentCount() > 0);
        List<TherapistFigures> therapists = report.therapists();
        caseload.show(Charts.bars(therapists.stream().map(TherapistFigures::name).toList(), "Episodes in the period",
                therapists.stream().map(TherapistFigures::episodes).toList()), therapists.stream().map(t -> List.of(t.name(),
                inWords(t.episodes()), inWords(t.started()), inWords(t.couplesClassified()), Charts.percent(t.shareCouplesImproved()),
                inWords(t.partnersMeasured()), Charts.number(t.meanChange()),
                t.rank() == null ? t.note() : String.valueOf(t.rank()))).toList());
        caseload.setVisible(!therapists.isEmpty());
        downloads.removeAll();
        downloads.add(download("Download CSV", "outcomes.csv", "text/csv", f -> exports.outcomesCsv(f, false), filter),
                download("Download PDF", "outcomes.pdf", "application/pdf", exports::outcomesPdf, filter));
    }

    private static Anchor download(String text, String name, String type, Function<ReportFilter, byte[]> export,
                                   ReportFilter filter) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = export.apply(filter);
            return new DownloadResponse(new ByteArrayInputStream(file), name, type, file.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
