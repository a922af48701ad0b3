package org.imagoclinic.reporting.ui;

import static org.imagoclinic.reporting.SmallCounts.inWords;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Clinicians;

/** Imago practice: dialogues, the step ratings' trend, behaviour change requests kept, measures overdue. */
@Route("reports/practice")
@PageTitle("Imago practice · Imago Clinic")
@Menu(title = "Imago practice report", order = 62, icon = "vaadin:comments")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class PracticeView extends VerticalLayout {

    private final Reports reports;
    private final Paragraph summary = new Paragraph();
    private final Paragraph suppressed = Charts.suppressionNote();
    final Numbers skills = SkillChart.table();

    PracticeView(Reports reports, Clinicians clinicians, CurrentUser user, Clock clock) {
        this.reports = reports;
        boolean lead = user.require().hasRole(Roles.SUPERVISOR) || user.require().hasRole(Roles.ADMIN);
        add(new H2("Imago practice"), new FilterBar(clinicians, clock, lead, reports.offersClinicalFilters(), this::show), summary, suppressed, skills);
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
    }
}
