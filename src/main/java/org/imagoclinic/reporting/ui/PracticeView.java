package org.imagoclinic.reporting.ui;

import static org.imagoclinic.reporting.SmallCounts.inWords;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.List;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ReportExports;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Clinicians;
import org.jspecify.annotations.Nullable;

/**
 * Imago practice: dialogues, the step ratings' trend, behaviour change requests kept, measures overdue,
 * and each couple's home practice per week beside their change, with CSV and PDF downloads.
 */
@Route("reports/practice")
@PageTitle("Imago practice · Imago Clinic")
@Menu(title = "Imago practice report", order = 62, icon = "vaadin:comments")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class PracticeView extends VerticalLayout {

    private final Reports reports;
    private final Paragraph summary = new Paragraph();
    private final Paragraph suppressed = Charts.suppressionNote();
    final Numbers skills = SkillChart.table();
    final Numbers homePractice = new Numbers("Episode", "Weeks", "Logs", "Logs per week", "Dialogue minutes per week",
            "Partners measured", "Mean change");
    private final ReportExports exports;
    private final HorizontalLayout downloads = new HorizontalLayout();

    PracticeView(Reports reports, ReportExports exports, Clinicians clinicians, CurrentUser user, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        boolean lead = user.require().hasRole(Roles.SUPERVISOR) || user.require().hasRole(Roles.ADMIN);
        add(new H2("Imago practice"), new FilterBar(clinicians, clock, lead, reports.offersClinicalFilters(), this::show), summary,
                suppressed, skills, new H3("Home practice beside each couple's change"), new Paragraph("Each couple's "
                        + "episode in the period, without names: what both partners logged in the portal (temperature "
                        + "readings, caring behaviours, appreciations, behaviour changes given, dialogue practice) per "
                        + "week, and the mean change of the partners measured twice or more (latest minus baseline; on "
                        + "the CSI a higher score is better)."), homePractice, downloads);
        show(ReportFilter.lastYear(LocalDate.now(clock)));
    }

    void show(ReportFilter filter) {
        PracticeReport report = reports.practice(filter);
        summary.setText("Episodes: " + inWords(report.episodes()) + " · dialogues " + SmallCounts.total(report.dialogues())
                + " (" + Charts.number(report.dialoguesPerCouple()) + " per couple) · behaviour change requests made "
                + inWords(report.requestsMade()) + ", followed up " + inWords(report.requestsFollowedUp()) + ", kept "
                + inWords(report.requestsKept()) + " (" + Charts.percent(report.keptShare()) + ") · measures overdue (none in "
                + report.measureIntervalDays() + " days): " + inWords(report.measuresOverdue()) + " · notes signed "
                + inWords(report.notesSigned()) + ", awaiting co-signature " + inWords(report.notesAwaitingCoSignature()));
        suppressed.setVisible(report.smallCountsSuppressed());
        skills.show(SkillChart.option(report.skillTrend()), SkillChart.rows(report.skillTrend()));
        List<PracticeReport.CouplePractice> couples = report.couples();
        homePractice.show(Charts.points("Home practice logs per week", "Mean change " + filter.instrument(),
                        couples.stream().map(c -> new @Nullable Number[] {c.logsPerWeek(), c.meanChange()}).toList()),
                couples.stream().map(c -> List.of(Charts.day(c.openedOn()) + " to " + (c.closedOn() == null ? "open"
                                : Charts.day(c.closedOn())), Charts.number(c.weeks()), inWords(c.logs()),
                        Charts.number(c.logsPerWeek()), Charts.number(c.dialogueMinutesPerWeek()),
                        inWords(c.partnersMeasured()), Charts.number(c.meanChange()))).toList());
        downloads.removeAll();
        downloads.add(download("Download CSV", "practice.csv", "text/csv", () -> exports.practiceCsv(filter)),
                download("Download PDF", "practice.pdf", "application/pdf", () -> exports.practicePdf(filter)));
    }

    private static Anchor download(String text, String name, String type, java.util.function.Supplier<byte[]> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = file.get();
            return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
        }), text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
